#include "domain/HeldMail.h"

#include "db/JobRepository.h"
#include "db/MailDefenceRepository.h"
#include "db/MailRepository.h"
#include "domain/Audit.h"
#include "domain/Permissions.h"
#include "protocol/ProtocolError.h"

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
protocol::JsonObject stateOf(std::int64_t id, const std::string &state)
{
    auto o = protocol::newObject();
    o->set("id", id);
    o->set("state", state);
    return o;
}

/// The message's current state; 404 when there is none.
std::string currentState(db::Tx &tx, std::int64_t inboundId)
{
    auto message = db::MailRepository::inbound(tx, inboundId, true);
    if (!message)
        throw ApiError(ErrorCode::NotFound, "no inbound message " + std::to_string(inboundId), "id");
    return message->state;
}

[[noreturn]] void notHeld(std::int64_t inboundId, const std::string &state)
{
    throw ApiError(ErrorCode::Conflict,
                   "inbound message " + std::to_string(inboundId) + " is " + state + ", not held for review", "id");
}

void auditDecision(db::Tx &tx, const Actor &actor, const std::string &action, std::int64_t inboundId,
                   const std::string &after)
{
    audit::record(tx, actor, action, "inbound_message", inboundId, stateOf(inboundId, "held"),
                  stateOf(inboundId, after));
}
} // namespace

protocol::JsonObject HeldMail::release(db::Tx &tx, const Actor &actor, std::int64_t inboundId)
{
    permissions::requireAdmin(actor);
    auto state = currentState(tx, inboundId);
    if (!db::MailDefenceRepository::release(tx, inboundId, actor.userId))
        notHeld(inboundId, state);
    auto payload = protocol::newObject();
    payload->set("inbound_id", inboundId);
    // A key of its own: the message's first interpretation job is done and keeps its key.
    db::JobRepository::enqueue(tx, "mail.inbound", payload, 0, 8, "mail.inbound-release:" + std::to_string(inboundId));
    auditDecision(tx, actor, "inbound_message.released", inboundId, "pending");
    return stateOf(inboundId, "pending");
}

protocol::JsonObject HeldMail::discard(db::Tx &tx, const Actor &actor, std::int64_t inboundId)
{
    permissions::requireAdmin(actor);
    auto state = currentState(tx, inboundId);
    if (!db::MailDefenceRepository::discard(tx, inboundId, "discarded by an admin after it was held for review"))
        notHeld(inboundId, state);
    auditDecision(tx, actor, "inbound_message.discarded", inboundId, "ignored");
    return stateOf(inboundId, "ignored");
}

} // namespace helpdesk::domain
