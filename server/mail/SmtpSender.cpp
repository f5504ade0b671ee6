#include "mail/SmtpSender.h"

#include "mail/TlsContext.h"

#include "db/ArticleRepository.h"
#include "db/EventRepository.h"
#include "db/MailDefenceRepository.h"
#include "db/TicketRepository.h"
#include "domain/EmailAddress.h"
#include "domain/ReturnPath.h"
#include "domain/Validation.h"
#include "jobs/JobQueue.h"

#include <gmime/gmime.h>

#include <Poco/Logger.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SMTPClientSession.h>
#include <Poco/Net/SecureSMTPClientSession.h>
#include <Poco/Net/SecureStreamSocket.h>

#include <mutex>
#include <sstream>

namespace helpdesk::mail {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.mail");
}

void ensureGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

/// The addr-spec of one mailbox as the outbox stored it ("a@x.org" or "Name <a@x.org>"), or the
/// text as written when it is not exactly one, for envelopeProblem to refuse.
std::string envelopeAddress(const std::string &mailbox)
{
    auto addresses = domain::EmailAddress::validIn(mailbox);
    return addresses.size() == 1 ? addresses.front() : mailbox;
}

GMimeObject *textPart(const std::string &subtype, const std::string &text)
{
    GMimeTextPart *part = g_mime_text_part_new_with_subtype(subtype.c_str());
    g_mime_text_part_set_text(part, text.c_str());
    g_mime_part_set_content_encoding(GMIME_PART(part), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    return GMIME_OBJECT(part);
}

GMimeObject *attachmentPart(const protocol::AttachmentRef &ref, const std::string &content)
{
    auto slash = ref.contentType.find('/');
    std::string type = slash == std::string::npos ? "application" : ref.contentType.substr(0, slash);
    std::string subtype = slash == std::string::npos ? "octet-stream" : ref.contentType.substr(slash + 1);
    GMimePart *part = g_mime_part_new_with_type(type.c_str(), subtype.c_str());
    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(content.data(), content.size());
    GMimeDataWrapper *wrapper = g_mime_data_wrapper_new_with_stream(stream, GMIME_CONTENT_ENCODING_DEFAULT);
    g_mime_part_set_content(part, wrapper);
    g_object_unref(wrapper);
    g_object_unref(stream);
    g_mime_part_set_filename(part, ref.filename.c_str());
    g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_BASE64);
    if (ref.contentId) {
        g_mime_object_set_content_id(GMIME_OBJECT(part), ref.contentId->c_str());
        g_mime_object_set_disposition(GMIME_OBJECT(part), GMIME_DISPOSITION_INLINE);
    } else {
        g_mime_object_set_disposition(GMIME_OBJECT(part), GMIME_DISPOSITION_ATTACHMENT);
    }
    return GMIME_OBJECT(part);
}

void addAddresses(InternetAddressList *target, const std::string &text)
{
    InternetAddressList *parsed = internet_address_list_parse(nullptr, text.c_str());
    if (parsed) {
        internet_address_list_append(target, parsed);
        g_object_unref(parsed);
    }
}

/// `text` for a log line or a failure reason: control characters shown as escapes, at most 200 bytes.
std::string printable(const std::string &text)
{
    std::string out;
    for (char c : text.substr(0, 200)) {
        if (c == '\r')
            out += "\\r";
        else if (c == '\n')
            out += "\\n";
        else if (static_cast<unsigned char>(c) < 0x20)
            out += "\\x" + std::string(1, "0123456789abcdef"[(c >> 4) & 0xF]) + "0123456789abcdef"[c & 0xF];
        else
            out += c;
    }
    return out;
}

/// Why the envelope cannot go into MAIL FROM and RCPT TO, or "" when it can: addr-specs only, so
/// nothing in them can end the command and start another.
std::string envelopeProblem(const std::string &from, const std::vector<std::string> &recipients)
{
    if (!from.empty() && !domain::EmailAddress::isAddrSpec(from))
        return "the sender \"" + printable(from) + "\" is not an e-mail address";
    if (recipients.empty())
        return "the mail has no recipient";
    for (const auto &recipient : recipients)
        if (!domain::EmailAddress::isAddrSpec(recipient))
            return "the recipient \"" + printable(recipient) + "\" is not an e-mail address";
    return {};
}

/// Why a header of `mail` would not stay on its line, or "" when every one does.
std::string headerProblem(const db::OutboundMail &mail)
{
    const std::vector<std::pair<std::string, std::string>> fields{
        {"From", mail.mailFrom},         {"Subject", mail.subject},
        {"Message-ID", mail.messageId},  {"In-Reply-To", mail.inReplyTo.value_or("")},
        {"References", mail.references}, {"Auto-Submitted", mail.autoSubmitted.value_or("")}};
    for (const auto &[name, value] : fields)
        if (!domain::isHeaderSafe(value))
            return "its " + name + " header holds a line break or NUL character: \"" + printable(value) + "\"";
    for (const auto *list : {&mail.recipients, &mail.cc})
        for (const auto &address : *list)
            if (!domain::isHeaderSafe(address))
                return "an address holds a line break or NUL character: \"" + printable(address) + "\"";
    return {};
}

/// SMTP answers 5xx mean the mail will never go through as it is.
bool permanent(const Poco::Exception &e)
{
    return e.code() >= 500 && e.code() < 600;
}
} // namespace

std::string SmtpSender::buildMessage(db::Tx &tx, const db::OutboundMail &mail, const domain::MailSettings &settings)
{
    ensureGMime();
    GMimeMessage *message = g_mime_message_new(TRUE);
    addAddresses(g_mime_message_get_from(message), mail.mailFrom);
    for (const auto &to : mail.recipients)
        addAddresses(g_mime_message_get_to(message), to);
    for (const auto &cc : mail.cc)
        addAddresses(g_mime_message_get_cc(message), cc);
    g_mime_message_set_subject(message, mail.subject.c_str(), "utf-8");
    g_mime_message_set_message_id(message, mail.messageId.c_str());
    GDateTime *now = g_date_time_new_now_utc();
    g_mime_message_set_date(message, now);
    g_date_time_unref(now);
    auto *object = GMIME_OBJECT(message);
    if (mail.inReplyTo)
        g_mime_object_set_header(object, "In-Reply-To", ("<" + *mail.inReplyTo + ">").c_str(), nullptr);
    if (!mail.references.empty())
        g_mime_object_set_header(object, "References", mail.references.c_str(), nullptr);
    if (mail.autoSubmitted) {
        // RFC 3834: mark automatic mail so other robots do not answer it, and name ourselves.
        g_mime_object_set_header(object, "Auto-Submitted", mail.autoSubmitted->c_str(), nullptr);
        g_mime_object_set_header(object, "X-Auto-Response-Suppress", "All", nullptr);
        g_mime_object_set_header(object, "Precedence", "bulk", nullptr);
    }
    g_mime_object_set_header(object, "X-Loop", settings.systemAddress.c_str(), nullptr);

    GMimeObject *body = textPart("plain", mail.bodyText);
    if (mail.bodyHtml) {
        GMimeMultipart *alternative = g_mime_multipart_new_with_subtype("alternative");
        g_mime_multipart_add(alternative, body);
        g_object_unref(body);
        GMimeObject *html = textPart("html", *mail.bodyHtml);
        g_mime_multipart_add(alternative, html);
        g_object_unref(html);
        body = GMIME_OBJECT(alternative);
    }
    std::vector<protocol::AttachmentRef> attachments;
    if (mail.articleId && mail.ticketId) {
        for (const auto &a : db::ArticleRepository::list(tx, *mail.ticketId, true))
            if (a.id == *mail.articleId)
                attachments = a.attachments;
    }
    if (!attachments.empty()) {
        GMimeMultipart *mixed = g_mime_multipart_new_with_subtype("mixed");
        g_mime_multipart_add(mixed, body);
        g_object_unref(body);
        for (const auto &ref : attachments) {
            auto content = db::ArticleRepository::blobContent(tx, ref.sha256).value_or("");
            GMimeObject *part = attachmentPart(ref, content);
            g_mime_multipart_add(mixed, part);
            g_object_unref(part);
        }
        body = GMIME_OBJECT(mixed);
    }
    g_mime_message_set_mime_part(message, body);
    g_object_unref(body);
    GMimeFormatOptions *format = g_mime_format_options_clone(nullptr);
    g_mime_format_options_set_newline_format(format, GMIME_NEWLINE_FORMAT_DOS);
    char *text = g_mime_object_to_string(object, format);
    std::string out = text ? text : "";
    g_free(text);
    g_mime_format_options_free(format);
    g_object_unref(message);
    return out;
}

void SmtpSender::deliver(const domain::SmtpSettings &smtp, const std::string &envelopeFrom,
                         const std::vector<std::string> &recipients, const std::string &message)
{
    // The last line before the SMTP dialogue, whoever calls.
    if (auto problem = envelopeProblem(envelopeFrom, recipients); !problem.empty())
        throw Poco::InvalidArgumentException("not sent: " + problem);
    std::unique_ptr<Poco::Net::SMTPClientSession> session;
    auto port = static_cast<Poco::UInt16>(smtp.port);
    auto context = tls::clientContext(smtp.tlsVerify);
    if (smtp.security == "tls") {
        Poco::Net::SecureStreamSocket socket(Poco::Net::SocketAddress(smtp.host, port), smtp.host, context);
        session = std::make_unique<Poco::Net::SMTPClientSession>(socket);
    } else if (smtp.security == "starttls") {
        session = std::make_unique<Poco::Net::SecureSMTPClientSession>(smtp.host, port);
    } else {
        session = std::make_unique<Poco::Net::SMTPClientSession>(smtp.host, port);
    }
    session->setTimeout(Poco::Timespan(smtp.timeoutSeconds, 0));
    try {
        session->login();
        if (smtp.security == "starttls") {
            auto *secure = static_cast<Poco::Net::SecureSMTPClientSession *>(session.get());
            if (!secure->startTLS(context))
                throw Poco::Net::SMTPException("the server does not offer STARTTLS");
            session->login();
        }
        if (!smtp.username.empty())
            session->login(Poco::Net::SMTPClientSession::AUTH_LOGIN, smtp.username, smtp.password);
        session->sendAddresses(envelopeFrom, recipients);
        session->sendData();
        std::istringstream in(message);
        session->sendMessage(in);
        session->close();
    } catch (...) {
        try {
            session->close();
        } catch (...) {
        }
        throw;
    }
}

void SmtpSender::sendJob(db::ConnectionPool &pool, std::int64_t outboundId, bool lastAttempt)
{
    std::optional<db::OutboundMail> mail;
    std::string message;
    domain::MailSettings settings;
    // 'failed' is sent again: only an admin's retry of the job runs it once more.
    auto unsent = [&] { return mail && mail->state != "sent"; };
    pool.read([&](db::Tx &tx) {
        mail = db::MailRepository::outbound(tx, outboundId);
        if (!unsent())
            return; // sent already, or removed: nothing twice
        settings = domain::MailSettings::load(tx);
        message = buildMessage(tx, *mail, settings);
    });
    if (!unsent())
        return;
    std::vector<std::string> recipients;
    for (const auto &r : mail->recipients)
        recipients.push_back(envelopeAddress(r));
    for (const auto &r : mail->cc)
        recipients.push_back(envelopeAddress(r));
    // Automatic mail goes out with a null envelope sender so bounces of it cannot loop; other mail
    // with a signed return path (VERP) naming it, so a bounce says which mail failed.
    std::string envelopeFrom = mail->autoSubmitted ? std::string() : envelopeAddress(mail->mailFrom);
    if (!envelopeFrom.empty())
        if (auto verp = domain::returnpath::make(settings, mail->id, envelopeFrom); !verp.empty())
            envelopeFrom = verp;
    // Records a failed attempt; returns whether the mail has given up (and is now 'failed').
    auto recordFailure = [&](const std::string &answer, bool isPermanent) {
        bool givingUp = isPermanent || lastAttempt;
        std::string error = isPermanent || !givingUp ? answer
                                                     : "gave up after " + std::to_string(mail->attempts + 1) +
                                                           " attempts; the last answer: " + answer;
        pool.write([&](db::Tx &tx) {
            db::MailRepository::markOutbound(tx, outboundId, givingUp ? "failed" : "pending", error);
            if (!givingUp || !mail->ticketId)
                return;
            db::NewEvent event;
            event.kind = "mail.failed";
            event.ticketId = mail->ticketId;
            event.internal = true;
            event.audience = db::Audience::Staff;
            event.data = protocol::newObject();
            event.data->set("outbound_id", outboundId);
            protocol::setOptional(event.data, "article_id", mail->articleId);
            event.data->set("error", error);
            db::EventRepository::append(tx, event);
            std::string to;
            for (const auto &r : recipients)
                to += (to.empty() ? "" : ", ") + printable(r);
            db::TicketRepository::addHistory(tx, *mail->ticketId, std::nullopt, "mail.failed", std::nullopt,
                                             "to " + to + ": " + error);
        });
        logger().warning("mail %s to %s%s: %s", mail->messageId,
                         recipients.empty() ? std::string() : printable(recipients.front()),
                         std::string(givingUp ? " failed for good" : ""), error);
        if (givingUp)
            throw jobs::PermanentJobError(error);
    };
    // Nothing that could end a header or an SMTP command early goes on the wire: such a mail fails
    // at once, saying why, instead of being retried for a day.
    auto refusal = envelopeProblem(envelopeFrom, recipients);
    if (refusal.empty())
        refusal = headerProblem(*mail);
    if (!refusal.empty())
        recordFailure("not sent: " + refusal, true);
    try {
        deliver(settings.smtp, envelopeFrom, recipients, message);
    } catch (const Poco::Exception &e) {
        recordFailure(e.displayText(), permanent(e)); // displayText: the server's answer, not the class name
        throw;
    } catch (const std::exception &e) {
        recordFailure(e.what(), false);
        throw;
    }
    pool.write([&](db::Tx &tx) {
        db::MailRepository::markOutbound(tx, outboundId, "sent", std::nullopt);
        // The server took mail for these addresses: an address a bounce marked failing has recovered.
        for (const auto &r : recipients)
            if (db::MailDefenceRepository::clearAddressFailing(tx, r))
                logger().information("%s is no longer marked failing: mail %s to it was accepted", printable(r),
                                     mail->messageId);
    });
    logger().information("sent %s mail %s to %d recipients", mail->kind, mail->messageId,
                         static_cast<int>(recipients.size()));
}

} // namespace helpdesk::mail
