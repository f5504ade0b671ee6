#include "mail/HeaderBlock.h"

#include <algorithm>
#include <cstring>
#include <strings.h>

namespace helpdesk::mail {

namespace {
/// Fields that begin real header blocks (the first field of nearly every message is one of these).
bool isCommonField(std::string_view name)
{
    static const char *const names[] = {"return-path",
                                        "received",
                                        "delivered-to",
                                        "x-original-to",
                                        "envelope-to",
                                        "from",
                                        "to",
                                        "cc",
                                        "bcc",
                                        "sender",
                                        "reply-to",
                                        "subject",
                                        "date",
                                        "message-id",
                                        "in-reply-to",
                                        "references",
                                        "mime-version",
                                        "content-type",
                                        "content-transfer-encoding",
                                        "dkim-signature",
                                        "authentication-results",
                                        "arc-seal",
                                        "received-spf",
                                        "x-mailer",
                                        "user-agent",
                                        "thread-topic",
                                        "thread-index",
                                        "importance",
                                        "x-priority",
                                        "x-received",
                                        "x-envelope-from",
                                        "x-sender",
                                        "list-id",
                                        "precedence",
                                        "auto-submitted"};
    return std::any_of(std::begin(names), std::end(names), [name](const char *n) {
        return std::strlen(n) == name.size() && strncasecmp(n, name.data(), name.size()) == 0;
    });
}

/// The field name of a `Name: value` line (RFC 5322 ftext, spaces allowed before the colon as
/// obsolete syntax does), or "" when the line is not one.
std::string_view fieldNameOf(std::string_view line)
{
    std::size_t i = 0;
    while (i < line.size() && line[i] > ' ' && line[i] < 127 && line[i] != ':')
        ++i;
    if (i == 0)
        return {};
    std::size_t colon = i;
    while (colon < line.size() && (line[colon] == ' ' || line[colon] == '\t'))
        ++colon;
    if (colon == line.size() || line[colon] != ':')
        return {};
    return line.substr(0, i);
}

/// The lines of a text, without their line ends, with where each starts.
class Lines
{
public:
    Lines(std::string_view text, std::size_t from) : m_text(text), m_next(from) {}

    bool next()
    {
        if (m_next >= m_text.size())
            return false;
        m_begin = m_next;
        auto newline = m_text.find('\n', m_begin);
        std::size_t end = newline == std::string_view::npos ? m_text.size() : newline;
        m_next = newline == std::string_view::npos ? m_text.size() : newline + 1;
        if (end > m_begin && m_text[end - 1] == '\r')
            --end;
        m_line = m_text.substr(m_begin, end - m_begin);
        return true;
    }
    std::string_view line() const { return m_line; }
    std::size_t begin() const { return m_begin; }
    std::size_t end() const { return m_next; }

private:
    std::string_view m_text;
    std::size_t m_next;
    std::size_t m_begin = 0;
    std::string_view m_line;
};

/// Whether the field starting on the current line is followed (after its folded lines) by another field.
bool anotherFieldFollows(std::string_view raw, std::size_t from)
{
    Lines lines(raw, from);
    while (lines.next()) {
        auto line = lines.line();
        if (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            continue; // folded
        return !fieldNameOf(line).empty();
    }
    return false;
}

/// The address on an mbox separator line `From addr date`, or "" when the line is not one.
std::string_view mboxSenderOf(std::string_view line)
{
    if (line.substr(0, 5) != "From ")
        return {};
    auto rest = line.substr(5);
    rest.remove_prefix(std::min(rest.find_first_not_of(' '), rest.size()));
    return rest.substr(0, rest.find_first_of(" \t"));
}
} // namespace

std::string HeaderBlockStart::describe() const
{
    if (skippedLines == 0)
        return byteOrderMark ? "the header block starts after a byte-order mark" : "the header block starts at line 1";
    std::string rule = "skipped " + std::to_string(skippedLines) + (skippedLines == 1 ? " line" : " lines");
    if (byteOrderMark)
        rule += " and a byte-order mark";
    rule += " before the first header block";
    if (!mboxSender.empty())
        rule += " (an mbox From line among them)";
    return rule;
}

std::optional<HeaderBlockStart> HeaderBlock::locate(std::string_view raw)
{
    HeaderBlockStart start;
    std::size_t from = 0;
    if (raw.substr(0, 3) == "\xEF\xBB\xBF") {
        start.byteOrderMark = true;
        from = 3;
    }
    Lines lines(raw, from);
    while (lines.next()) {
        auto line = lines.line();
        auto name = fieldNameOf(line);
        if (!name.empty() && (isCommonField(name) || anotherFieldFollows(raw, lines.end()))) {
            start.offset = lines.begin();
            return start;
        }
        if (start.mboxSender.empty())
            start.mboxSender = std::string(mboxSenderOf(line));
        ++start.skippedLines;
    }
    return std::nullopt;
}

} // namespace helpdesk::mail
