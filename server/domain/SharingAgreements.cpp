#include "domain/SharingAgreements.h"

#include "db/SharingRepository.h"
#include "domain/Audit.h"
#include "domain/Permissions.h"
#include "domain/Secrets.h"
#include "domain/SharingOutbox.h"
#include "protocol/ProtocolError.h"

#include <Poco/Exception.h>
#include <Poco/String.h>
#include <Poco/URI.h>

#include <sodium.h>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;
using helpdesk::protocol::JsonObject;
using helpdesk::protocol::JsonReader;

namespace helpdesk::domain::sharing {

namespace {
constexpr const char *kKind = "sharing_agreement";
constexpr std::size_t kMaxName = 200;
// Anyone may send an invitation; a desk keeps this many unanswered before it refuses more.
constexpr std::int64_t kMaxPendingInvitations = 50;

[[noreturn]] void refuse(const std::string &message, const std::string &field = {})
{
    throw ApiError(ErrorCode::ValidationFailed, message, field);
}

/// A sharing base URL as typed: http(s) with a host, without a trailing slash.
std::string checkedUrl(const std::string &url, const std::string &field)
{
    try {
        Poco::URI uri(url);
        if ((uri.getScheme() != "http" && uri.getScheme() != "https") || uri.getHost().empty() || url.size() > 2000)
            refuse("must be an http or https URL", field);
    } catch (const Poco::SyntaxException &) {
        refuse("must be an http or https URL", field);
    }
    auto trimmed = url;
    while (!trimmed.empty() && trimmed.back() == '/')
        trimmed.pop_back();
    return trimmed;
}

std::string checkedName(const std::string &name, const std::string &field)
{
    if (name.empty() || name.size() > kMaxName)
        refuse("must have 1 to 200 characters", field);
    return name;
}

Agreement existing(db::Tx &tx, std::int64_t id)
{
    auto agreement = db::SharingRepository::find(tx, id);
    if (!agreement)
        throw ApiError(ErrorCode::NotFound, "no such sharing agreement");
    return *agreement;
}

JsonObject adminView(db::Tx &tx, const Agreement &a)
{
    auto out = SharingAgreements::toWire(a);
    out->set("id", a.id);
    out->set("role", a.role);
    out->set("partner_url", a.partnerUrl());
    protocol::setOptional(out, "group_id", a.groupId);
    protocol::setOptional(out, "last_error", a.lastError);
    protocol::setOptional(out, "last_error_at", a.lastErrorAt);
    protocol::setOptional(out, "last_delivered_at", a.lastDeliveredAt);
    out->set("pending_requests", db::SharingRepository::pendingCount(tx, a.id));
    out->set("created_at", a.createdAt);
    out->set("updated_at", a.updatedAt);
    return out;
}

/// Stores a change made here, tells the partner the `changes` (a PUT of only what changed) and audits it.
JsonObject commitChange(db::Tx &tx, const Actor &actor, const Agreement &before, const Agreement &after,
                        JsonObject changes, const std::string &action)
{
    db::SharingRepository::update(tx, after);
    if (changes->size() > 0) {
        changes->set("uuid", after.uuid);
        SharingOutbox::enqueue(tx, after.id, std::nullopt, "PUT", "/agreements/" + after.uuid,
                               protocol::toJsonText(changes));
    }
    audit::record(tx, actor, std::string(kKind) + "." + action, kKind, after.id, SharingAgreements::toWire(before),
                  SharingAgreements::toWire(after));
    return adminView(tx, existing(tx, after.id));
}

/// The receiver's answer to a pending invitation: "accepted" (into `groupId`) or "declined".
JsonObject answerInvitation(db::Tx &tx, const Actor &actor, std::int64_t id, const std::string &answer,
                            std::optional<std::int64_t> groupId)
{
    permissions::requireAdmin(actor);
    auto a = existing(tx, id);
    if (a.role != "receiver" || a.status != "pending")
        refuse("only a pending invitation from a partner can be " + answer, "status");
    if (groupId && !db::SharingRepository::isActiveGroup(tx, *groupId))
        refuse("no such active group", "group_id");
    auto next = a;
    next.status = answer;
    if (groupId)
        next.groupId = groupId;
    auto changes = protocol::newObject();
    changes->set("status", answer);
    return commitChange(tx, actor, a, next, changes, answer);
}

/// A flag as sent by any implementation (true/false, 1/0, "true"/"1"); `fallback` when absent.
bool flagOf(const JsonObject &json, const std::string &key, bool fallback)
{
    if (!json->has(key) || json->isNull(key))
        return fallback;
    auto value = json->get(key);
    try {
        if (value.isString()) {
            auto text = value.toString();
            return text == "true" || text == "1";
        }
        if (!value.isBoolean() && !value.isNumeric()) // an object or list would convert to true
            refuse("must be true or false", key);
        return value.convert<bool>();
    } catch (const Poco::Exception &) {
        refuse("must be true or false", key);
    }
}

std::optional<std::string> textOf(const JsonObject &json, const std::string &key)
{
    if (!json->has(key) || json->isNull(key))
        return std::nullopt;
    auto value = json->get(key);
    if (!value.isString())
        refuse("must be a string", key);
    return value.toString();
}

std::string requiredText(const JsonObject &json, const std::string &key)
{
    auto value = textOf(json, key);
    if (!value || value->empty())
        refuse("is required", key);
    return *value;
}

/// Whether two base URLs name the same place (a trailing slash and the case of scheme and host aside).
bool sameUrl(const std::string &a, const std::string &b)
{
    try {
        Poco::URI x(a), y(b);
        auto path = [](std::string p) {
            while (!p.empty() && p.back() == '/')
                p.pop_back();
            return p;
        };
        return Poco::toLower(x.getScheme()) == Poco::toLower(y.getScheme()) &&
               Poco::toLower(x.getHost()) == Poco::toLower(y.getHost()) && x.getPort() == y.getPort() &&
               path(x.getPath()) == path(y.getPath());
    } catch (const Poco::Exception &) {
        return false;
    }
}

WireResponse receiveInvitation(db::Tx &tx, const WireRequest &request)
{
    const auto &body = request.json;
    if (!body)
        refuse("the invitation has no body");
    if (db::SharingRepository::findByUuid(tx, request.uuid))
        refuse("an agreement with this uuid exists", "uuid");
    if (db::SharingRepository::pendingInvitations(tx) >= kMaxPendingInvitations)
        throw ApiError::retryLater(ErrorCode::TooManyRequests, "too many invitations wait for an answer here", 3600);
    Agreement a;
    a.uuid = request.uuid;
    a.role = "receiver";
    a.name = checkedName(requiredText(body, "name"), "name");
    a.senderUrl = checkedUrl(requiredText(body, "sender_url"), "sender_url");
    a.receiverUrl = checkedUrl(requiredText(body, "receiver_url"), "receiver_url");
    // An invitation is for this desk only: one naming another URL was meant elsewhere (or is noise).
    if (!sameUrl(a.receiverUrl, ownBaseUrl(tx)))
        refuse("is not this desk's sharing URL (" + ownBaseUrl(tx) + ")", "receiver_url");
    auto key = requiredText(body, "access_key");
    if (!isUuid(key))
        refuse("must be 40 hexadecimal digits", "access_key");
    // The gem sends no token with an invitation; one that is sent must be the invitation's own.
    if (!request.token.empty() && request.token != a.uuid + ":" + key)
        throw ApiError(ErrorCode::Forbidden, "the token is not the invitation's");
    if (textOf(body, "status").value_or("pending") != "pending")
        refuse("an invitation is pending", "status");
    a.status = "pending";
    a.allowsPublicComments = flagOf(body, "allows_public_comments", false);
    a.syncTags = flagOf(body, "sync_tags", false);
    a.syncCustomFields = flagOf(body, "sync_custom_fields", false);
    a.sealedAccessKey = secrets::seal(key);
    db::SharingRepository::insert(tx, a, std::nullopt);
    return {201, SharingAgreements::toWire(*db::SharingRepository::findByUuid(tx, a.uuid))};
}

/// Applies one field the partner sent when it differs, if the partner's side may change it.
template <typename T>
void applyField(T &field, const std::optional<T> &sent, bool partnerMayChange, const std::string &key)
{
    if (!sent || *sent == field)
        return; // unchanged fields are no-ops
    if (!partnerMayChange)
        refuse("may not be changed by this side", key);
    field = *sent;
}

std::optional<bool> optFlag(const JsonObject &json, const std::string &key)
{
    if (!json->has(key) || json->isNull(key))
        return std::nullopt;
    return flagOf(json, key, false);
}

WireResponse receiveChange(db::Tx &tx, const WireRequest &request)
{
    auto a = SharingAgreements::authenticate(tx, request.token);
    if (a.uuid != request.uuid)
        throw ApiError(ErrorCode::Forbidden, "the token is for another agreement");
    const auto &body = request.json;
    if (!body)
        refuse("the change has no body");
    const bool partnerIsSender = a.role == "receiver";
    auto next = a;
    if (auto key = textOf(body, "access_key"); key && *key != SharingAgreements::accessKey(a))
        refuse("is immutable", "access_key");
    auto name = textOf(body, "name");
    applyField(next.name, name ? std::optional(checkedName(*name, "name")) : std::nullopt, partnerIsSender, "name");
    auto senderUrl = textOf(body, "sender_url");
    applyField(next.senderUrl, senderUrl ? std::optional(checkedUrl(*senderUrl, "sender_url")) : std::nullopt,
               partnerIsSender, "sender_url");
    auto receiverUrl = textOf(body, "receiver_url");
    applyField(next.receiverUrl, receiverUrl ? std::optional(checkedUrl(*receiverUrl, "receiver_url")) : std::nullopt,
               !partnerIsSender, "receiver_url");
    applyField(next.allowsPublicComments, optFlag(body, "allows_public_comments"), partnerIsSender,
               "allows_public_comments");
    applyField(next.syncTags, optFlag(body, "sync_tags"), partnerIsSender, "sync_tags");
    applyField(next.syncCustomFields, optFlag(body, "sync_custom_fields"), partnerIsSender, "sync_custom_fields");

    const std::string partnerSide = partnerIsSender ? "sender" : "receiver";
    if (auto status = textOf(body, "status"); status && *status != a.status) {
        if (a.status == "pending" && (*status == "accepted" || *status == "declined") && !partnerIsSender) {
            next.status = *status;
        } else if ((a.status == "pending" || a.status == "accepted") && *status == "inactive") {
            auto by = textOf(body, "deactivated_by").value_or(partnerSide);
            if (by != partnerSide)
                refuse("the partner deactivates as " + partnerSide, "deactivated_by");
            next.status = "inactive";
            next.deactivatedBy = by;
        } else {
            refuse("cannot change from " + a.status + " to " + *status, "status");
        }
    }
    db::SharingRepository::update(tx, next);
    return {200, SharingAgreements::toWire(*db::SharingRepository::find(tx, a.id))};
}
} // namespace

std::optional<Agreement> SharingAgreements::findByUuid(db::Tx &tx, const std::string &uuid)
{
    return db::SharingRepository::findByUuid(tx, uuid);
}

std::optional<Agreement> SharingAgreements::find(db::Tx &tx, std::int64_t id)
{
    return db::SharingRepository::find(tx, id);
}

Agreement SharingAgreements::authenticate(db::Tx &tx, const std::string &token)
{
    if (token.empty())
        throw ApiError(ErrorCode::Unauthenticated, "X-Ticket-Sharing-Token is required");
    auto colon = token.find(':');
    auto uuid = token.substr(0, colon);
    auto key = colon == std::string::npos ? std::string() : token.substr(colon + 1);
    auto agreement = isUuid(uuid) ? db::SharingRepository::findByUuid(tx, uuid) : std::nullopt;
    if (!agreement)
        throw ApiError(ErrorCode::Forbidden, "no such agreement");
    auto expected = accessKey(*agreement);
    if (key.size() != expected.size() || sodium_memcmp(key.data(), expected.data(), key.size()) != 0)
        throw ApiError(ErrorCode::Forbidden, "wrong access key");
    return *agreement;
}

std::string SharingAgreements::accessKey(const Agreement &agreement)
{
    return secrets::open(agreement.sealedAccessKey);
}

JsonObject SharingAgreements::toWire(const Agreement &a)
{
    auto out = protocol::newObject();
    out->set("uuid", a.uuid);
    out->set("name", a.name);
    out->set("sender_url", a.senderUrl);
    out->set("receiver_url", a.receiverUrl);
    out->set("status", a.status);
    protocol::setOptional(out, "deactivated_by", a.deactivatedBy);
    out->set("allows_public_comments", a.allowsPublicComments);
    out->set("sync_tags", a.syncTags);
    out->set("sync_custom_fields", a.syncCustomFields);
    return out;
}

protocol::JsonArray SharingAgreements::list(db::Tx &tx, const Actor &actor)
{
    permissions::requireAdmin(actor);
    auto out = protocol::newArray();
    for (const auto &a : db::SharingRepository::list(tx))
        out->add(adminView(tx, a));
    return out;
}

protocol::JsonArray SharingAgreements::shareTargets(db::Tx &tx, const Actor &actor)
{
    permissions::requireStaff(actor);
    auto out = protocol::newArray();
    for (const auto &a : db::SharingRepository::list(tx)) {
        if (a.role != "sender" || a.status != "accepted")
            continue;
        auto target = protocol::newObject();
        target->set("id", a.id);
        target->set("partner_url", a.partnerUrl());
        target->set("allows_public_comments", a.allowsPublicComments);
        target->set("sync_tags", a.syncTags);
        target->set("sync_custom_fields", a.syncCustomFields);
        out->add(target);
    }
    return out;
}

JsonObject SharingAgreements::get(db::Tx &tx, const Actor &actor, std::int64_t id)
{
    permissions::requireAdmin(actor);
    return adminView(tx, existing(tx, id));
}

JsonObject SharingAgreements::invite(db::Tx &tx, const Actor &actor, const JsonObject &params)
{
    permissions::requireAdmin(actor);
    JsonReader r(params);
    Agreement a;
    a.role = "sender";
    a.receiverUrl = checkedUrl(r.requireString("receiver_url"), "receiver_url");
    a.name = checkedName(r.requireString("name"), "name");
    a.allowsPublicComments = r.optBool("allows_public_comments").value_or(false);
    a.syncTags = r.optBool("sync_tags").value_or(false);
    a.syncCustomFields = r.optBool("sync_custom_fields").value_or(false);
    r.finish();
    a.senderUrl = ownBaseUrl(tx);
    if (a.receiverUrl == a.senderUrl)
        refuse("is this desk's own sharing URL", "receiver_url");
    a.uuid = randomHex40();
    a.status = "pending";
    a.sealedAccessKey = secrets::seal(randomHex40());
    a.id = db::SharingRepository::insert(tx, a, actor.userId);
    auto invitation = toWire(a);
    invitation->remove("deactivated_by");
    SharingOutbox::enqueue(tx, a.id, std::nullopt, "POST", "/agreements/" + a.uuid, protocol::toJsonText(invitation),
                           true);
    audit::record(tx, actor, std::string(kKind) + ".invited", kKind, a.id, nullptr, toWire(a));
    return adminView(tx, existing(tx, a.id));
}

JsonObject SharingAgreements::accept(db::Tx &tx, const Actor &actor, std::int64_t id, std::int64_t groupId)
{
    return answerInvitation(tx, actor, id, "accepted", groupId);
}

JsonObject SharingAgreements::decline(db::Tx &tx, const Actor &actor, std::int64_t id)
{
    return answerInvitation(tx, actor, id, "declined", std::nullopt);
}

JsonObject SharingAgreements::deactivate(db::Tx &tx, const Actor &actor, std::int64_t id)
{
    permissions::requireAdmin(actor);
    auto a = existing(tx, id);
    if (a.status != "pending" && a.status != "accepted")
        refuse("only a pending or accepted agreement can be deactivated", "status");
    auto next = a;
    next.status = "inactive";
    next.deactivatedBy = a.role;
    auto changes = protocol::newObject();
    changes->set("status", next.status);
    changes->set("deactivated_by", a.role);
    return commitChange(tx, actor, a, next, changes, "deactivated");
}

JsonObject SharingAgreements::retryDelivery(db::Tx &tx, const Actor &actor, std::int64_t id)
{
    permissions::requireAdmin(actor);
    existing(tx, id);
    if (db::SharingRepository::retryNow(tx, id) > 0)
        SharingOutbox::scheduleDelivery(tx, id, 0);
    return get(tx, actor, id);
}

JsonObject SharingAgreements::update(db::Tx &tx, const Actor &actor, std::int64_t id, const JsonObject &params)
{
    permissions::requireAdmin(actor);
    auto a = existing(tx, id);
    JsonReader r(params);
    auto next = a;
    auto changes = protocol::newObject();
    auto change = [&](auto &field, const auto &value, const char *key) {
        if (value && *value != field) {
            field = *value;
            changes->set(key, *value);
        }
    };
    if (a.role == "sender") {
        auto name = r.optString("name");
        change(next.name, name ? std::optional(checkedName(*name, "name")) : std::nullopt, "name");
        change(next.allowsPublicComments, r.optBool("allows_public_comments"), "allows_public_comments");
        change(next.syncTags, r.optBool("sync_tags"), "sync_tags");
        change(next.syncCustomFields, r.optBool("sync_custom_fields"), "sync_custom_fields");
    } else if (auto groupId = r.optInt("group_id"); groupId && groupId != a.groupId) {
        if (!db::SharingRepository::isActiveGroup(tx, *groupId))
            refuse("no such active group", "group_id");
        next.groupId = groupId;
    }
    r.finish(); // the receiver's terms are the sender's to set: their fields are unknown here
    return commitChange(tx, actor, a, next, changes, "updated");
}

protocol::JsonArray SharingAgreements::log(db::Tx &tx, const Actor &actor, std::int64_t id, int limit)
{
    permissions::requireAdmin(actor);
    existing(tx, id);
    return db::SharingRepository::logLines(tx, id, limit);
}

WireResponse SharingAgreements::serveWire(db::Tx &tx, const WireRequest &request)
{
    if (request.method == "POST")
        return receiveInvitation(tx, request);
    if (request.method == "PUT")
        return receiveChange(tx, request);
    if (request.method == "GET") {
        auto a = authenticate(tx, request.token);
        if (a.uuid != request.uuid)
            throw ApiError(ErrorCode::Forbidden, "the token is for another agreement");
        return {200, toWire(a)};
    }
    throw ApiError(ErrorCode::MethodNotAllowed, "agreements take POST, PUT and GET");
}

void SharingAgreements::logIncoming(db::Tx &tx, const WireRequest &request, int status, const std::string &error,
                                    int durationMs)
{
    auto agreement = request.agreement;
    if (!agreement && request.resource == "agreements" && isUuid(request.uuid))
        agreement = db::SharingRepository::findByUuid(tx, request.uuid);
    if (agreement)
        db::SharingRepository::log(tx, agreement->id, "in", std::nullopt, request.method,
                                   "/" + request.resource + "/" + request.uuid, status,
                                   error.empty() ? std::nullopt : std::optional(error), durationMs);
}

} // namespace helpdesk::domain::sharing
