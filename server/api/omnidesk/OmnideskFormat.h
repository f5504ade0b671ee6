#pragma once

#include "protocol/Json.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace helpdesk::api::omnidesk {

/// What the adapter knows of the desk's configuration while it translates one request: the
/// priorities' names by id and the custom fields by id, as the native API listed them.
struct DeskVocabulary {
    std::map<std::int64_t, std::string> priorityNames;
    struct Field {
        std::int64_t id = 0;
        std::string name;
        std::string objectKind; // ticket, user, organization
    };
    std::vector<Field> fields;

    /// The priority whose word (see priorityWord) is `word`; 0 when none.
    std::int64_t priorityIdFor(const std::string &word) const;
    /// `{"cf_N": value}` of the fields of `objectKind` set in a native `custom` object.
    protocol::JsonObject customFieldsOf(const protocol::JsonObject &custom, const std::string &objectKind) const;
    /// A native `custom` object from `{"cf_N": value}`; throws ApiError(ValidationFailed, field
    /// "cf_N") for a key that names no field of `objectKind`.
    protocol::JsonObject customFromCfKeys(const protocol::JsonObject &cf, const std::string &objectKind) const;
};

/// An ISO 8601 UTC time as the desk writes it ("2026-12-07T10:00:00.123Z") in RFC 2822
/// ("Mon, 07 Dec 2026 10:00:00 +0000"); "" stays "".
std::string rfc2822(const std::string &isoUtc);

/// The Omnidesk status of a desk state type: new and open are "open", the pending ones
/// "waiting", closed and merged "closed".
std::string statusOf(const std::string &stateType);
/// The state type a status asks for ("open", "waiting": pending_reminder, "closed"); "" when unknown.
std::string stateTypeFor(const std::string &status);
/// A priority's word: its name without a leading rank ("2 normal" → "normal"), "urgent" as
/// "critical" (Omnidesk's highest).
std::string priorityWord(const std::string &name);

/// The field level Omnidesk names for a desk object kind (ticket → case, organization → company).
std::string fieldLevelOf(const std::string &objectKind);

/// A list answer: `{"0": {root: item}, "1": …, "total_count": N}` of one page of items.
protocol::JsonObject listAnswer(const std::string &root, const std::vector<protocol::JsonObject> &page,
                                std::int64_t totalCount);
/// `{root: object}`.
protocol::JsonObject wrapped(const std::string &root, const protocol::JsonObject &object);

} // namespace helpdesk::api::omnidesk
