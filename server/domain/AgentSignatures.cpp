#include "domain/AgentSignatures.h"

#include "db/MailRepository.h"
#include "db/SignatureRepository.h"
#include "domain/Audit.h"
#include "domain/DeskSettings.h"
#include "domain/Permissions.h"
#include "protocol/ProtocolError.h"

#include <set>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
constexpr const char *kKey = "signatures";
constexpr const char *kRule = "rule";
constexpr std::size_t kMaxSignature = 10000; // characters, as the column's CHECK

/// Staff may see their own signature; admins anyone's.
void requireOwnOrAdmin(const Actor &actor, std::int64_t userId)
{
    permissions::requireStaff(actor);
    if (actor.userId != userId && !actor.isAdmin())
        throw ApiError(ErrorCode::Forbidden, "only administrators may change another agent's signature", "id");
}

std::string current(db::Tx &tx, std::int64_t userId)
{
    auto signature = db::SignatureRepository::ofAgent(tx, userId);
    if (!signature)
        throw ApiError(ErrorCode::NotFound, "no agent " + std::to_string(userId), "id");
    return *signature;
}

protocol::JsonObject representation(std::int64_t userId, const std::string &signature)
{
    auto out = protocol::newObject();
    out->set("user_id", userId);
    out->set("signature", signature);
    return out;
}

std::size_t characters(const std::string &utf8)
{
    std::size_t n = 0;
    for (unsigned char c : utf8)
        n += (c & 0xC0) != 0x80;
    return n;
}

/// The first `limit` characters of UTF-8 text.
std::string firstCharacters(const std::string &utf8, std::size_t limit)
{
    std::size_t n = 0;
    for (std::size_t at = 0; at < utf8.size(); ++at)
        if ((static_cast<unsigned char>(utf8[at]) & 0xC0) != 0x80 && n++ == limit)
            return utf8.substr(0, at);
    return utf8;
}
} // namespace

SignatureSettings SignatureSettings::load(db::Tx &tx)
{
    SignatureSettings settings;
    if (auto stored = db::MailRepository::setting(tx, kKey))
        settings.rule = stored->optValue<std::string>(kRule, settings.rule);
    return settings;
}

SignatureSettings SignatureSettings::update(db::Tx &tx, const Actor &actor, const protocol::JsonObject &changes)
{
    return desksettings::update<SignatureSettings>(
        tx, actor, kKey, "signature", changes, [](SignatureSettings &after, protocol::JsonReader &r) {
            if (auto rule = r.optString(kRule)) {
                static const std::set<std::string> rules{"group", "agent", "both"};
                if (!rules.count(*rule))
                    throw ApiError(ErrorCode::ValidationFailed, "rule must be group, agent or both", kRule);
                after.rule = *rule;
            }
        });
}

protocol::JsonObject SignatureSettings::toJson() const
{
    auto out = protocol::newObject();
    out->set(kRule, rule);
    return out;
}

std::string SignatureSettings::combine(const std::string &agentSignature, const std::string &groupSignature) const
{
    const std::string agent = rule == "group" ? std::string() : agentSignature;
    const std::string group = rule == "agent" ? std::string() : groupSignature;
    if (agent.empty() || group.empty())
        return agent + group;
    return agent + "\n\n" + group;
}

protocol::JsonObject AgentSignatures::get(db::Tx &tx, const Actor &actor, std::int64_t userId)
{
    requireOwnOrAdmin(actor, userId);
    return representation(userId, current(tx, userId));
}

protocol::JsonObject AgentSignatures::set(db::Tx &tx, const Actor &actor, std::int64_t userId,
                                          const std::string &signature)
{
    requireOwnOrAdmin(actor, userId);
    if (characters(signature) > kMaxSignature)
        throw ApiError(ErrorCode::ValidationFailed, "a signature has at most 10000 characters", "signature");
    const auto before = current(tx, userId);
    db::SignatureRepository::setForAgent(tx, userId, signature);
    audit::record(tx, actor, "signature.updated", "user", userId, representation(userId, before),
                  representation(userId, signature));
    return representation(userId, signature);
}

bool AgentSignatures::importFor(db::Tx &tx, std::int64_t userId, const std::string &signature)
{
    // What an agent or admin wrote here is newer than any export: a later import leaves it.
    if (db::SignatureRepository::editedInHelpdesk(tx, userId))
        return false;
    return db::SignatureRepository::setForAgent(tx, userId, firstCharacters(signature, kMaxSignature));
}

} // namespace helpdesk::domain
