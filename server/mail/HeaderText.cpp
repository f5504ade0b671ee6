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
    std::string text = unfold(raw);
    // Plain ASCII (most subjects and names) needs no decoder; GMime reads the rest with the
    // parser's fallback charsets, as it reads the header itself.
    if (text.find("=?") == std::string::npos && !hasEightBit(text))
        return oneLine(raw, text);
    gchar *decoded = g_mime_utils_header_decode_text(m_options, text.c_str());
    text = ensureUtf8(decoded ? decoded : "");
    g_free(decoded);
    return oneLine(raw, text);
}

HeaderText::Decoded HeaderText::oneLine(std::string_view raw, const std::string &decoded)
{
    Decoded out;
    out.hadEncodedWords = raw.find("=?") != std::string_view::npos;
    if (decoded.find_first_of("\r\n") == std::string::npos) {
        out.text = trim(decoded);
        return out;
    }
    // A header is one line: a line break here was encoded inside a word ("=0D=0A", or a base64
    // word that starts with one), and the words after it are still part of the text.
    out.hadLineBreaks = true;
    std::string line;
    line.reserve(decoded.size());
    for (std::size_t i = 0; i < decoded.size(); ++i) {
        if (decoded[i] == '\r' || decoded[i] == '\n') {
            if (!(decoded[i] == '\n' && i > 0 && decoded[i - 1] == '\r'))
                line += ' ';
        } else {
            line += decoded[i];
        }
    }
    out.text = trim(line);
    return out;
}

} // namespace helpdesk::mail
