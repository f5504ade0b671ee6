#pragma once

#include "db/ConnectionPool.h"
#include "db/MailRepository.h"
#include "domain/MailSettings.h"

#include <string>

namespace helpdesk::mail {

/// Builds the MIME message of an outbox row (GMime) and delivers it over SMTP (Poco: plain,
/// STARTTLS or TLS, with AUTH when a user is set). Any thread.
class SmtpSender
{
public:
    /// The bytes that go on the wire for `mail`, attachments of its article included.
    static std::string buildMessage(db::Tx &tx, const db::OutboundMail &mail, const domain::MailSettings &settings);
    /// Delivers raw bytes; throws jobs::PermanentJobError on a 5xx answer, another exception on
    /// anything worth retrying (connection refused, 4xx, timeout).
    static void deliver(const domain::SmtpSettings &smtp, const std::string &envelopeFrom,
                        const std::vector<std::string> &recipients, const std::string &message);
    /// The 'mail.send' job: loads the outbox row and sends it unless it was sent already; records
    /// the outcome. A 5xx answer, or any failure on the `lastAttempt`, ends the mail 'failed' with
    /// the server's last answer, a 'mail.failed' event and a line in its ticket's history: a mail
    /// that gives up says so, it never stays 'pending'.
    static void sendJob(db::ConnectionPool &pool, std::int64_t outboundId, bool lastAttempt = false);
};

} // namespace helpdesk::mail
