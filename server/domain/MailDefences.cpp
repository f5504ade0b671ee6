#include "domain/MailDefences.h"

#include "domain/Validation.h"
#include "protocol/ProtocolError.h"

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
constexpr std::size_t kMaxTrustedIds = 20;
constexpr int kMaxPerHour = 100000;

void checkAuthservId(const std::string &id)
{
    // An authserv-id is a token or a host name: one short word.
    if (id.empty() || id.size() > 255 || !isHeaderSafe(id) || id.find_first_of(" \t;()\"=") != std::string::npos)
        throw ApiError(ErrorCode::ValidationFailed,
                       "defences.trusted_authserv_ids holds \"" + headerSafe(id) + "\", which is no authserv-id",
                       "defences.trusted_authserv_ids");
}

int checkedLimit(const char *key, std::int64_t value)
{
    if (value < 0 || value > kMaxPerHour)
        throw ApiError(ErrorCode::ValidationFailed,
                       std::string("defences.") + key + " must be 0 (no limit) to " + std::to_string(kMaxPerHour),
                       std::string("defences.") + key);
    return static_cast<int>(value);
}
} // namespace

MailDefences MailDefences::fromJson(const protocol::JsonObject &stored)
{
    MailDefences d;
    if (!stored)
        return d;
    if (auto ids = stored->getArray("trusted_authserv_ids"))
        for (unsigned i = 0; i < ids->size(); ++i)
            d.trustedAuthservIds.push_back(ids->getElement<std::string>(i));
    d.newTicketsPerSenderPerHour =
        stored->optValue<int>("new_tickets_per_sender_per_hour", d.newTicketsPerSenderPerHour);
    d.newTicketsPerGroupPerHour = stored->optValue<int>("new_tickets_per_group_per_hour", d.newTicketsPerGroupPerHour);
    return d;
}

protocol::JsonObject MailDefences::merged(const protocol::JsonObject &stored, const protocol::JsonObject &changes)
{
    auto out = stored ? stored : protocol::newObject();
    protocol::JsonReader r(changes, "defences");
    if (auto ids = r.optStringList("trusted_authserv_ids")) {
        if (ids->size() > kMaxTrustedIds)
            throw ApiError(ErrorCode::ValidationFailed,
                           "defences.trusted_authserv_ids holds at most " + std::to_string(kMaxTrustedIds) + " ids",
                           "defences.trusted_authserv_ids");
        for (const auto &id : *ids)
            checkAuthservId(id);
        out->set("trusted_authserv_ids", protocol::toJsonArray(*ids));
    }
    for (const char *key : {"new_tickets_per_sender_per_hour", "new_tickets_per_group_per_hour"})
        if (auto v = r.optInt(key))
            out->set(key, checkedLimit(key, *v));
    r.finish();
    return out;
}

protocol::JsonObject MailDefences::toJson() const
{
    auto o = protocol::newObject();
    o->set("trusted_authserv_ids", protocol::toJsonArray(trustedAuthservIds));
    o->set("new_tickets_per_sender_per_hour", newTicketsPerSenderPerHour);
    o->set("new_tickets_per_group_per_hour", newTicketsPerGroupPerHour);
    return o;
}

} // namespace helpdesk::domain
