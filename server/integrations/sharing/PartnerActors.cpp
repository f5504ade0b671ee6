#include "integrations/sharing/PartnerActors.h"

#include "db/MailRepository.h"
#include "db/TicketShareRepository.h"
#include "db/UserRepository.h"
#include "domain/AdminService.h"
#include "domain/Validation.h"

#include <Poco/URI.h>

#include <algorithm>
#include <cctype>

namespace helpdesk::integrations::sharing {

namespace {
constexpr const char *kActor = "actor";

/// The local part of a partner actor's address: its uuid, reduced to what an address may hold.
std::string addressPart(const std::string &uuid)
{
    std::string part;
    for (char c : uuid)
        if (std::isalnum(static_cast<unsigned char>(c)) && part.size() < 60)
            part += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return part.empty() ? "unknown" : part;
}

} // namespace

std::string PartnerActors::partnerName(const domain::sharing::Agreement &agreement)
{
    if (agreement.role == "receiver")
        return agreement.name;
    try {
        return Poco::URI(agreement.receiverUrl).getHost();
    } catch (const std::exception &) {
        return agreement.receiverUrl;
    }
}

protocol::User PartnerActors::userFor(db::Tx &tx, const domain::sharing::Agreement &agreement, const ShareActor &actor,
                                      bool requester)
{
    const auto uuid = actor.uuid.empty() ? std::string("anonymous-") + (requester ? "requester" : "agent") : actor.uuid;
    if (auto known = db::TicketShareRepository::localObject(tx, agreement.id, kActor, uuid))
        if (auto user = db::UserRepository::findById(tx, *known))
            return *user;
    // The agreement is part of the address: one partner can never write as another partner's people.
    const auto email = "nhd-" + addressPart(uuid) + "." + std::to_string(agreement.id) + "@sharing.invalid";
    protocol::User user;
    if (auto existing = db::UserRepository::findByEmail(tx, email)) {
        user = existing->user; // known under this agreement, its uuid not remembered yet
    } else {
        user.email = email;
        user.role = requester ? protocol::Role::Customer : protocol::Role::Agent;
        const auto name =
            domain::headerSafe(actor.name.empty() ? std::string(requester ? "Requester" : "Agent") : actor.name)
                .substr(0, 150);
        user.name = requester ? name : name + " (" + domain::headerSafe(partnerName(agreement)).substr(0, 40) + ")";
        user.active = requester; // a partner's agent never signs in here
        user = db::UserRepository::insert(tx, user, std::nullopt);
        db::MailRepository::markAddressFailing(tx, email, "a partner desk's person: reached through the partner");
        domain::AdminService::announceUser(tx, user.id, "user.created", user);
    }
    db::TicketShareRepository::rememberObject(tx, agreement.id, kActor, uuid, user.id);
    return user;
}

domain::Actor PartnerActors::actorOn(const protocol::User &user, const protocol::Ticket &ticket)
{
    domain::Actor actor;
    actor.userId = user.id;
    actor.role = user.role == protocol::Role::Customer ? protocol::Role::Customer : protocol::Role::Agent;
    actor.email = user.email;
    actor.name = user.name;
    actor.organizationId = user.organizationId;
    if (actor.isStaff())
        actor.groups[ticket.groupId] = domain::GroupAccess::Full;
    return actor;
}

ShareActor PartnerActors::wireActor(db::Tx &tx, const std::string &ourBaseUrl, const protocol::User &user)
{
    ShareActor actor;
    actor.uuid = db::TicketShareRepository::wireUuidOf(tx, kActor, user.id)
                     .value_or(domain::sharing::uuidFor(ourBaseUrl, "users", user.id));
    actor.name = user.name;
    if (user.role != protocol::Role::Customer)
        actor.role = "agent";
    return actor;
}

} // namespace helpdesk::integrations::sharing
