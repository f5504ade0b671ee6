#pragma once

#include "db/ConnectionPool.h"
#include "domain/MailSettings.h"
#include "protocol/Messages.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::domain {

/// A rating link for a mail: the words before it and the address.
struct RatingLinkLine {
    std::string wording; // the group's, else the shipped one in the reader's language
    std::string url;     // {public_url}/rate/{token}
};

/// What the page of a rating link shows.
struct RatingLinkState {
    enum class Kind { Unknown, Expired, Usable };
    Kind kind = Kind::Unknown;
    std::int64_t ticketNumber = 0;
    std::string ticketTitle;
    bool ratesReply = false;  // the link rates one reply (else the ticket as a whole)
    std::optional<int> score; // the rating this link gave, while no other way replaced it
    std::string comment;      // its comment
};

/// The satisfaction links of mail to customers, for groups with ratings on (`ratings_enabled`):
/// each agent reply mailed to the ticket's customer carries a link to rate it, and a ticket an
/// agent solves gets "how did we do?" (template rating_request) once. A token has 32 random bytes
/// and only its SHA-256 is stored, bound to the ticket, the reply and the customer; it works
/// without signing in for kValidDays, and may be used again: the newer score (and comment)
/// replaces the older, of that reply only (or of the ticket as a whole). Any thread.
class RatingLinks
{
public:
    static constexpr int kValidDays = 30;
    /// The word of terms.json a reply's link stands after when the group set no wording of its own.
    static constexpr const char *kWordingTerm = "rating_link_wording";

    /// The link for the mail of `article` (an agent's public reply on `ticket`) to `recipients`,
    /// stored now; nullopt when the group has ratings off or the ticket's customer (a customer
    /// account) is not among the recipients.
    static std::optional<RatingLinkLine> forReply(db::Tx &tx, const MailSettings &settings,
                                                  const protocol::Ticket &ticket, const protocol::Article &article,
                                                  const std::vector<std::string> &recipients);
    /// Mails "how did we do?" to the customer of `ticket`, which an agent just solved, unless the
    /// group has ratings off, the customer is not a customer account with an address, or the
    /// ticket was asked before. True when it was queued.
    static bool requestAfterSolved(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket);

    /// What `token` comes to now, for its page.
    static RatingLinkState state(db::Tx &tx, const std::string &token);
    /// Rates with a usable `token`: `score` 1–5 and an optional comment, as the customer it was
    /// mailed to (source mail_link), replacing the rating of its reply (or of the ticket as a
    /// whole); the state afterwards (Unknown or Expired: nothing was stored). Throws ApiError(ValidationFailed) for a
    /// bad score or comment.
    static RatingLinkState rate(db::Tx &tx, const std::string &token, int score,
                                const std::optional<std::string> &comment);
};

} // namespace helpdesk::domain
