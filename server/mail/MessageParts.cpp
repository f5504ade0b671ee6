#include "mail/MessageParts.h"

#include "db/ContentHash.h"
#include "domain/HtmlSanitizer.h"
#include "mail/AttachmentNames.h"
#include "mail/GMimeSupport.h"
#include "mail/HtmlText.h"
#include "mail/MultipartRepair.h"
#include "mail/TextDecoding.h"
#include "mail/TnefArchive.h"
#include "mail/UuencodedFiles.h"

#include <vector>

namespace helpdesk::mail {

namespace {
/// What a subtree of the MIME tree shows as the message's body.
struct Body {
    std::string text; // from text/plain parts
    std::string html; // from text/html parts
    bool hasText = false;
    bool hasHtml = false;
    int textParts = 0; // inline parts read into it
    int htmlParts = 0;

    bool empty() const { return !hasText && !hasHtml; }
};

/// Plain text as HTML, for joining a text part into an HTML body.
std::string htmlOfText(const std::string &text)
{
    std::string out = "<div>";
    for (char c : domain::HtmlSanitizer::escape(text))
        out += c == '\n' ? std::string("<br>\n") : std::string(1, c);
    return out + "</div>";
}

/// The first `limit` characters of `text` that are not spaces, tabs or line ends.
std::string visibleStart(const std::string &text, std::size_t limit)
{
    std::string out;
    for (char c : text) {
        if (out.size() >= limit)
            break;
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            out += c;
    }
    return out;
}

/// Whether a text-only and an HTML-only body open with the same words: mailers that put both
/// in a multipart/mixed meant them as alternatives, and showing both would say it all twice.
bool sayTheSame(const Body &textOnly, const Body &htmlOnly)
{
    constexpr std::size_t kCompared = 200; // characters; signatures and link lists differ later
    auto text = visibleStart(textOnly.text, kCompared);
    return !text.empty() && text == visibleStart(htmltext::toPlainText(htmlOnly.html), kCompared);
}

bool onlyText(const Body &body)
{
    return body.hasText && !body.hasHtml;
}

bool onlyHtml(const Body &body)
{
    return body.hasHtml && !body.hasText;
}

void appendLine(std::string &into, const std::string &piece)
{
    if (!into.empty() && into.back() != '\n' && !piece.empty())
        into += '\n';
    into += piece;
}

/// The bodies of a multipart's parts one after another, as mail clients show the inline parts
/// of a multipart/mixed; a part with text only joins HTML as text and the other way round.
Body joined(const std::vector<Body> &bodies)
{
    std::vector<Body> shown;
    for (std::size_t i = 0; i < bodies.size(); ++i) {
        if (bodies[i].empty())
            continue;
        if (i + 1 < bodies.size()) {
            const auto &a = bodies[i], &b = bodies[i + 1];
            const Body *text = onlyText(a) ? &a : (onlyText(b) ? &b : nullptr);
            const Body *html = onlyHtml(a) ? &a : (onlyHtml(b) ? &b : nullptr);
            if (text && html && sayTheSame(*text, *html)) {
                Body both = *text;
                both.html = html->html;
                both.hasHtml = true;
                both.htmlParts = html->htmlParts;
                shown.push_back(both);
                ++i;
                continue;
            }
        }
        shown.push_back(bodies[i]);
    }
    if (shown.size() == 1)
        return shown.front();
    Body out;
    for (const auto &body : shown) {
        out.hasText = out.hasText || body.hasText;
        out.hasHtml = out.hasHtml || body.hasHtml;
    }
    for (const auto &body : shown) {
        out.textParts += body.textParts;
        out.htmlParts += body.htmlParts;
        if (out.hasText)
            appendLine(out.text, body.hasText ? body.text : htmltext::toPlainText(body.html));
        if (out.hasHtml)
            out.html += body.hasHtml ? body.html : htmlOfText(body.text);
    }
    return out;
}

/// One of a multipart/alternative's bodies: the first plain text, the last HTML (RFC 2046 puts
/// the richest last).
Body chosen(const std::vector<Body> &bodies)
{
    Body out;
    for (const auto &body : bodies)
        if (body.hasText) {
            out.text = body.text;
            out.hasText = true;
            out.textParts = body.textParts;
            break;
        }
    for (auto it = bodies.rbegin(); it != bodies.rend(); ++it)
        if (it->hasHtml) {
            out.html = it->html;
            out.hasHtml = true;
            out.htmlParts = it->htmlParts;
            break;
        }
    return out;
}

std::string mimeTypeOf(GMimeObject *part)
{
    GMimeContentType *type = g_mime_object_get_content_type(part);
    return type ? lower(std::string(g_mime_content_type_get_media_type(type)) + "/" +
                        g_mime_content_type_get_media_subtype(type))
                : "text/plain";
}

bool isDeliveryStatus(const std::string &mimeType)
{
    return mimeType == "message/delivery-status" || mimeType == "message/global-delivery-status";
}

bool isTnef(const std::string &mimeType, const std::string &filename)
{
    return mimeType == "application/ms-tnef" || mimeType == "application/vnd.ms-tnef" ||
           lower(filename) == "winmail.dat";
}

/// The Message-ID field in a block of header lines (text/rfc822-headers), "" when absent.
std::string messageIdIn(const std::string &headers)
{
    auto lowered = lower(headers);
    for (std::size_t at = lowered.find("message-id:"); at != std::string::npos;
         at = lowered.find("message-id:", at + 1)) {
        if (at > 0 && lowered[at - 1] != '\n')
            continue; // "Original-Message-ID:", "X-Message-ID:"
        auto start = at + 11;
        auto end = headers.find('\n', start);
        return trim(headers.substr(start, end == std::string::npos ? std::string::npos : end - start));
    }
    return {};
}

/// A part's content as written, its transfer encoding not undone.
std::string encodedContent(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    GMimeStream *stream = content ? g_mime_data_wrapper_get_stream(content) : nullptr;
    if (!stream)
        return {};
    GPtr<GMimeStream> copy(g_mime_stream_mem_new());
    g_mime_stream_reset(stream);
    g_mime_stream_write_to_stream(stream, copy.get());
    g_mime_stream_reset(stream);
    GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(copy.get()));
    return {reinterpret_cast<const char *>(array->data), array->len};
}

/// Walks a message's MIME tree once: gives the body, adds every other part to the mail's
/// attachments, and remembers what a delivery report says.
class PartWalker
{
public:
    PartWalker(ParsedMail &mail, const MailLimits &limits, bool isReport)
        : m_mail(mail), m_limits(limits), m_isReport(isReport)
    {
    }

    /// The body shown for `part` and its children; `depth` is its nesting in the message.
    Body walk(GMimeObject *part, std::size_t depth)
    {
        if (++m_entities > m_limits.maxParts) {
            m_mail.note("only the first " + std::to_string(m_limits.maxParts) + " parts were read");
            return {};
        }
        auto mimeType = mimeTypeOf(part);
        if (GMIME_IS_MULTIPART(part))
            return multipart(GMIME_MULTIPART(part), mimeType, depth);
        if (GMIME_IS_MESSAGE_PART(part))
            attachMessage(GMIME_MESSAGE_PART(part), mimeType);
        else if (GMIME_IS_PART(part))
            return leaf(GMIME_PART(part), mimeType);
        return {};
    }

    /// What the delivery report said (for a multipart/report of report-type delivery-status).
    std::optional<Bounce> bounce() const
    {
        if (!m_isReport || m_deliveryStatus.empty())
            return std::nullopt;
        Bounce bounce;
        const std::string &status = m_deliveryStatus;
        auto lowered = lower(status);
        auto field = [&](const std::string &name) -> std::string {
            auto pos = lowered.find("\n" + lower(name) + ":");
            if (pos == std::string::npos)
                pos = lowered.find(lower(name) + ":");
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
        bounce.originalMessageId = stripAngles(m_reportedMessageId);
        return bounce;
    }

private:
    Body multipart(GMimeMultipart *multipart, const std::string &mimeType, std::size_t depth)
    {
        int count = g_mime_multipart_get_count(multipart);
        if (count == 0)
            return unreadMultipart(multipart, mimeType, depth);
        std::vector<Body> bodies;
        bodies.reserve(static_cast<std::size_t>(count));
        for (int i = 0; i < count; ++i)
            bodies.push_back(walk(g_mime_multipart_get_part(multipart, i), depth + 1));
        return mimeType == "multipart/alternative" ? chosen(bodies) : joined(bodies);
    }

    /// A multipart GMime found no parts in: read again with the boundary its body uses, or
    /// when it has none, its body is the text; one with no text either is kept as the (empty)
    /// file it is.
    Body unreadMultipart(GMimeMultipart *multipart, const std::string &mimeType, std::size_t depth)
    {
        // Each repair is a parse of its own below this one; the depth bounds how many stack up.
        if (depth < m_limits.maxMimeDepth)
            if (auto repaired = MultipartRepair::reparsed(multipart, mimeType, m_mail)) {
                m_mail.explain("structure", mimeType + ": no part behind its declared boundary, so it was read "
                                                       "with the boundary its body uses");
                return walk(repaired.get(), depth + 1);
            }
        auto text = unixNewlines(MultipartRepair::unreadBody(multipart));
        if (trim(text).empty()) {
            // The peer helpdesk (Zammad) shows such a message with an empty file; so does this
            // desk, so an agent sees the sender's mail had nothing in it, not that a body was lost.
            m_mail.explain("structure", mimeType + ": neither parts nor text, kept as an empty file");
            attach(m_names.nameFor(GMIME_OBJECT(multipart), mimeType), mimeType, std::move(text), nullptr, false);
            return {};
        }
        m_mail.explain("structure", mimeType + ": no boundary line in its body, so the body was read as text");
        Body body;
        body.text = std::move(text);
        body.hasText = true;
        body.textParts = 1;
        return body;
    }

    Body leaf(GMimePart *part, const std::string &mimeType)
    {
        auto *object = GMIME_OBJECT(part);
        const char *disposition = g_mime_object_get_disposition(object);
        bool attachmentDisposition = disposition && lower(disposition) == "attachment";
        const char *filename = g_mime_part_get_filename(part);
        bool uuencoded = g_mime_part_get_content_encoding(part) == GMIME_CONTENT_ENCODING_UUENCODE;
        // Text is the body unless it is sent as a file: named, an attachment, or uuencoded whole.
        if (!attachmentDisposition && !(filename && *filename) && !uuencoded) {
            if (mimeType == "text/plain")
                return plainBody(part);
            if (mimeType == "text/html") {
                Body body;
                body.html = TextDecoding::textOf(part, m_mail);
                body.hasHtml = true;
                body.htmlParts = 1;
                return body;
            }
        }
        // GMime's uudecoder waits for a begin line that some senders leave out.
        std::string encoded = uuencoded ? encodedContent(part) : std::string();
        std::string content = uuencoded ? UuencodedFiles::decodedPart(encoded) : bytesOf(g_mime_part_get_content(part));
        if (isDeliveryStatus(mimeType) && m_deliveryStatus.empty())
            m_deliveryStatus = content;
        if (mimeType == "text/rfc822-headers" && m_isReport && m_reportedMessageId.empty())
            m_reportedMessageId = messageIdIn(content);
        auto name = uuencoded && !(filename && *filename)
                        ? m_names.nameForInner(UuencodedFiles::nameOnBeginLine(encoded), mimeType,
                                               "from its uuencode begin line")
                        : m_names.nameFor(object, mimeType);
        const char *contentId = g_mime_object_get_content_id(object);
        // Outlook's winmail.dat is kept as it came, and the files inside it beside it.
        std::vector<TnefArchive::File> inside;
        if (isTnef(mimeType, name.filename))
            inside = TnefArchive::filesIn(content, room() > 0 ? room() - 1 : 0);
        attach(name, mimeType, std::move(content), contentId, contentId && *contentId && !attachmentDisposition);
        for (auto &file : inside) {
            auto type = AttachmentNames::typeForName(file.name);
            attach(m_names.nameForInner(file.name, type, "from the winmail.dat it came in"), type,
                   std::move(file.content), nullptr, false);
        }
        return {};
    }

    /// A text/plain body, without the files uuencoded into it (they become attachments).
    Body plainBody(GMimePart *part)
    {
        Body body;
        body.text = TextDecoding::textOf(part, m_mail);
        body.hasText = true;
        body.textParts = 1;
        for (auto &file : UuencodedFiles::extract(body.text, room())) {
            auto type = AttachmentNames::typeForName(file.name);
            attach(m_names.nameForInner(file.name, type, "uuencoded in the text, named by its begin line"), type,
                   std::move(file.content), nullptr, false);
        }
        return body;
    }

    /// A forwarded message, or the original a bounce returns, travels as a file.
    void attachMessage(GMimeMessagePart *part, const std::string &mimeType)
    {
        GMimeMessage *inner = g_mime_message_part_get_message(part);
        if (!inner)
            return;
        if (m_isReport && m_reportedMessageId.empty())
            m_reportedMessageId = headerOf(GMIME_OBJECT(inner), "Message-ID");
        attach(m_names.nameFor(GMIME_OBJECT(part), mimeType), mimeType, messageBytes(inner),
               g_mime_object_get_content_id(GMIME_OBJECT(part)), false);
    }

    /// How many more files the message may have.
    std::size_t room() const
    {
        return m_mail.attachments.size() < m_limits.maxParts ? m_limits.maxParts - m_mail.attachments.size() : 0;
    }

    void attach(const AttachmentNames::Choice &name, const std::string &contentType, std::string content,
                const char *contentId, bool isInline)
    {
        if (room() == 0) {
            m_mail.note("only the first " + std::to_string(m_limits.maxParts) + " files were kept");
            return;
        }
        MailAttachment a;
        a.filename = name.filename;
        a.contentType = contentType;
        a.content = std::move(content);
        a.sha256 = db::ContentHash::sha256Hex(a.content);
        if (contentId && *contentId)
            a.contentId = stripAngles(contentId);
        a.isInline = isInline;
        m_mail.explain("attachments", a.filename + ": " + name.rule);
        m_mail.attachments.push_back(std::move(a));
    }

    ParsedMail &m_mail;
    const MailLimits &m_limits;
    bool m_isReport;
    AttachmentNames m_names;
    std::size_t m_entities = 0;
    std::string m_deliveryStatus;
    std::string m_reportedMessageId;
};

void explainText(const Body &body, ParsedMail &mail)
{
    if (body.hasText)
        mail.explain("text", body.textParts > 1
                                 ? "its " + std::to_string(body.textParts) + " inline text parts, joined in order"
                                 : std::string("its text/plain part"));
    else if (body.hasHtml)
        mail.explain("text", "its HTML reduced to text (it has no text/plain part)");
    else
        mail.explain("text", "empty: the message has no inline text part");
}
} // namespace

void MessageParts::read(GMimeMessage *message, ParsedMail &mail, const MailLimits &limits)
{
    GMimeObject *top = g_mime_message_get_mime_part(message);
    if (!top)
        return;
    GMimeContentType *type = g_mime_object_get_content_type(top);
    const char *reportType = type ? g_mime_content_type_get_parameter(type, "report-type") : nullptr;
    bool isReport = type && g_mime_content_type_is_type(type, "multipart", "report") && reportType &&
                    lower(reportType) == "delivery-status";
    PartWalker walker(mail, limits, isReport);
    auto body = walker.walk(top, 0);
    if (body.hasHtml)
        mail.html = domain::HtmlSanitizer::sanitize(body.html);
    mail.text = body.hasText ? body.text : (body.hasHtml ? htmltext::toPlainText(body.html) : std::string());
    explainText(body, mail);
    mail.bounce = walker.bounce();
}

} // namespace helpdesk::mail
