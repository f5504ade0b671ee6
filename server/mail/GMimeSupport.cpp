#include "mail/GMimeSupport.h"

#include <algorithm>
#include <mutex>

namespace helpdesk::mail {

void ensureGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

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
    auto crlf = text.find("\r\n");
    if (crlf == std::string::npos)
        return text;
    // Copied a line at a time: a character at a time cost a body's length in appends.
    std::string out;
    out.reserve(text.size());
    std::size_t start = 0;
    for (; crlf != std::string::npos; crlf = text.find("\r\n", start)) {
        out.append(text, start, crlf - start);
        start = crlf + 1; // the \n starts the next piece
    }
    out.append(text, start, std::string::npos);
    return out;
}

std::string messageBytes(GMimeMessage *message)
{
    GPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(GMIME_OBJECT(message), nullptr, stream.get());
    GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    std::string bytes(reinterpret_cast<const char *>(array->data), array->len);
    // GMime writes a message with neither header nor body as the line end that would part them.
    return bytes.find_first_not_of("\r\n") == std::string::npos ? std::string() : bytes;
}

std::string stripAngles(std::string id)
{
    id = trim(id);
    if (id.size() >= 2 && id.front() == '<' && id.back() == '>')
        id = id.substr(1, id.size() - 2);
    return id;
}

} // namespace helpdesk::mail
