#pragma once

#include "db/ConnectionPool.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::db {

/// One stored override of a mail template in one language; a part left empty keeps the text
/// beneath it (the desk's override, then the shipped text).
struct TemplateOverride {
    std::optional<std::int64_t> groupId; // none: the whole desk
    std::string name;
    std::string language;
    std::optional<std::string> subject;
    std::optional<std::string> body;
    std::string updatedAt;
};

/// SQL for mail template overrides and the acknowledgements that wait for an agent. Any thread.
class MailTemplateRepository
{
public:
    /// The overrides of template `name` for the whole desk and, when given, for one group.
    static std::vector<TemplateOverride> overridesOf(Tx &tx, const std::string &name,
                                                     std::optional<std::int64_t> groupId);
    /// Every override of a group, or of the whole desk (none).
    static std::vector<TemplateOverride> overridesAt(Tx &tx, std::optional<std::int64_t> groupId);
    /// Stores an override, replacing the one of the same group, name and language; both parts
    /// empty removes it.
    static void put(Tx &tx, const TemplateOverride &entry, std::optional<std::int64_t> changedBy);
    /// Removes an override; false when there was none.
    static bool remove(Tx &tx, std::optional<std::int64_t> groupId, const std::string &name,
                       const std::string &language);

    /// Holds a ticket's acknowledgement back until an agent takes the ticket (a second call keeps the first).
    static void deferAcknowledgement(Tx &tx, std::int64_t ticketId, const std::optional<std::string> &inReplyTo);
    /// Takes the ticket's held-back acknowledgement out, once: whether one waited, and the
    /// Message-ID it answers. Locks the row, so two agents taking a ticket at once send one.
    static std::optional<std::optional<std::string>> takeDeferredAcknowledgement(Tx &tx, std::int64_t ticketId);

    /// The language each of these addresses' accounts is set to (lower-cased address → language;
    /// addresses without an account, or whose account sets none, are left out).
    static std::map<std::string, std::string> languagesOf(Tx &tx, const std::vector<std::string> &addresses);
};

} // namespace helpdesk::db
