#include "mail/MultipartRepair.h"

#include "mail/MailPreflight.h"

#include <vector>

namespace helpdesk::mail {

namespace {
/// RFC 2046: a boundary has 1 to 70 characters.
constexpr std::size_t kMaxBoundary = 70;

std::string withoutLineEnd(const std::string &line)
{
    auto end = line.find_last_not_of(" \t\r");
    return end == std::string::npos ? std::string() : line.substr(0, end + 1);
}

/// The first "--X" line of `body` whose X comes back later as "--X" or "--X--": the boundary
/// the body really uses. "" when there is none.
std::string boundaryIn(const std::string &body)
{
    std::vector<std::string> dashed;
    for (std::size_t start = 0; start < body.size();) {
        auto end = body.find('\n', start);
        auto line = withoutLineEnd(body.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (line.size() > 2 && line.size() <= kMaxBoundary + 4 && line.compare(0, 2, "--") == 0)
            dashed.push_back(line.substr(2));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    for (std::size_t i = 0; i < dashed.size(); ++i) {
        const auto &candidate = dashed[i];
        if (candidate.size() > kMaxBoundary || candidate.find_first_not_of('-') == std::string::npos)
            continue;
        for (std::size_t j = i + 1; j < dashed.size(); ++j)
            if (dashed[j] == candidate || dashed[j] == candidate + "--")
                return candidate;
    }
    return {};
}

std::string transferDecoded(const std::string &body, GMimeContentEncoding encoding)
{
    GMimeEncoding decoder;
    g_mime_encoding_init_decode(&decoder, encoding);
    std::string out(g_mime_encoding_outlen(&decoder, body.size()), '\0');
    out.resize(g_mime_encoding_flush(&decoder, body.data(), body.size(), out.data()));
    return out;
}
/// The Content-Transfer-Encoding a multipart declares, though RFC 2045 allows it none.
GMimeContentEncoding transferEncodingOf(GMimeMultipart *multipart)
{
    return g_mime_content_encoding_from_string(
        trim(headerOf(GMIME_OBJECT(multipart), "Content-Transfer-Encoding")).c_str());
}
} // namespace

std::string MultipartRepair::unreadBody(GMimeMultipart *multipart)
{
    const char *prologue = g_mime_multipart_get_prologue(multipart);
    if (!prologue)
        return {};
    auto encoding = transferEncodingOf(multipart);
    bool encoded = encoding == GMIME_CONTENT_ENCODING_BASE64 || encoding == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE;
    return ensureUtf8(encoded ? transferDecoded(prologue, encoding) : std::string(prologue));
}

GPtr<GMimeObject> MultipartRepair::reparsed(GMimeMultipart *multipart, const std::string &mimeType, ParsedMail &mail)
{
    const char *prologue = g_mime_multipart_get_prologue(multipart);
    if (!prologue || !*prologue)
        return nullptr;
    std::string body = prologue;
    auto boundary = boundaryIn(body);
    if (boundary.empty()) {
        auto encoding = transferEncodingOf(multipart);
        if (encoding != GMIME_CONTENT_ENCODING_BASE64 && encoding != GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE)
            return nullptr;
        body = transferDecoded(body, encoding);
        boundary = boundaryIn(body);
        if (boundary.empty())
            return nullptr;
    }
    // The boundary is quoted, so it cannot carry a quote of its own.
    if (boundary.find('"') != std::string::npos || boundary.find('\\') != std::string::npos)
        return nullptr;
    std::string entity = "Content-Type: " + mimeType + "; boundary=\"" + boundary + "\"\r\n\r\n" + body;
    // The message's preflight could not see these parts behind the wrong boundary: it sees them now.
    auto preflight = MailPreflight::check(entity);
    for (const auto &note : preflight.notes)
        mail.note(note);
    const std::string &readable = preflight.reduced ? *preflight.reduced : entity;
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(readable.data(), readable.size()));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GMimeObject *part = g_mime_parser_construct_part(parser.get(), nullptr);
    if (part && GMIME_IS_MULTIPART(part) && g_mime_multipart_get_count(GMIME_MULTIPART(part)) > 0)
        return GPtr<GMimeObject>(part);
    if (part)
        g_object_unref(part);
    return nullptr;
}

} // namespace helpdesk::mail
