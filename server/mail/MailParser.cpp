#include "mail/MailParser.h"

#include "db/ContentHash.h"
#include "domain/HtmlSanitizer.h"
#include "mail/HtmlText.h"
#include "mail/MailPreflight.h"

#include <gmime/gmime.h>
#include <re2/re2.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>

namespace helpdesk::mail {

namespace {
void ensureGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

template <typename T> struct GObjectDeleter {
    void operator()(T *p) const
    {
        if (p)
            g_object_unref(p);
    }
};
template <typename T> using GPtr = std::unique_ptr<T, GObjectDeleter<T>>;

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string trim(const std::string &s)
{
    auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

/// Makes any bytes valid UTF-8: valid input stays, anything else is read as windows-1252
/// (what mislabelled Western mail almost always is).
std::string ensureUtf8(const std::string &bytes)
{
    if (g_utf8_validate(bytes.data(), static_cast<gssize>(bytes.size()), nullptr))
        return bytes;
    gsize written = 0;
    gchar *converted = g_convert_with_fallback(bytes.data(), static_cast<gssize>(bytes.size()), "UTF-8", "WINDOWS-1252",
                                               "?", nullptr, &written, nullptr);
    if (!converted)
        converted = g_convert_with_fallback(bytes.data(), static_cast<gssize>(bytes.size()), "UTF-8", "ISO-8859-1", "?",
                                            nullptr, &written, nullptr);
    std::string out = converted ? std::string(converted, written) : std::string();
    g_free(converted);
    return out;
}

std::string headerOf(GMimeObject *object, const char *name)
{
    const char *value = g_mime_object_get_header(object, name);
    return value ? ensureUtf8(value) : std::string();
}

/// Adds a sentence to what the message was read without (once each).
void noteLimit(ParsedMail &mail, const std::string &text)
{
    if (std::find(mail.limitNotes.begin(), mail.limitNotes.end(), text) == mail.limitNotes.end())
        mail.limitNotes.push_back(text);
}

/// The mailboxes of one address header (groups flattened), held to the limits on their number
/// and size; what was left out is noted.
class AddressReader
{
public:
    AddressReader(const MailLimits &limits, ParsedMail &mail) : m_limits(limits), m_mail(mail) {}

    std::vector<MailAddress> read(InternetAddressList *list, const std::string &header)
    {
        std::vector<MailAddress> out;
        std::size_t seen = 0, tooLong = 0;
        bool shortenedName = false;
        collect(list, out, seen, tooLong, shortenedName, 0);
        if (seen > m_limits.maxRecipients)
            noteLimit(m_mail, header + ": only the first " + std::to_string(m_limits.maxRecipients) + " of " +
                                  std::to_string(seen) + " addresses were read");
        if (tooLong > 0)
            noteLimit(m_mail, header + ": " + std::to_string(tooLong) + " address(es) longer than " +
                                  std::to_string(m_limits.maxAddressBytes) + " bytes were left out");
        if (shortenedName)
            noteLimit(m_mail, header + ": display names longer than " + std::to_string(m_limits.maxDisplayNameBytes) +
                                  " bytes were shortened");
        return out;
    }

private:
    void collect(InternetAddressList *list, std::vector<MailAddress> &out, std::size_t &seen, std::size_t &tooLong,
                 bool &shortenedName, int depth)
    {
        if (!list)
            return;
        int n = internet_address_list_length(list);
        for (int i = 0; i < n; ++i) {
            InternetAddress *address = internet_address_list_get_address(list, i);
            if (INTERNET_ADDRESS_IS_GROUP(address)) {
                if (depth == 0) // RFC 5322 groups hold mailboxes only
                    collect(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)), out, seen, tooLong,
                            shortenedName, depth + 1);
                continue;
            }
            if (!INTERNET_ADDRESS_IS_MAILBOX(address))
                continue;
            const char *addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address));
            if (!addr || !*addr)
                continue;
            if (std::strlen(addr) > m_limits.maxAddressBytes) {
                ++tooLong;
                continue;
            }
            if (++seen > m_limits.maxRecipients)
                continue;
            MailAddress a;
            const char *name = internet_address_get_name(address);
            a.name = name ? ensureUtf8(name) : std::string();
            if (a.name.size() > m_limits.maxDisplayNameBytes) {
                a.name = std::string(utf8Prefix(a.name, m_limits.maxDisplayNameBytes));
                shortenedName = true;
            }
            a.address = lower(ensureUtf8(addr));
            out.push_back(std::move(a));
        }
    }

    const MailLimits &m_limits;
    ParsedMail &m_mail;
};

/// A Message-ID within the limit, or nullopt (noted) when it is longer.
std::optional<std::string> boundedId(ParsedMail &mail, const std::string &id, const char *header,
                                     const MailLimits &limits)
{
    if (id.size() <= limits.maxMessageIdBytes)
        return id;
    noteLimit(mail, std::string(header) + ": an id of " + std::to_string(id.size()) + " bytes (the limit is " +
                        std::to_string(limits.maxMessageIdBytes) + ") was left out");
    return std::nullopt;
}

std::string bytesOf(GMimeDataWrapper *content)
{
    if (!content)
        return {};
    GPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, stream.get());
    GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    return std::string(reinterpret_cast<const char *>(array->data), array->len);
}

std::string unixNewlines(std::string text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i)
        if (!(text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n'))
            out += text[i];
    return out;
}

std::string decodedText(GMimePart *part);

/// Decoded text of a text part in UTF-8 with \n line ends, whatever its declared charset.
std::string textOf(GMimePart *part)
{
    return unixNewlines(decodedText(part));
}

std::string decodedText(GMimePart *part)
{
    std::string raw = bytesOf(g_mime_part_get_content(part));
    const char *charset = g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset");
    if (charset && *charset) {
        const char *canonical = g_mime_charset_iconv_name(charset);
        gsize written = 0;
        GError *error = nullptr;
        gchar *converted =
            g_convert(raw.data(), static_cast<gssize>(raw.size()), "UTF-8", canonical, nullptr, &written, &error);
        if (converted && !error) {
            std::string out(converted, written);
            g_free(converted);
            return ensureUtf8(out);
        }
        g_free(converted);
        if (error)
            g_error_free(error);
    }
    return ensureUtf8(raw); // unknown or lying charset
}

std::string messageBytes(GMimeMessage *message)
{
    GPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(GMIME_OBJECT(message), nullptr, stream.get());
    GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    return std::string(reinterpret_cast<const char *>(array->data), array->len);
}

std::string stripAngles(std::string id)
{
    id = trim(id);
    if (id.size() >= 2 && id.front() == '<' && id.back() == '>')
        id = id.substr(1, id.size() - 2);
    return id;
}

struct Walk {
    ParsedMail *mail;
    std::string text;
    std::string html;
    bool haveText = false;
    bool haveHtml = false;
    std::string deliveryStatus;
    std::string reportedHeaders;
    bool isReport = false;
};

void addAttachment(Walk &walk, const std::string &filename, const std::string &contentType, std::string content,
                   const char *contentId, bool isInline)
{
    MailAttachment a;
    a.filename = filename.empty() ? "attachment" : filename;
    a.contentType = contentType;
    a.content = std::move(content);
    a.sha256 = db::ContentHash::sha256Hex(a.content);
    if (contentId && *contentId)
        a.contentId = stripAngles(contentId);
    a.isInline = isInline;
    walk.mail->attachments.push_back(std::move(a));
}

void visit(GMimeObject *parent, GMimeObject *part, gpointer data)
{
    auto &walk = *static_cast<Walk *>(data);
    GMimeContentType *type = g_mime_object_get_content_type(part);
    std::string mimeType = type ? lower(std::string(g_mime_content_type_get_media_type(type)) + "/" +
                                        g_mime_content_type_get_media_subtype(type))
                                : "text/plain";
    if (GMIME_IS_MULTIPART(part))
        return;
    if (GMIME_IS_MESSAGE_PART(part)) {
        // A forwarded message (or a bounce's returned original) travels as a file.
        GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(part));
        if (!inner)
            return;
        if (walk.isReport && walk.reportedHeaders.empty())
            walk.reportedHeaders = headerOf(GMIME_OBJECT(inner), "Message-ID");
        const char *subject = g_mime_message_get_subject(inner);
        std::string name = subject && *subject ? ensureUtf8(subject) : std::string("forwarded message");
        for (char &c : name)
            if (c == '/' || c == '\\' || c == ':')
                c = '_';
        addAttachment(walk, name + ".eml", "message/rfc822", messageBytes(inner), nullptr, false);
        return;
    }
    if (!GMIME_IS_PART(part))
        return;
    auto *leaf = GMIME_PART(part);
    const char *disposition = g_mime_object_get_disposition(part);
    bool attachmentDisposition = disposition && lower(disposition) == "attachment";
    const char *filenameRaw = g_mime_part_get_filename(leaf);
    std::string filename = filenameRaw ? ensureUtf8(filenameRaw) : std::string();
    const char *contentId = g_mime_object_get_content_id(part);

    if (mimeType == "message/delivery-status") {
        walk.deliveryStatus = bytesOf(g_mime_part_get_content(leaf));
        return;
    }
    if (mimeType == "text/rfc822-headers" && walk.isReport) {
        auto headers = bytesOf(g_mime_part_get_content(leaf));
        auto pos = lower(headers).find("message-id:");
        if (pos != std::string::npos) {
            auto end = headers.find('\n', pos);
            walk.reportedHeaders = trim(headers.substr(pos + 11, end - pos - 11));
        }
        return;
    }
    if (!attachmentDisposition && filename.empty()) {
        if (mimeType == "text/plain" && !walk.haveText) {
            walk.text = textOf(leaf);
            walk.haveText = true;
            return;
        }
        if (mimeType == "text/html" && !walk.haveHtml) {
            walk.html = textOf(leaf);
            walk.haveHtml = true;
            return;
        }
    }
    bool isInline = contentId && *contentId && !attachmentDisposition;
    if (filename.empty() && mimeType.rfind("image/", 0) == 0)
        filename = "image." + mimeType.substr(6);
    addAttachment(walk, filename, mimeType, bytesOf(g_mime_part_get_content(leaf)), contentId, isInline);
}

constexpr std::size_t kMaxAuthenticationResults = 16;

/// The subjects out-of-office responders write in the desk's languages (en, de, fr, it, pl, ru).
bool isOutOfOfficeSubject(const std::string &subject)
{
    // RE2: linear time on a stranger's subject.
    static const RE2 pattern(
        R"((?i)^\s*(out of (the )?office|automatic reply|auto(matic)?[ -]?(reply|response)|autoreply|)"
        R"(abwesenheitsnotiz|automatische antwort|r[ée]ponse automatique|absence du bureau|risposta automatica|)"
        R"(fuori ufficio|odpowied[źz] automatyczna|nieobecno[śs][ćc]|автоответ|автоматический ответ|вне офиса))");
    return RE2::PartialMatch(subject, pattern);
}

void detectAutomatic(GMimeObject *headers, ParsedMail &mail)
{
    auto flag = [&](const std::string &reason) {
        if (!mail.autoGenerated) {
            mail.autoGenerated = true;
            mail.autoGeneratedReason = reason;
        }
    };
    auto autoSubmitted = lower(trim(headerOf(headers, "Auto-Submitted")));
    auto precedence = lower(trim(headerOf(headers, "Precedence")));
    // Out-of-office and other answers to a message (RFC 3834 and what common responders send).
    auto answer = [&](const std::string &reason) {
        flag(reason);
        mail.autoReply = true;
    };
    if (autoSubmitted.rfind("auto-replied", 0) == 0)
        answer("Auto-Submitted: " + autoSubmitted);
    else if (!headerOf(headers, "X-Autoreply").empty() || !headerOf(headers, "X-Autorespond").empty())
        answer("X-Autoreply");
    else if (precedence == "auto_reply")
        answer("Precedence: auto_reply");
    else if (isOutOfOfficeSubject(mail.subject))
        answer("out-of-office subject");
    if (!autoSubmitted.empty() && autoSubmitted != "no")
        flag("Auto-Submitted: " + autoSubmitted);
    if (precedence == "bulk" || precedence == "junk" || precedence == "list")
        flag("Precedence: " + precedence);
    if (!headerOf(headers, "List-Id").empty())
        flag("List-Id");
    if (!headerOf(headers, "List-Unsubscribe").empty())
        flag("List-Unsubscribe");
    if (!headerOf(headers, "X-Auto-Response-Suppress").empty())
        flag("X-Auto-Response-Suppress");
    if (!mail.xLoop.empty())
        flag("X-Loop: " + mail.xLoop.front());
    if (mail.returnPath == "<>")
        flag("empty Return-Path");
    if (mail.from) {
        auto local = mail.from->address.substr(0, mail.from->address.find('@'));
        if (local == "mailer-daemon" || local == "postmaster")
            flag("sender " + local);
    }
    if (mail.bounce)
        flag("delivery status notification");
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
        noteLimit(mail, "the subject has " + std::to_string(mail.subject.size()) + " bytes; only the first " +
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
            noteLimit(mail, "References: only the last " + std::to_string(limits.maxReferences) + " of " +
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

    Walk walk;
    walk.mail = &mail;
    GMimeObject *body = g_mime_message_get_mime_part(message.get());
    if (body) {
        GMimeContentType *type = g_mime_object_get_content_type(body);
        const char *reportType = type ? g_mime_content_type_get_parameter(type, "report-type") : nullptr;
        walk.isReport = type && g_mime_content_type_is_type(type, "multipart", "report") && reportType &&
                        lower(reportType) == "delivery-status";
        if (GMIME_IS_MULTIPART(body))
            g_mime_multipart_foreach(GMIME_MULTIPART(body), visit, &walk);
        else
            visit(nullptr, body, &walk);
    }
    if (walk.haveHtml)
        mail.html = domain::HtmlSanitizer::sanitize(walk.html);
    mail.text = walk.haveText ? walk.text : (walk.haveHtml ? htmltext::toPlainText(walk.html) : std::string());

    if (walk.isReport && !walk.deliveryStatus.empty()) {
        Bounce bounce;
        std::string status = walk.deliveryStatus;
        auto field = [&](const std::string &name) -> std::string {
            auto pos = lower(status).find("\n" + lower(name) + ":");
            if (pos == std::string::npos)
                pos = lower(status).find(lower(name) + ":");
            else
                ++pos;
            if (pos == std::string::npos)
                return {};
            auto end = status.find('\n', pos);
            return trim(status.substr(pos + name.size() + 1,
                                      end == std::string::npos ? std::string::npos : end - pos - name.size() - 1));
        };
        bounce.status = field("Status");
        auto recipient = field("Final-Recipient");
        if (recipient.empty())
            recipient = field("Original-Recipient");
        auto semi = recipient.find(';');
        bounce.recipient = lower(trim(semi == std::string::npos ? recipient : recipient.substr(semi + 1)));
        bounce.originalMessageId = stripAngles(walk.reportedHeaders);
        mail.bounce = bounce;
    }
    detectAutomatic(object, mail);
    return mail;
}

protocol::JsonObject ParsedMail::toJson() const
{
    auto addressJson = [](const MailAddress &a) {
        auto o = protocol::newObject();
        o->set("name", a.name);
        o->set("address", a.address);
        return o;
    };
    auto list = [&](const std::vector<MailAddress> &addresses) {
        auto array = protocol::newArray();
        for (const auto &a : addresses)
            array->add(addressJson(a));
        return array;
    };
    auto o = protocol::newObject();
    if (from)
        o->set("from", addressJson(*from));
    else
        o->set("from", Poco::Dynamic::Var());
    o->set("to", list(to));
    o->set("cc", list(cc));
    o->set("reply_to", list(replyTo));
    o->set("subject", subject);
    protocol::setOptional(o, "date", date);
    protocol::setOptional(o, "message_id", messageId);
    protocol::setOptional(o, "in_reply_to", inReplyTo);
    o->set("references", protocol::toJsonArray(references));
    o->set("text", text);
    protocol::setOptional(o, "html", html);
    auto files = protocol::newArray();
    for (const auto &a : attachments) {
        auto f = protocol::newObject();
        f->set("filename", a.filename);
        f->set("content_type", a.contentType);
        f->set("size", static_cast<std::int64_t>(a.content.size()));
        f->set("sha256", a.sha256);
        protocol::setOptional(f, "content_id", a.contentId);
        f->set("inline", a.isInline);
        files->add(f);
    }
    o->set("attachments", files);
    auto automatic = protocol::newObject();
    automatic->set("is", autoGenerated);
    automatic->set("reason", autoGeneratedReason);
    automatic->set("auto_reply", autoReply);
    o->set("auto_generated", automatic);
    if (!limitNotes.empty())
        o->set("limits_applied", protocol::toJsonArray(limitNotes));
    if (bounce) {
        auto b = protocol::newObject();
        b->set("status", bounce->status);
        b->set("recipient", bounce->recipient);
        b->set("original_message_id", bounce->originalMessageId);
        o->set("bounce", b);
    } else {
        o->set("bounce", Poco::Dynamic::Var());
    }
    return o;
}

} // namespace helpdesk::mail
