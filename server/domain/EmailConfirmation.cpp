#include "domain/EmailConfirmation.h"

#include "db/ContentHash.h"
#include "db/EmailChangeRepository.h"
#include "db/UserRepository.h"
#include "domain/Actor.h"
#include "domain/AdminService.h"
#include "domain/Audit.h"
#include "domain/MailOutbox.h"
#include "domain/MailSettings.h"
#include "domain/MailTemplateCatalog.h"
#include "domain/Passwords.h"
#include "protocol/ProtocolError.h"

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
constexpr int kValidSeconds = 24 * 3600;
constexpr int kMailsPerHour = 5; // confirmation mails per account, and per new address

ApiError unusableLink()
{
    return {ErrorCode::ValidationFailed, "this link was already used or has expired; change the address again",
            "token"};
}
} // namespace

void EmailConfirmation::request(db::Tx &tx, const protocol::User &user, const std::string &newEmail)
{
    // Counted in the database, per account and per recipient, like reset mails: whoever asks, on
    // whichever instance, cannot turn the desk into a mailer to an address of their choosing.
    db::UserRepository::lockRow(tx, user.id);
    if (auto wait = db::EmailChangeRepository::waitForAnother(tx, user.id, newEmail, kMailsPerHour, 3600))
        throw ApiError::retryLater(
            ErrorCode::TooManyRequests,
            "too many address confirmations asked for lately; try again in " + std::to_string(*wait) + " s", *wait);
    auto token = passwords::newToken("hde_");
    db::EmailChangeRepository::insert(tx, db::ContentHash::sha256Hex(token), {user.id, newEmail}, kValidSeconds);
    auto settings = MailSettings::load(tx);
    MailValues values;
    values.text["new_email"] = newEmail;
    MailOutbox::queueAccountMail(tx, settings, user, user.email, mailtemplates::kAddressChangePending, values);
    values.text["link"] = settings.publicUrl + "/confirm-email?token=" + token; // for the new address only
    MailOutbox::queueAccountMail(tx, settings, user, newEmail, mailtemplates::kAddressConfirmation, values);
}

void EmailConfirmation::tellPreviousAddress(db::Tx &tx, const protocol::User &user, const std::string &newEmail,
                                            protocol::Role changedBy)
{
    // The role, not the name: the owner learns what kind of account did it, staff keep their privacy.
    MailValues values;
    values.text["new_email"] = newEmail;
    values.terms["changed_by"] = changedBy == protocol::Role::Admin        ? "role_admin"
                                 : changedBy == protocol::Role::Supervisor ? "role_supervisor"
                                                                           : "role_agent";
    MailOutbox::queueAccountMail(tx, MailSettings::load(tx), user, user.email, mailtemplates::kAddressChanged, values);
}

protocol::User EmailConfirmation::confirm(db::Tx &tx, const std::string &token)
{
    auto change = db::EmailChangeRepository::use(tx, db::ContentHash::sha256Hex(token));
    if (!change)
        throw unusableLink();
    auto actor = loadActor(tx, change->userId); // nullopt: gone or deactivated
    auto user = db::UserRepository::findById(tx, change->userId);
    if (!actor || !user)
        throw unusableLink();
    if (auto holder = db::UserRepository::findByEmail(tx, change->newEmail); holder && holder->user.id != user->id)
        throw ApiError(ErrorCode::Conflict, "another account uses this address now", "email");
    auto before = user->toJson();
    user->email = change->newEmail;
    auto stored = db::UserRepository::update(tx, *user);
    AdminService::announceUser(tx, stored.id, "user.updated", stored);
    audit::record(tx, *actor, "user.email_confirmed", "user", stored.id, before, stored.toJson());
    return stored;
}

} // namespace helpdesk::domain
