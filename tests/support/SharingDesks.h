#pragma once

#include "support/Desk.h"

#include <cstdint>
#include <string>

namespace helpdesk::test {

/// What the sharing tests do with two real desks, as their admins and agents would (through the
/// API), plus the few looks into a desk's database a test needs to check what arrived.
namespace sharing {

/// The API path of a ticket, or of something below it (`rest`: "/articles").
std::string ticketPath(std::int64_t ticketId, const std::string &rest = {});
/// Sets the desk's public URL (its sharing base is `{url}/sharing`); false when refused.
bool setPublicUrl(Desk &desk, const std::string &url);
/// `from` invites the desk at `receiverUrl` (`to`'s sharing base) under `terms` (JSON of the
/// agreement's flags); `to` accepts into its group Alpha unless `accept` is false. Returns the
/// agreement's id on `from`; 0 when it never arrived or never became accepted.
std::int64_t agreement(Desk &from, Desk &to, const std::string &receiverUrl, const std::string &terms,
                       bool accept = true);
/// The agreement's id on the partner desk (matched by uuid); -1 when it has none.
std::int64_t idOnPartner(Desk &desk, std::int64_t agreementId, Desk &partner);
/// The X-Ticket-Sharing-Token of an agreement (uuid:access_key) as `desk` stores it.
std::string wireToken(Desk &desk, std::int64_t agreementId);
/// The local copy on `desk` of the ticket shared as `uuid`; 0 while there is none.
std::int64_t copyOf(Desk &desk, const std::string &uuid);
/// Shares the desk's ticket under an agreement as alphaFull; returns the share's wire uuid ("" when refused).
std::string share(Desk &desk, std::int64_t ticketId, std::int64_t agreementId);
/// How many articles of a ticket contain `text` (and are internal when `internal` says so).
int articlesWith(Desk &desk, std::int64_t ticketId, const std::string &text, int internal = -1);
/// How many articles of the whole desk contain `text`.
long long articlesOnDesk(Desk &desk, const std::string &text);
/// The ticket's first share as GET …/shares lists it (nullptr without one).
protocol::JsonObject shareOf(Desk &desk, std::int64_t ticketId);
/// Waits until nothing is left to send on either desk (outboxes and their jobs).
bool outboxesDrained(Desk &a, Desk &b);
/// Makes every pending delivery and file fetch of the desk due now rather than after its backoff.
void retryNow(Desk &desk);

} // namespace sharing
} // namespace helpdesk::test
