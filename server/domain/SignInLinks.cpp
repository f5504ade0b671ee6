#include "domain/SignInLinks.h"

#include "db/ContentHash.h"
#include "db/JobRepository.h"
#include "db/UserRepository.h"
#include "domain/MailOutbox.h"
#include "domain/MailSettings.h"
#include "domain/Passwords.h"

#include <Poco/Logger.h>

#include <algorithm>
#include <array>

namespace helpdesk::domain {

namespace {
/// The words of the link's mail in one language ({name} is the account's name).
struct LinkMailText {
    const char *language;
    const char *subject;
    const char *greeting;
    const char *intro;
    const char *validity;
};

// Written like the reset mail (AuthService), one entry per language of the web pages.
constexpr std::array<LinkMailText, 6> kTexts{{
    {"en", "Your sign-in link", "Hello {name},", "To sign in to the helpdesk, open this link:",
     "The link works once and for 20 minutes. If you did not ask for it, ignore this mail."},
    {"de", "Ihr Anmeldelink", "Hallo {name},", "Um sich beim Helpdesk anzumelden, öffnen Sie diesen Link:",
     "Der Link funktioniert einmal und 20 Minuten lang. Wenn Sie ihn nicht angefordert haben, ignorieren Sie "
     "diese E-Mail."},
    {"fr", "Votre lien de connexion", "Bonjour {name},", "Pour vous connecter au support, ouvrez ce lien :",
     "Le lien fonctionne une seule fois, pendant 20 minutes. Si vous ne l'avez pas demandé, ignorez ce message."},
    {"it", "Il tuo link di accesso", "Ciao {name},", "Per accedere all'helpdesk, apri questo link:",
     "Il link funziona una sola volta e per 20 minuti. Se non l'hai richiesto, ignora questa e-mail."},
    {"pl", "Twój link do logowania", "Dzień dobry {name},", "Aby zalogować się do helpdesku, otwórz ten link:",
     "Link działa jeden raz i przez 20 minut. Jeśli o niego nie prosiłeś, zignoruj tę wiadomość."},
    {"ru", "Ваша ссылка для входа", "Здравствуйте, {name}!", "Чтобы войти в службу поддержки, откройте эту ссылку:",
     "Ссылка действует один раз и 20 минут. Если вы её не запрашивали, просто проигнорируйте это письмо."},
}};

/// The texts in the account's language ("de-AT" and "de_AT" read as "de"), else English.
const LinkMailText &textsFor(const std::optional<std::string> &language)
{
    std::string code = language.value_or("en");
    code = code.substr(0, code.find_first_of("-_"));
    std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return std::tolower(c); });
    auto found = std::find_if(kTexts.begin(), kTexts.end(), [&](const auto &t) { return code == t.language; });
    return found == kTexts.end() ? kTexts.front() : *found;
}

std::string withName(std::string text, const std::string &name)
{
    if (auto at = text.find("{name}"); at != std::string::npos)
        text.replace(at, 6, name);
    return text;
}

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
        auto settings = MailSettings::load(tx);
        const auto &texts = textsFor(user.language);
        MailOutbox::queueSystemMail(tx, settings, user.email, texts.subject,
                                    withName(texts.greeting, user.name) + "\n\n" + texts.intro + "\n\n" +
                                        settings.publicUrl + "/sign-in-link?token=" + token + "\n\n" + texts.validity +
                                        "\n\n" + settings.systemName + "\n");
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
