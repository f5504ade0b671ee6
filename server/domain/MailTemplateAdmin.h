#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "protocol/Json.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::domain {

/// Which template, in which language, at which level: a group's override, or the desk's (no group).
struct TemplateAddress {
    std::string name;
    std::string language;
    std::optional<std::int64_t> groupId;
};

/// The admins' work on mail templates (the API's mail_template.* methods): the templates and where
/// each language's texts come from, one template's texts, a group's or the desk's override set
/// (checked: mustache a mail can be written from, a one-line subject, sizes) or reset, and a
/// preview with sample values that names a broken template's line and column. Admins only;
/// every change is in the audit log. Any thread.
class MailTemplateAdmin
{
public:
    /// Every template a group may override (with a group) or every template (the desk), each with
    /// its placeholders and, per language, where its subject and body come from.
    static protocol::JsonArray list(db::Tx &tx, const Actor &actor, std::optional<std::int64_t> groupId);
    /// One template as it stands at its level, with the texts a reset would bring back.
    static protocol::JsonObject get(db::Tx &tx, const Actor &actor, const TemplateAddress &address);
    /// Sets the override of a level; answers as get. Throws ApiError(ValidationFailed) naming
    /// `subject` or `body` with the line and column of a problem.
    static protocol::JsonObject set(db::Tx &tx, const Actor &actor, const TemplateAddress &address,
                                    const std::string &subject, const std::string &body);
    /// Removes the override of a level (what lies beneath applies again); answers as get.
    static protocol::JsonObject reset(db::Tx &tx, const Actor &actor, const TemplateAddress &address);
    /// Renders the template (or the texts given instead of the stored ones) with sample values:
    /// `subject`, `body`, `language`, and `problems` (each `field`, `line`, `column`, `message`;
    /// a broken part renders as null).
    static protocol::JsonObject preview(db::Tx &tx, const Actor &actor, const TemplateAddress &address,
                                        const std::optional<std::string> &subject,
                                        const std::optional<std::string> &body);

    /// Writes the older acknowledgement fields of a group's document (acknowledgement_subject,
    /// _body: every shipped language; acknowledgement_translations: one language each; null: that
    /// part back to what lies beneath) into the group's acknowledgement overrides, their
    /// {placeholders} as mustache. Called by the group configuration kind after a write.
    static void takeLegacyAcknowledgement(db::Tx &tx, std::int64_t groupId, const protocol::JsonObject &beside);
};

} // namespace helpdesk::domain
