#pragma once

#include "db/ConnectionPool.h"
#include "domain/MailDefences.h"
#include "domain/Secrets.h"
#include "protocol/Json.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::domain {

struct SmtpSettings {
    std::string host = "127.0.0.1";
    int port = 25;
    std::string security = "none"; // none, starttls, tls
    bool tlsVerify = true;         // false: accept a self-signed certificate
    std::string username;
    secrets::OpenedSecret password; // reading one that cannot be opened throws, naming why
    int timeoutSeconds = 30;
};

/// The mail channel's settings (row "mail" of the settings table) and the secret that signs our
/// Message-IDs (row "mail_secret", created on first start). Read through a short cache so a
/// change is effective within seconds on every instance without a restart.
struct MailSettings {
    std::string systemAddress = "helpdesk@localhost"; // our identity in X-Loop; never auto-replied to
    std::string systemName = "Helpdesk";
    std::string noreplyAddress = "noreply@localhost"; // sender of notifications to agents
    std::string ticketTag = "Ticket#";                // subject tag: [Ticket#10042]
    std::string messageIdDomain = "helpdesk.invalid";
    int autoReplyLimitPerHour = 10;
    std::int64_t maxMessageBytes = 25 * 1024 * 1024;
    std::string publicUrl = "http://localhost:8080"; // base of links in mail (password reset, invitations)
    bool customersMayCreateTokens = false;           // customers mint API tokens only when an admin allows it
    std::string defaultLanguage = "en";              // of mail to readers whose language is unknown (MailTemplates)
    SmtpSettings smtp;
    MailDefences defences; // "defences": trusted Authentication-Results, flood limits
    std::string secret;

    /// Current settings (cached for two seconds).
    static MailSettings load(db::Tx &tx);
    /// Validates and stores changes from an admin (strict: unknown keys are refused).
    static MailSettings update(db::Tx &tx, const protocol::JsonObject &changes);
    /// Creates the signing secret (sealed) if no instance did yet.
    static void ensureSecret(db::Tx &tx);
    /// For the settings API; the SMTP password and the secret are never shown, only whether a
    /// password is set and, when it cannot be opened with this instance's key, why.
    protocol::JsonObject toJson() const;
    /// Forgets the cache (tests change settings and expect them at once).
    static void invalidateCache();
};

/// Our Message-IDs carry the ticket and an HMAC so a reply can be matched to its ticket and a
/// forged reference cannot attach mail to someone else's ticket.
namespace messageids {
/// A new Message-ID (without angle brackets) for mail about `ticketId`.
std::string make(const MailSettings &settings, std::optional<std::int64_t> ticketId);
/// The ticket named by one of our Message-IDs, when its signature is valid.
std::optional<std::int64_t> ticketOf(const MailSettings &settings, const std::string &messageId);
/// "[Ticket#10042] subject" (without doubling a tag already there).
std::string taggedSubject(const MailSettings &settings, std::int64_t number, const std::string &subject);
/// The ticket number in a subject's tag.
std::optional<std::int64_t> numberInSubject(const MailSettings &settings, const std::string &subject);
} // namespace messageids

} // namespace helpdesk::domain
