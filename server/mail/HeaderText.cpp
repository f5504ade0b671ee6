#include "mail/HeaderText.h"

#include "mail/GMimeSupport.h"

#include <algorithm>

namespace helpdesk::mail {

namespace {
bool hasEightBit(std::string_view text)
{
    return std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}
} // namespace

std::string HeaderText::unfold(std::string_view raw)
{
    std::string out;
    out.reserve(raw.size());
    for (char c : raw)
        if (c != '\r' && c != '\n')
            out += c;
    return out;
}

HeaderText::Decoded HeaderText::decode(std::string_view raw) const
{
    Decoded out;
    std::string text = unfold(raw);
    out.hadEncodedWords = text.find("=?") != std::string::npos;
    // Plain ASCII (most subjects and names) needs no decoder; GMime reads the rest with the
    // parser's fallback charsets, as it reads the header itself.
    if (out.hadEncodedWords || hasEightBit(text)) {
        gchar *decoded = g_mime_utils_header_decode_text(m_options, text.c_str());
        text = ensureUtf8(decoded ? decoded : "");
        g_free(decoded);
    }
    if (text.find_first_of("\r\n") == std::string::npos) {
        out.text = trim(text);
        return out;
    }
    // A header is one line: a line break here was encoded inside a word ("=0D=0A", or a base64
    // word that starts with one), and the words after it are still part of the text.
    out.hadLineBreaks = true;
    std::string line;
    line.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' || text[i] == '\n') {
            if (!(text[i] == '\n' && i > 0 && text[i - 1] == '\r'))
                line += ' ';
        } else {
            line += text[i];
        }
    }
    out.text = trim(line);
    return out;
}

} // namespace helpdesk::mail
