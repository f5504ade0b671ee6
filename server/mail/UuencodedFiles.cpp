#include "mail/UuencodedFiles.h"

#include "mail/GMimeSupport.h"

#include <gmime/gmime.h>

#include <cctype>

namespace helpdesk::mail {

namespace {
/// "begin 644 name": the mode is three or four octal digits, the name the rest of the line.
bool isBeginLine(const std::string &line)
{
    if (line.rfind("begin ", 0) != 0)
        return false;
    std::size_t i = 6;
    while (i < line.size() && line[i] >= '0' && line[i] <= '7')
        ++i;
    return (i == 9 || i == 10) && i + 1 < line.size() && line[i] == ' ' && !trim(line.substr(i + 1)).empty();
}

/// An encoded line: its first character gives its length, and every character is one of the
/// 64 the encoding writes (space to backquote).
bool isEncodedLine(const std::string &line)
{
    if (line.empty())
        return false;
    for (char c : line)
        if (c < ' ' || c > '`')
            return false;
    return true;
}

std::string withoutCarriageReturn(std::string line)
{
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

std::string decoded(const std::string &encodedLines)
{
    std::string out(encodedLines.size(), '\0');
    int state = GMIME_UUDECODE_STATE_BEGIN; // the begin line is already read
    guint32 save = 0;
    auto length =
        g_mime_encoding_uudecode_step(reinterpret_cast<const unsigned char *>(encodedLines.data()), encodedLines.size(),
                                      reinterpret_cast<unsigned char *>(out.data()), &state, &save);
    out.resize(length);
    return out;
}
} // namespace

std::string UuencodedFiles::nameOnBeginLine(const std::string &encoded)
{
    auto start = encoded.find_first_not_of("\r\n");
    if (start == std::string::npos)
        return {};
    auto line = withoutCarriageReturn(encoded.substr(start, encoded.find('\n', start) - start));
    return isBeginLine(line) ? trim(line.substr(line.find(' ', 6) + 1)) : std::string();
}

std::string UuencodedFiles::decodedPart(const std::string &encoded)
{
    std::size_t start = 0;
    auto first = encoded.find_first_not_of("\r\n");
    if (first != std::string::npos && !nameOnBeginLine(encoded).empty())
        start = encoded.find('\n', first);
    if (start == std::string::npos)
        return {};
    std::string lines;
    for (char c : encoded.substr(start))
        if (c != '\r')
            lines += c;
    return decoded(lines);
}

std::vector<UuencodedFiles::File> UuencodedFiles::extract(std::string &text, std::size_t maxFiles)
{
    std::vector<File> files;
    if (maxFiles == 0 || text.find("begin ") == std::string::npos)
        return files;
    std::vector<std::string> lines;
    for (std::size_t start = 0; start <= text.size();) {
        auto end = text.find('\n', start);
        if (end == std::string::npos) {
            lines.push_back(text.substr(start));
            break;
        }
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    std::string rest;
    std::size_t kept = 0; // lines before this index are settled
    for (std::size_t i = 0; i < lines.size() && files.size() < maxFiles; ++i) {
        if (!isBeginLine(withoutCarriageReturn(lines[i])))
            continue;
        // A block counts only when it ends with "end" and holds nothing but encoded lines.
        std::size_t j = i + 1;
        std::string encoded;
        while (j < lines.size() && trim(lines[j]) != "end" && isEncodedLine(withoutCarriageReturn(lines[j])))
            encoded += withoutCarriageReturn(lines[j++]) + "\n";
        if (j >= lines.size() || trim(lines[j]) != "end")
            continue;
        for (; kept < i; ++kept)
            rest += lines[kept] + "\n";
        files.push_back({nameOnBeginLine(lines[i]), decoded(encoded)});
        kept = j + 1;
        i = j;
    }
    if (files.empty())
        return files;
    for (; kept < lines.size(); ++kept)
        rest += lines[kept] + (kept + 1 < lines.size() ? "\n" : "");
    text = std::move(rest);
    return files;
}

} // namespace helpdesk::mail
