#include "domain/MailSettings.h"
#include "domain/Secrets.h"

#include "db/ContentHash.h"
#include "db/MailRepository.h"
#include "domain/EmailAddress.h"
#include "domain/MailTemplateCatalog.h"
#include "domain/Passwords.h"
#include "domain/ShortLivedCache.h"
#include "domain/Validation.h"
#include "protocol/ProtocolError.h"

#include <sodium.h>

#include <re2/re2.h>

#include <chrono>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
ShortLivedCache<MailSettings> g_settings(std::chrono::seconds(2));

MailSettings fromJson(const protocol::JsonObject &o, MailSettings s)
{
    if (!o)
        return s;
    s.systemAddress = o->optValue<std::string>("system_address", s.systemAddress);
    s.systemName = o->optValue<std::string>("system_name", s.systemName);
    s.noreplyAddress = o->optValue<std::string>("noreply_address", s.noreplyAddress);
    s.ticketTag = o->optValue<std::string>("ticket_tag", s.ticketTag);
    s.messageIdDomain = o->optValue<std::string>("message_id_domain", s.messageIdDomain);
    s.autoReplyLimitPerHour = o->optValue<int>("auto_reply_limit_per_hour", s.autoReplyLimitPerHour);
    s.maxMessageBytes = o->optValue<std::int64_t>("max_message_bytes", s.maxMessageBytes);
    s.publicUrl = o->optValue<std::string>("public_url", s.publicUrl);
    s.customersMayCreateTokens = o->optValue<bool>("customers_may_create_tokens", s.customersMayCreateTokens);
    s.defaultLanguage = o->optValue<std::string>("default_language", s.defaultLanguage);
    s.defences = MailDefences::fromJson(o->getObject("defences"));
    if (auto smtp = o->getObject("smtp")) {
        s.smtp.host = smtp->optValue<std::string>("host", s.smtp.host);
        s.smtp.port = smtp->optValue<int>("port", s.smtp.port);
        s.smtp.security = smtp->optValue<std::string>("security", s.smtp.security);
        s.smtp.tlsVerify = smtp->optValue<bool>("tls_verify", s.smtp.tlsVerify);
        s.smtp.username = smtp->optValue<std::string>("username", s.smtp.username);
        // Kept with its problem, not thrown: a password sealed under another key stops the mail
        // it is for (saying why), not every request that reads a setting.
        s.smtp.password = secrets::OpenedSecret::fromStored(smtp->optValue<std::string>("password", ""));
        s.smtp.timeoutSeconds = smtp->optValue<int>("timeout_seconds", s.smtp.timeoutSeconds);
    }
    return s;
}

std::string hmacHex(const std::string &secret, const std::string &text, std::size_t hexChars)
{
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(secret.data()), secret.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(text.data()), text.size());
    crypto_auth_hmacsha256_final(&state, mac);
    char hex[crypto_auth_hmacsha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, mac, sizeof mac);
    return std::string(hex, hexChars);
}

/// Where the SMTP password goes: a change here must not carry the stored password along.
struct SmtpDestination {
    std::string host;
    int port = 0;
    std::string security;
    bool tlsVerify = true;

    static SmtpDestination of(const protocol::JsonObject &smtp)
    {
        const SmtpSettings defaults;
        return {smtp->optValue<std::string>("host", defaults.host), smtp->optValue<int>("port", defaults.port),
                smtp->optValue<std::string>("security", defaults.security),
                smtp->optValue<bool>("tls_verify", defaults.tlsVerify)};
    }
    bool weakenedOrMovedBy(const SmtpDestination &next) const
    {
        return next.host != host || next.port != port || next.security != security || (tlsVerify && !next.tlsVerify);
    }
};

/// Why a text setting cannot go into the headers we write, or "" when it can: the addresses are
/// addr-specs, the Message-ID domain a host name, the rest one line of text.
std::string headerProblem(const std::string &key, const std::string &value)
{
    if (value.empty())
        return key + " may not be empty";
    if (key.find("address") != std::string::npos && !EmailAddress::isAddrSpec(value))
        return key + " is not an e-mail address";
    if (key == "message_id_domain" && !EmailAddress::isAddrSpec("id@" + value))
        return key + " is not a host name";
    if (!isHeaderSafe(value))
        return key + " must not contain a line break or NUL character";
    return {};
}
} // namespace

MailSettings MailSettings::load(db::Tx &tx)
{
    return g_settings.get([&] {
        auto settings = fromJson(db::MailRepository::setting(tx, "mail"), MailSettings{});
        if (auto secret = db::MailRepository::setting(tx, "mail_secret")) {
            // Unreadable (another key, said in the log): none of our Message-IDs is recognised and
            // replies are matched by their subject tag, until the right key file is in place.
            auto opened = secrets::OpenedSecret::fromStored(secret->optValue<std::string>("hex", ""));
            settings.secret = opened.problem().empty() ? opened.text() : std::string();
        }
        return settings;
    });
}

void MailSettings::invalidateCache()
{
    g_settings.forget();
}

void MailSettings::ensureSecret(db::Tx &tx)
{
    auto value = protocol::newObject();
    value->set("hex", secrets::seal(db::ContentHash::sha256Hex(passwords::newToken("secret"))));
    db::MailRepository::putSettingIfMissing(tx, "mail_secret", value);
}

MailSettings MailSettings::update(db::Tx &tx, const protocol::JsonObject &changes)
{
    protocol::JsonReader r(changes);
    auto stored = db::MailRepository::setting(tx, "mail");
    if (!stored)
        stored = protocol::newObject();
    if (auto v = r.optString("public_url")) {
        if (v->rfind("http://", 0) != 0 && v->rfind("https://", 0) != 0)
            throw ApiError(ErrorCode::ValidationFailed, "public_url must start with http:// or https://", "public_url");
        stored->set("public_url", *v);
    }
    for (const char *key : {"system_address", "system_name", "noreply_address", "ticket_tag", "message_id_domain"})
        if (auto v = r.optString(key)) {
            if (auto problem = headerProblem(key, *v); !problem.empty())
                throw ApiError(ErrorCode::ValidationFailed, problem, key);
            stored->set(key, *v);
        }
    if (auto v = r.optInt("auto_reply_limit_per_hour")) {
        if (*v < 0 || *v > 1000)
            throw ApiError(ErrorCode::ValidationFailed, "auto_reply_limit_per_hour must be 0 to 1000",
                           "auto_reply_limit_per_hour");
        stored->set("auto_reply_limit_per_hour", *v);
    }
    if (auto v = r.optInt("max_message_bytes")) {
        if (*v < 1024 || *v > 200LL * 1024 * 1024)
            throw ApiError(ErrorCode::ValidationFailed, "max_message_bytes must be 1 KiB to 200 MiB",
                           "max_message_bytes");
        stored->set("max_message_bytes", *v);
    }
    if (auto v = r.optBool("customers_may_create_tokens"))
        stored->set("customers_may_create_tokens", *v);
    if (auto v = r.optString("default_language")) {
        if (!MailTemplateCatalog::isShippedLanguage(*v))
            throw ApiError(ErrorCode::ValidationFailed, "default_language must be one of en, de, fr, it, pl, ru",
                           "default_language");
        stored->set("default_language", *v);
    }
    if (auto defences = r.optObject("defences"))
        stored->set("defences", MailDefences::merged(stored->getObject("defences"), defences));
    if (auto smtp = r.optObject("smtp")) {
        protocol::JsonReader s(smtp, "smtp");
        auto current = stored->getObject("smtp");
        if (!current)
            current = protocol::newObject();
        auto destinationBefore = SmtpDestination::of(current);
        bool passwordStored = !current->optValue<std::string>("password", "").empty();
        if (auto v = s.optString("host"))
            current->set("host", *v);
        if (auto v = s.optInt("port")) {
            if (*v < 1 || *v > 65535)
                throw ApiError(ErrorCode::ValidationFailed, "smtp.port must be 1 to 65535", "smtp.port");
            current->set("port", *v);
        }
        if (auto v = s.optString("security")) {
            if (*v != "none" && *v != "starttls" && *v != "tls")
                throw ApiError(ErrorCode::ValidationFailed, "smtp.security must be none, starttls or tls",
                               "smtp.security");
            current->set("security", *v);
        }
        if (auto v = s.optBool("tls_verify"))
            current->set("tls_verify", *v);
        if (auto v = s.optString("username"))
            current->set("username", *v);
        if (auto v = s.optString("password"))
            current->set("password", secrets::seal(*v));
        if (auto v = s.optInt("timeout_seconds"))
            current->set("timeout_seconds", *v);
        s.finish();
        // An admin account may not send the stored password to another server, or over a weaker
        // connection: a new destination needs the password again in the same request.
        if (passwordStored && !smtp->has("password") &&
            destinationBefore.weakenedOrMovedBy(SmtpDestination::of(current)))
            throw ApiError(ErrorCode::ValidationFailed,
                           "changing the SMTP host, port or security needs the password again in the same request",
                           "smtp.password");
        stored->set("smtp", current);
    }
    r.finish();
    db::MailRepository::putSetting(tx, "mail", stored);
    invalidateCache();
    return load(tx);
}

protocol::JsonObject MailSettings::toJson() const
{
    auto o = protocol::newObject();
    o->set("system_address", systemAddress);
    o->set("system_name", systemName);
    o->set("noreply_address", noreplyAddress);
    o->set("ticket_tag", ticketTag);
    o->set("message_id_domain", messageIdDomain);
    o->set("auto_reply_limit_per_hour", autoReplyLimitPerHour);
    o->set("max_message_bytes", maxMessageBytes);
    o->set("public_url", publicUrl);
    o->set("customers_may_create_tokens", customersMayCreateTokens);
    o->set("default_language", defaultLanguage);
    o->set("defences", defences.toJson());
    auto s = protocol::newObject();
    s->set("host", smtp.host);
    s->set("port", smtp.port);
    s->set("security", smtp.security);
    s->set("tls_verify", smtp.tlsVerify);
    s->set("username", smtp.username);
    s->set("password_set", !smtp.password.empty());
    if (!smtp.password.problem().empty())
        s->set("password_problem", smtp.password.problem());
    s->set("timeout_seconds", smtp.timeoutSeconds);
    o->set("smtp", s);
    return o;
}

namespace messageids {

std::string make(const MailSettings &settings, std::optional<std::int64_t> ticketId)
{
    auto random = db::ContentHash::sha256Hex(passwords::newToken("m")).substr(0, 16);
    std::string ticket = ticketId ? std::to_string(*ticketId) : std::string("0");
    std::string body = "hd." + ticket + "." + random;
    return body + "." + hmacHex(settings.secret, body, 16) + "@" + settings.messageIdDomain;
}

std::optional<std::int64_t> ticketOf(const MailSettings &settings, const std::string &messageId)
{
    // RE2: linear time and no recursion on ids strangers write into References.
    static const RE2 pattern(R"(hd\.([0-9]{1,18})\.([0-9a-f]{16})\.([0-9a-f]{16})@.+)");
    std::string ticket, random, mac;
    if (settings.secret.empty() || !RE2::FullMatch(messageId, pattern, &ticket, &random, &mac))
        return std::nullopt;
    std::string body = "hd." + ticket + "." + random;
    auto expected = hmacHex(settings.secret, body, 16);
    if (sodium_memcmp(expected.data(), mac.data(), expected.size()) != 0)
        return std::nullopt;
    auto id = std::stoll(ticket);
    if (id == 0)
        return std::nullopt;
    return id;
}

std::string taggedSubject(const MailSettings &settings, std::int64_t number, const std::string &subject)
{
    std::string tag = "[" + settings.ticketTag + std::to_string(number) + "]";
    if (subject.find(tag) != std::string::npos)
        return subject;
    return tag + " " + subject;
}

std::optional<std::int64_t> numberInSubject(const MailSettings &settings, const std::string &subject)
{
    RE2 pattern("(?i)\\[" + RE2::QuoteMeta(settings.ticketTag) + "([0-9]{1,18})\\]");
    std::int64_t number = 0;
    if (!pattern.ok() || !RE2::PartialMatch(subject, pattern, &number))
        return std::nullopt;
    return number;
}

} // namespace messageids

} // namespace helpdesk::domain
