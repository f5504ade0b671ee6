#include "domain/SignInLinks.h"

#include "db/ContentHash.h"
#include "db/JobRepository.h"
#include "db/UserRepository.h"
#include "domain/MailOutbox.h"
#include "domain/MailSettings.h"
#include "domain/MailTemplateCatalog.h"
#include "domain/Passwords.h"
#include "domain/PortalSettings.h"

#include <Poco/Logger.h>

namespace helpdesk::domain {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.auth");
}
} // namespace

SignInLinks::SignInLinks(db::ConnectionPool &pool, int linksPerHour) : m_pool(pool), m_linksPerHour(linksPerHour) {}

void SignInLinks::request(const std::string &email)
{
    m_pool.write([&](db::Tx &tx) {
        auto payload = protocol::newObject();
        payload->set("email", email);
        db::JobRepository::enqueue(tx, kQueue, payload, 0, 3);
    });
}

void SignInLinks::send(const std::string &email)
{
    m_pool.write([&](db::Tx &tx) {
        auto found = db::UserRepository::findByEmail(tx, email);
        if (!found || !found->user.active || found->user.role != protocol::Role::Customer)
            return;
        const auto &user = found->user;
        // Asked for before an admin turned the portal off: it signs in to nothing any more.
        if (!PortalSettings::load(tx).enabled) {
            logger().notice("sign-in link for user %s not mailed: the requester portal is off",
                            std::to_string(user.id));
            return;
        }
        // Counted per account across every instance; the caller was answered the same either way.
        db::UserRepository::lockRow(tx, user.id);
        if (m_linksPerHour > 0 && db::SignInLinkRepository::recent(tx, user.id, 3600) >= m_linksPerHour) {
            logger().notice("sign-in link for user %s not mailed: %d links within the hour", std::to_string(user.id),
                            m_linksPerHour);
            return;
        }
        // Only the newest link works: one mailed earlier (perhaps read by others) dies.
        db::SignInLinkRepository::supersede(tx, user.id);
        auto token = passwords::newToken("hdl_");
        db::SignInLinkRepository::insert(tx, db::ContentHash::sha256Hex(token), user.id, user.email, kValidSeconds);
        const auto settings = MailSettings::load(tx);
        MailValues values;
        values.text["link"] = settings.publicUrl + "/sign-in-link?token=" + token;
        values.text["valid_minutes"] = std::to_string(kValidSeconds / 60);
        MailOutbox::queueAccountMail(tx, settings, user, user.email, mailtemplates::kSignInLink, values);
    });
}

db::SignInLinkState SignInLinks::state(const std::string &token)
{
    return m_pool.read(
        [&](db::Tx &tx) { return db::SignInLinkRepository::state(tx, db::ContentHash::sha256Hex(token)); });
}

std::optional<std::int64_t> SignInLinks::use(db::Tx &tx, const std::string &token)
{
    return db::SignInLinkRepository::use(tx, db::ContentHash::sha256Hex(token));
}

} // namespace helpdesk::domain
