#include "mail/MailParser.h"

#include "mail/AddressReader.h"
#include "mail/AutomaticMail.h"
#include "mail/GMimeSupport.h"
#include "mail/HeaderBlock.h"
#include "mail/HeaderCharsets.h"
#include "mail/HeaderText.h"
#include "mail/MailPreflight.h"
#include "mail/MessageParts.h"
#include "mail/SenderFallback.h"

#include <algorithm>
#include <memory>

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

/// The raw values of the fields read here, as written (8-bit bytes and encoded words intact).
struct RawFields {
    std::vector<std::string_view> from, to, cc, replyTo, sender;
    std::vector<std::string_view> subject, returnPath;
};

/// The fields whose raw values are collected, and where.
const std::pair<const char *, std::vector<std::string_view> RawFields::*> kReadFields[] = {
    {"From", &RawFields::from},
    {"To", &RawFields::to},
    {"Cc", &RawFields::cc},
    {"Reply-To", &RawFields::replyTo},
    {"Sender", &RawFields::sender},
    {"Subject", &RawFields::subject},
    {"Return-Path", &RawFields::returnPath}};

/// One pass over the top-level fields: the raw values read below, X-Loop, and the
/// Authentication-Results our own MTA prepended.
RawFields fieldsOf(GMimeObject *object, ParsedMail &mail)
{
    RawFields fields;
    GMimeHeaderList *headers = g_mime_object_get_header_list(object);
    // Only the run of Authentication-Results closest to the top can be our own MTA's (it prepends
    // them); any further down came with the message, from whoever wrote it.
    enum { BeforeRun, InRun, AfterRun } authRun = BeforeRun;
    for (int i = 0; headers && i < g_mime_header_list_get_count(headers); ++i) {
        GMimeHeader *h = g_mime_header_list_get_header_at(headers, i);
        const char *name = g_mime_header_get_name(h);
        const char *raw = g_mime_header_get_raw_value(h);
        if (!name || !raw)
            continue;
        auto is = [name](const char *field) { return g_ascii_strcasecmp(name, field) == 0; };
        auto read = std::find_if(std::begin(kReadFields), std::end(kReadFields),
                                 [&](const auto &field) { return is(field.first); });
        if (read != std::end(kReadFields))
            (fields.*(read->second)).emplace_back(raw);
        else if (is("X-Loop"))
            mail.xLoop.push_back(trim(ensureUtf8(g_mime_header_get_value(h))));
        if (is("Authentication-Results") && authRun != AfterRun) {
            authRun = InRun;
            if (mail.authenticationResults.size() < kMaxAuthenticationResults)
                mail.authenticationResults.push_back(ensureUtf8(raw));
        } else if (authRun == InRun) {
            authRun = AfterRun;
        }
    }
    if (!fields.returnPath.empty())
        mail.returnPath = trim(ensureUtf8(HeaderText::unfold(fields.returnPath.front())));
    return fields;
}

/// mail.from: From, or the first fallback with an address (SenderFallback).
void readSender(AddressReader &addresses, const RawFields &fields, const HeaderBlockStart &block,
                const MailLimits &limits, ParsedMail &mail)
{
    SenderCandidates candidates;
    candidates.fromHeaderPresent = !fields.from.empty();
    candidates.from = addresses.read(fields.from, "From");
    if (candidates.from.empty()) {
        candidates.fromName = addresses.nameWithoutAddress(fields.from);
        candidates.replyTo = mail.replyTo;
        candidates.sender = addresses.read(fields.sender, "Sender");
        auto returnPath = addresses.read(fields.returnPath, "Return-Path");
        if (!returnPath.empty())
            candidates.returnPath = returnPath.front().address;
        if (AddressReader::isUsable(block.mboxSender, limits))
            candidates.mboxSender = ensureUtf8(block.mboxSender);
    }
    auto decision = SenderFallback::decide(candidates);
    mail.from = std::move(decision.from);
    mail.explain("from", decision.rule);
}

/// Records which header a list came from.
void explainList(ParsedMail &mail, const char *field, const std::string &header,
                 const std::vector<std::string_view> &raw, const std::vector<MailAddress> &read)
{
    if (raw.empty())
        mail.explain(field, "no " + header + " header");
    else if (read.empty())
        mail.explain(field, header + " header: no usable address (a group or an empty list)");
    else
        mail.explain(field, header + " header");
}

/// mail.subject: the Subject GMime decoded, on one line, within the limit.
void readSubject(GMimeMessage *message, const RawFields &fields, const MailLimits &limits, ParsedMail &mail)
{
    const char *subject = g_mime_message_get_subject(message);
    if (fields.subject.empty() || !subject) {
        mail.explain("subject", "no Subject header");
        return;
    }
    // GMime decoded it once already (a hostile subject costs it time in proportion): not again.
    auto decoded = HeaderText::oneLine(fields.subject.front(), ensureUtf8(subject));
    mail.subject = std::move(decoded.text);
    std::string rule = "Subject header";
    if (decoded.hadEncodedWords)
        rule += ", encoded words decoded";
    if (decoded.hadLineBreaks)
        rule += ", encoded line breaks read as spaces";
    mail.explain("subject", rule);
    if (mail.subject.size() > limits.maxSubjectBytes) {
        mail.note("the subject has " + std::to_string(mail.subject.size()) + " bytes; only the first " +
                  std::to_string(limits.maxSubjectBytes) + " were kept");
        mail.subject = std::string(utf8Prefix(mail.subject, limits.maxSubjectBytes));
    }
}
} // namespace

ParsedMail MailParser::parse(const std::string &raw)
{
    ensureGMime();
    if (raw.find_first_not_of(" \t\r\n") == std::string::npos)
        throw MailParseError("the message is empty");
    auto block = HeaderBlock::locate(raw);
    if (!block)
        throw MailParseError("not a mail message: no header block could be found");
    // What stands before the header block is not read (the pipeline keeps the raw message whole).
    const std::string fromBlock = block->offset > 0 ? raw.substr(block->offset) : std::string();
    const std::string &headed = block->offset > 0 ? fromBlock : raw;
    const MailLimits limits;
    auto preflight = MailPreflight::check(headed, limits);
    const std::string &readable = preflight.reduced ? *preflight.reduced : headed;
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(readable.data(), readable.size()));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    // Kept until the end: header text is decoded with the same fallback charsets as the parser's.
    std::unique_ptr<GMimeParserOptions, void (*)(GMimeParserOptions *)> ownedOptions(g_mime_parser_options_new(),
                                                                                     g_mime_parser_options_free);
    GMimeParserOptions *options = ownedOptions.get();
    const char *fallback[] = {"UTF-8", "WINDOWS-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(options, fallback);
    g_mime_parser_options_set_rfc2047_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_address_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options));
    if (!message)
        throw MailParseError("not a mail message: no header block could be read");
    auto *object = GMIME_OBJECT(message.get());
    if (!g_mime_object_get_header(object, "From") && !g_mime_object_get_header(object, "Subject") &&
        !g_mime_object_get_header(object, "Message-ID") && !g_mime_object_get_header(object, "Date"))
        throw MailParseError("not a mail message: it has none of From, Subject, Message-ID or Date");

    ParsedMail mail;
    mail.explanation.reserve(16);
    mail.limitNotes = preflight.notes;
    mail.explain("header_block", block->describe());
    HeaderCharsets::repair(message.get(), limits, mail); // before anything reads a field
    auto fields = fieldsOf(object, mail);
    HeaderText text(options);
    AddressReader addresses(limits, text, mail);
    mail.replyTo = addresses.read(fields.replyTo, "Reply-To");
    readSender(addresses, fields, *block, limits, mail);
    mail.to = addresses.read(fields.to, "To");
    explainList(mail, "to", "To", fields.to, mail.to);
    mail.cc = addresses.read(fields.cc, "Cc");
    explainList(mail, "cc", "Cc", fields.cc, mail.cc);
    explainList(mail, "reply_to", "Reply-To", fields.replyTo, mail.replyTo);
    readSubject(message.get(), fields, limits, mail);
    auto date = isoDate(g_mime_message_get_date(message.get()));
    if (!date.empty())
        mail.date = date;
    mail.explain("date", !date.empty() ? "Date header"
                                       : (g_mime_object_get_header(object, "Date") ? "the Date header could not be read"
                                                                                   : "no Date header"));
    if (const char *id = g_mime_message_get_message_id(message.get()))
        mail.messageId = boundedId(mail, ensureUtf8(id), "Message-ID", limits);
    mail.explain("message_id", mail.messageId ? "Message-ID header"
                                              : (g_mime_object_get_header(object, "Message-ID")
                                                     ? "the Message-ID header holds no usable id"
                                                     : "no Message-ID header"));
    auto inReplyTo = headerOf(object, "In-Reply-To");
    if (!inReplyTo.empty()) {
        GMimeReferences *refs = g_mime_references_parse(nullptr, inReplyTo.c_str());
        if (refs && g_mime_references_length(refs) > 0)
            mail.inReplyTo = boundedId(mail, g_mime_references_get_message_id(refs, 0), "In-Reply-To", limits);
        if (refs)
            g_mime_references_free(refs);
    }
    mail.explain("in_reply_to", mail.inReplyTo
                                    ? "the first id of In-Reply-To"
                                    : (inReplyTo.empty() ? "no In-Reply-To header" : "no id in In-Reply-To"));
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
    mail.explain("references", references.empty()
                                   ? std::string("no References header")
                                   : "References header: " + std::to_string(mail.references.size()) + " ids");

    MessageParts::read(message.get(), mail);
    AutomaticMail::detect(object, mail);
    return mail;
}

} // namespace helpdesk::mail
