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
    std::string type; // the type attribute: integer, boolean, datetime, array, … or empty
    bool nil = false;
    std::string content; // the element's own text
    std::vector<XmlNode> children;
    /// On a record: why it was not read whole (nested too deep, a field or the record too
    /// large; see readRecords). Empty when whole.
    std::string problem;

    /// The first child of that name, or nullptr.
    const XmlNode *child(const std::string &childName) const;
    /// Content of a child; nullopt when missing or nil.
    std::optional<std::string> text(const std::string &childName) const;
    std::optional<long long> integer(const std::string &childName) const;
    bool flag(const std::string &childName, bool fallback = false) const;
};

/// Elements nested below a record deeper than this are left out (Freshdesk nests 5 deep).
constexpr std::size_t kMaxRecordDepth = 32;
/// One element's text (a ticket's HTML description with inline images can run to megabytes).
constexpr std::size_t kMaxFieldBytes = 16 * 1024 * 1024;
/// One record: its text, element names and element count together.
constexpr std::size_t kMaxRecordBytes = 64 * 1024 * 1024;

/// Reads an export file record by record without holding it whole: every child of the root
/// element (`<helpdesk-tickets type="array">` → each `<helpdesk-ticket>`) goes to `onRecord` with
/// its position. A record over the limits above arrives with `problem` set and the excess left
/// out, so memory and stack stay bounded. A malformed document throws std::runtime_error
/// naming the line.
void readRecords(std::istream &in, const std::string &sourceName,
                 const std::function<void(const XmlNode &record, long long position)> &onRecord);

} // namespace helpdesk::integrations::freshdesk
