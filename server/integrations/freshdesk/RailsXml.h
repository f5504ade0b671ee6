#pragma once

#include <functional>
#include <istream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::integrations::freshdesk {

/// One element of a Rails-style XML export (`<id type="integer">7</id>`, `nil="true"`, arrays
/// as `type="array"`), with its children. Plain data; any thread.
struct XmlNode {
    std::string name;
    std::string type;  // the type attribute: integer, boolean, datetime, array, … or empty
    bool nil = false;
    std::string content;  // the element's own text
    std::vector<XmlNode> children;

    /// The first child of that name, or nullptr.
    const XmlNode *child(const std::string &childName) const;
    /// Content of a child; nullopt when missing or nil.
    std::optional<std::string> text(const std::string &childName) const;
    std::optional<long long> integer(const std::string &childName) const;
    bool flag(const std::string &childName, bool fallback = false) const;
};

/// Reads an export file record by record without holding it whole: every child of the root
/// element (`<helpdesk-tickets type="array">` → each `<helpdesk-ticket>`) goes to `onRecord` with
/// its position. A malformed document throws std::runtime_error naming the line.
void readRecords(std::istream &in, const std::string &sourceName,
                 const std::function<void(const XmlNode &record, long long position)> &onRecord);

} // namespace helpdesk::integrations::freshdesk
