#include "mail/MessageParts.h"

#include "db/ContentHash.h"
#include "domain/HtmlSanitizer.h"
#include "mail/GMimeSupport.h"
#include "mail/HtmlText.h"
#include "mail/TextDecoding.h"

namespace helpdesk::mail {

namespace {
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
            walk.text = TextDecoding::textOf(leaf, *walk.mail);
            walk.haveText = true;
            return;
        }
        if (mimeType == "text/html" && !walk.haveHtml) {
            walk.html = TextDecoding::textOf(leaf, *walk.mail);
            walk.haveHtml = true;
            return;
        }
    }
    bool isInline = contentId && *contentId && !attachmentDisposition;
    if (filename.empty() && mimeType.rfind("image/", 0) == 0)
        filename = "image." + mimeType.substr(6);
    addAttachment(walk, filename, mimeType, bytesOf(g_mime_part_get_content(leaf)), contentId, isInline);
}

Bounce readBounce(const Walk &walk)
{
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
    return bounce;
}
} // namespace

void MessageParts::read(GMimeMessage *message, ParsedMail &mail)
{
    Walk walk;
    walk.mail = &mail;
    GMimeObject *body = g_mime_message_get_mime_part(message);
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
    if (walk.isReport && !walk.deliveryStatus.empty())
        mail.bounce = readBounce(walk);
}

} // namespace helpdesk::mail
