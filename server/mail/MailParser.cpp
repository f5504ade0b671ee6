#include "mail/MailParser.h"

#include "mail/AddressReader.h"
#include "mail/AutomaticMail.h"
#include "mail/GMimeSupport.h"
#include "mail/HeaderCharsets.h"
#include "mail/MailPreflight.h"
#include "mail/MessageParts.h"

#include <algorithm>

namespace helpdesk::mail {

namespace {
constexpr std::size_t kMaxAuthenticationResults = 16;

/// A Message-ID within the limit, or nullopt (noted) when it is longer.
std::optional<std::string> boundedId(ParsedMail &mail, const std::string &id, const char *header,
                                     const MailLimits &limits)
{
    if (id.size() <= limits.maxMessageIdBytes)
        return id;
    mail.note(std::string(header) + ": an id of " + std::to_string(id.size()) + " bytes (the limit is " +
              std::to_string(limits.maxMessageIdBytes) + ") was left out");
    return std::nullopt;
}

std::string isoDate(GDateTime *date)
{
    if (!date)
        return {};
    GDateTime *utc = g_date_time_to_utc(date);
    gchar *text = g_date_time_format(utc, "%Y-%m-%dT%H:%M:%SZ");
    std::string out = text ? text : "";
    g_free(text);
    g_date_time_unref(utc);
    return out;
}
} // namespace

ParsedMail MailParser::parse(const std::string &raw)
{
    ensureGMime();
    if (raw.find_first_not_of(" \t\r\n") == std::string::npos)
        throw MailParseError("the message is empty");
    const MailLimits limits;
    auto preflight = MailPreflight::check(raw, limits);
    const std::string &readable = preflight.reduced ? *preflight.reduced : raw;
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(readable.data(), readable.size()));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GMimeParserOptions *options = g_mime_parser_options_new();
    const char *fallback[] = {"UTF-8", "WINDOWS-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(options, fallback);
    g_mime_parser_options_set_rfc2047_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_address_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options));
    g_mime_parser_options_free(options);
    if (!message)
        throw MailParseError("not a mail message: no header block could be read");
    auto *object = GMIME_OBJECT(message.get());
    if (!g_mime_object_get_header(object, "From") && !g_mime_object_get_header(object, "Subject") &&
        !g_mime_object_get_header(object, "Message-ID") && !g_mime_object_get_header(object, "Date"))
        throw MailParseError("not a mail message: it has none of From, Subject, Message-ID or Date");

    ParsedMail mail;
    mail.limitNotes = preflight.notes;
    HeaderCharsets::repair(message.get(), limits, mail); // before anything reads a field
    AddressReader addresses(limits, mail);
    auto from = addresses.read(g_mime_message_get_from(message.get()), "From");
    if (!from.empty())
        mail.from = from.front();
    mail.to = addresses.read(g_mime_message_get_to(message.get()), "To");
    mail.cc = addresses.read(g_mime_message_get_cc(message.get()), "Cc");
    mail.replyTo = addresses.read(g_mime_message_get_reply_to(message.get()), "Reply-To");
    const char *subject = g_mime_message_get_subject(message.get());
    mail.subject = subject ? ensureUtf8(subject) : std::string();
    if (mail.subject.size() > limits.maxSubjectBytes) {
        mail.note("the subject has " + std::to_string(mail.subject.size()) + " bytes; only the first " +
                  std::to_string(limits.maxSubjectBytes) + " were kept");
        mail.subject = std::string(utf8Prefix(mail.subject, limits.maxSubjectBytes));
    }
    auto date = isoDate(g_mime_message_get_date(message.get()));
    if (!date.empty())
        mail.date = date;
    if (const char *id = g_mime_message_get_message_id(message.get()))
        mail.messageId = boundedId(mail, ensureUtf8(id), "Message-ID", limits);
    auto inReplyTo = headerOf(object, "In-Reply-To");
    if (!inReplyTo.empty()) {
        GMimeReferences *refs = g_mime_references_parse(nullptr, inReplyTo.c_str());
        if (refs && g_mime_references_length(refs) > 0)
            mail.inReplyTo = boundedId(mail, g_mime_references_get_message_id(refs, 0), "In-Reply-To", limits);
        if (refs)
            g_mime_references_free(refs);
    }
    auto references = headerOf(object, "References");
    if (!references.empty()) {
        GMimeReferences *refs = g_mime_references_parse(nullptr, references.c_str());
        int count = refs ? g_mime_references_length(refs) : 0;
        // The last ids are the nearest ancestors; older ones add nothing to threading.
        int first = std::max(0, count - static_cast<int>(limits.maxReferences));
        if (first > 0)
            mail.note("References: only the last " + std::to_string(limits.maxReferences) + " of " +
                      std::to_string(count) + " ids were read");
        for (int i = first; i < count; ++i)
            if (auto id = boundedId(mail, g_mime_references_get_message_id(refs, i), "References", limits))
                mail.references.push_back(*id);
        if (refs)
            g_mime_references_free(refs);
    }
    mail.returnPath = trim(headerOf(object, "Return-Path"));
    GMimeHeaderList *headers = g_mime_object_get_header_list(object);
    // Only the run of Authentication-Results closest to the top can be our own MTA's (it prepends
    // them); any further down came with the message, from whoever wrote it.
    enum { BeforeRun, InRun, AfterRun } authRun = BeforeRun;
    for (int i = 0; headers && i < g_mime_header_list_get_count(headers); ++i) {
        GMimeHeader *h = g_mime_header_list_get_header_at(headers, i);
        auto name = lower(g_mime_header_get_name(h));
        if (name == "x-loop")
            mail.xLoop.push_back(trim(ensureUtf8(g_mime_header_get_value(h))));
        if (name == "authentication-results" && authRun != AfterRun) {
            authRun = InRun;
            if (mail.authenticationResults.size() < kMaxAuthenticationResults)
                mail.authenticationResults.push_back(ensureUtf8(g_mime_header_get_raw_value(h)));
        } else if (authRun == InRun) {
            authRun = AfterRun;
        }
    }

    MessageParts::read(message.get(), mail);
    AutomaticMail::detect(object, mail);
    return mail;
}

} // namespace helpdesk::mail
