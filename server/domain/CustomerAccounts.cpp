#include "domain/CustomerAccounts.h"

#include "db/UserRepository.h"
#include "domain/Actor.h"
#include "domain/AdminService.h"
#include "domain/Audit.h"

#include <Poco/String.h>

namespace helpdesk::domain {

protocol::User customerAccountFor(db::Tx &tx, const NewCustomer &customer, const Actor *createdBy)
{
    if (auto existing = db::UserRepository::findByEmail(tx, customer.email))
        return existing->user;
    protocol::User user;
    user.email = Poco::toLower(customer.email); // accounts are keyed by the lower-cased address
    user.name = customer.name.empty() ? customer.email.substr(0, customer.email.find('@')) : customer.name;
    user.role = protocol::Role::Customer;
    user.language = customer.language;
    auto stored = db::UserRepository::insert(tx, user, std::nullopt);
    AdminService::announceUser(tx, createdBy ? createdBy->userId : stored.id, "user.created", stored);
    if (createdBy)
        audit::record(tx, *createdBy, "user.created", "user", stored.id, nullptr, stored.toJson());
    return stored;
}

} // namespace helpdesk::domain
