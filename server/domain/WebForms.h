#pragma once

#include "db/ConnectionPool.h"
#include "db/WebFormRepository.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::domain {

/// What a visitor fills in on a group's web form.
struct WebFormSubmission {
    std::string name;
    std::string email;
    std::string subject;
    std::string message;
    std::string language;      // of the form's page: the confirmation mail's and a new account's
    std::string clientAddress; // kept with the request (who sent it, for an admin who asks)
};

/// What a confirmation link comes to.
enum class WebFormLinkState {
    Unknown,   // never issued, or cleared long after it expired
    Expired,   // issued, not confirmed in time
    Waiting,   // confirming it opens the ticket
    Confirmed, // it opened its ticket already
};

/// A confirmation link's state, with the ticket it opened (Confirmed).
struct WebFormLink {
    WebFormLinkState state = WebFormLinkState::Unknown;
    std::optional<std::int64_t> ticketNumber;
    std::string groupName;  // of a Waiting request: whom it goes to (WebForms::link)
    bool openedNow = false; // WebForms::confirm opened the ticket (false: it had been opened before)
};

/// The rules of a group's web form (/form/{key}): a stranger's request waits until its sender
/// opens the link mailed to the address given and confirms it; only then a ticket opens in the
/// group, once, as the customer with that address (an account is made for a new address, as mail
/// intake makes one), and the customer gets the usual acknowledgement. Fields are checked and
/// bounded; the link's token has 32 random bytes, only its SHA-256 is stored, and it confirms
/// within kValidHours. Each call runs in the caller's transaction. Stateless; any thread.
class WebForms
{
public:
    static constexpr int kValidHours = 24;
    /// How long a request is kept after its link expired (a late second confirmation still
    /// finds its ticket until then).
    static constexpr int kKeepSeconds = 30 * 24 * 3600;
    static constexpr std::size_t kMaxName = 200;
    static constexpr std::size_t kMaxEmail = 254;
    static constexpr std::size_t kMaxSubject = 200;
    static constexpr std::size_t kMaxMessage = 20000;

    /// The group of an open form (on, group active); nullopt for any other key.
    static std::optional<db::WebFormGroup> openForm(db::Tx &tx, const std::string &key);
    /// Checks a submission (ValidationFailed naming name, email, subject or message; limits in
    /// characters), stores it and mails its sender the confirmation link (template
    /// web_form_confirmation, in the form's language). Returns the link's token.
    static std::string submit(db::Tx &tx, const db::WebFormGroup &group, const WebFormSubmission &submission);
    /// What a confirmation link comes to now.
    static WebFormLink link(db::Tx &tx, const std::string &token);
    /// Confirms a waiting request: opens its ticket (once; a second call answers with the same
    /// ticket and openedNow false). Nothing happens for an unknown or expired link.
    static WebFormLink confirm(db::Tx &tx, const std::string &token);
};

} // namespace helpdesk::domain
