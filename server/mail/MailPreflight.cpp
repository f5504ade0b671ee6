#include "mail/MailPreflight.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <set>
#include <string_view>

namespace helpdesk::mail {

namespace {
bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (isWsp(s.front()) || s.front() == '\r' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (isWsp(s.back()) || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

/// Fields the pipeline reads: their first occurrence in an entity is kept over the count.
bool isEssential(const std::string &name)
{
    static const std::set<std::string> names{"from",
                                             "sender",
                                             "to",
                                             "cc",
                                             "reply-to",
                                             "subject",
                                             "date",
                                             "message-id",
                                             "in-reply-to",
                                             "references",
                                             "mime-version",
                                             "content-type",
                                             "content-transfer-encoding",
                                             "content-disposition",
                                             "content-id",
                                             "return-path",
                                             "auto-submitted",
                                             "precedence",
                                             "list-id",
                                             "list-unsubscribe",
                                             "x-auto-response-suppress",
                                             "x-autoreply",
                                             "x-autorespond",
                                             "authentication-results",
                                             "x-loop"};
    return names.count(name) > 0;
}

bool isAddressField(const std::string &name)
{
    static const std::set<std::string> names{"from",      "sender",    "to",          "cc",
                                             "bcc",       "reply-to",  "resent-from", "resent-sender",
                                             "resent-to", "resent-cc", "resent-bcc"};
    return names.count(name) > 0;
}

/// The shape of one MIME entity as far as nesting goes.
struct EntityType {
    enum Kind { Leaf, Multipart, Message } kind = Leaf;
    std::string boundary; // multipart only; empty when the header names none
};

/// A Content-Type value without RFC 5322 comments, quoted strings kept.
std::string withoutComments(std::string_view value)
{
    std::string out;
    int depth = 0;
    bool quoted = false;
    for (std::size_t i = 0; i < value.size(); ++i) {
        char c = value[i];
        if (quoted) {
            out += c;
            if (c == '\\' && i + 1 < value.size())
                out += value[++i];
            else if (c == '"')
                quoted = false;
        } else if (depth > 0) {
            if (c == '\\')
                ++i;
            else if (c == '(')
                ++depth;
            else if (c == ')')
                --depth;
        } else if (c == '(') {
            depth = 1;
        } else {
            out += c;
            quoted = c == '"';
        }
    }
    return out;
}

std::string unquoted(std::string_view value)
{
    value = trimmed(value);
    if (value.size() < 2 || value.front() != '"')
        return std::string(value);
    std::string out;
    for (std::size_t i = 1; i < value.size() && value[i] != '"'; ++i) {
        if (value[i] == '\\' && i + 1 < value.size())
            ++i;
        out += value[i];
    }
    return out;
}

std::string percentDecoded(std::string_view value)
{
    std::string out;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] == '%' && i + 2 < value.size() && std::isxdigit(static_cast<unsigned char>(value[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(value[i + 2]))) {
            out += static_cast<char>(std::stoi(std::string(value.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            out += value[i];
        }
    }
    return out;
}

/// The boundary parameter, plain or in RFC 2231 form (boundary*=charset''value, boundary*0=…).
std::string boundaryOf(const std::map<std::string, std::string> &params)
{
    if (auto it = params.find("boundary"); it != params.end())
        return unquoted(it->second);
    if (auto it = params.find("boundary*"); it != params.end()) {
        auto value = unquoted(it->second);
        auto quote = value.find('\'', value.find('\'') + 1);
        return percentDecoded(quote == std::string::npos ? value : value.substr(quote + 1));
    }
    std::string out;
    for (int n = 0; n < 100; ++n) {
        auto key = "boundary*" + std::to_string(n);
        if (auto plain = params.find(key); plain != params.end()) {
            out += unquoted(plain->second);
        } else if (auto encoded = params.find(key + "*"); encoded != params.end()) {
            auto value = unquoted(encoded->second);
            if (n == 0) {
                auto quote = value.find('\'', value.find('\'') + 1);
                value = quote == std::string::npos ? value : value.substr(quote + 1);
            }
            out += percentDecoded(value);
        } else {
            break;
        }
    }
    return out;
}

EntityType entityTypeOf(std::string_view contentType)
{
    auto value = withoutComments(contentType);
    std::vector<std::string_view> pieces;
    std::string_view rest(value);
    bool quoted = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i < rest.size(); ++i) {
        if (rest[i] == '\\' && quoted)
            ++i;
        else if (rest[i] == '"')
            quoted = !quoted;
        else if (rest[i] == ';' && !quoted) {
            pieces.push_back(rest.substr(start, i - start));
            start = i + 1;
        }
    }
    pieces.push_back(rest.substr(start));
    EntityType type;
    auto mediaType = lowerAscii(trimmed(pieces.front()));
    if (mediaType.rfind("multipart/", 0) == 0)
        type.kind = EntityType::Multipart;
    else if (mediaType == "message/rfc822" || mediaType == "message/global" || mediaType == "message/news")
        type.kind = EntityType::Message;
    if (type.kind != EntityType::Multipart)
        return type;
    std::map<std::string, std::string> params;
    for (std::size_t i = 1; i < pieces.size(); ++i) {
        auto equals = pieces[i].find('=');
        if (equals != std::string_view::npos)
            params[lowerAscii(trimmed(pieces[i].substr(0, equals)))] = std::string(pieces[i].substr(equals + 1));
    }
    type.boundary = std::string(trimmed(boundaryOf(params)));
    return type;
}

/// The unfolded value of a header field (everything after the colon).
std::string unfoldedValue(std::string_view field)
{
    auto colon = field.find(':');
    std::string out;
    for (char c : field.substr(colon == std::string_view::npos ? field.size() : colon + 1))
        if (c != '\r' && c != '\n')
            out += c;
    return out;
}

/// One pass over the message, copying what GMime may read into `m_out`.
class Scanner
{
public:
    Scanner(const std::string &raw, const MailLimits &limits) : m_raw(raw), m_limits(limits)
    {
        m_out.reserve(raw.size());
    }

    PreflightResult run()
    {
        std::size_t pos = 0;
        while (pos < m_raw.size() && !m_stopped) {
            auto newline = m_raw.find('\n', pos);
            std::size_t next = newline == std::string::npos ? m_raw.size() : newline + 1;
            std::size_t end = newline == std::string::npos ? m_raw.size() : newline;
            if (end > pos && m_raw[end - 1] == '\r')
                --end;
            if (m_inHeaders)
                headerLine(pos, end, next);
            else
                bodyLine(pos, end, next);
            pos = next;
        }
        if (m_inHeaders)
            flushField();
        PreflightResult result;
        if (m_droppedFields > 0)
            m_notes.insert(m_notes.begin(), std::to_string(m_droppedFields) + " header fields over the limit of " +
                                                std::to_string(m_limits.maxHeaderFields) + " per part (" +
                                                std::to_string(m_limits.maxTotalHeaderFields) +
                                                " per message) were left out");
        result.notes = std::move(m_notes);
        if (m_changed)
            result.reduced = std::move(m_out);
        return result;
    }

private:
    struct Frame {
        bool multipart = false;
        std::string boundary;
    };

    void headerLine(std::size_t begin, std::size_t end, std::size_t next)
    {
        std::string_view line(m_raw.data() + begin, end - begin);
        if (m_fieldBegin != std::string::npos && !line.empty() && isWsp(line.front())) {
            m_fieldEnd = next; // a folded continuation (GMime reads a blank-looking line as one too)
            return;
        }
        flushField();
        if (line.empty()) {
            emit(begin, next);
            endHeaders();
            return;
        }
        if (auto frame = boundaryFrame(line)) {
            // A boundary ends a part's header block at once (the part has no body).
            m_inHeaders = false;
            boundary(*frame, line, begin, next);
            return;
        }
        m_fieldBegin = begin;
        m_fieldEnd = next;
    }

    void bodyLine(std::size_t begin, std::size_t end, std::size_t next)
    {
        std::string_view line(m_raw.data() + begin, end - begin);
        if (auto frame = boundaryFrame(line)) {
            boundary(*frame, line, begin, next);
            return;
        }
        if (m_skipping)
            m_changed = true;
        else
            emit(begin, next);
    }

    /// The innermost open multipart whose boundary this line is, if any.
    std::optional<std::size_t> boundaryFrame(std::string_view line) const
    {
        if (line.size() < 2 || line[0] != '-' || line[1] != '-')
            return std::nullopt;
        for (std::size_t i = m_frames.size(); i-- > 0;) {
            const auto &b = m_frames[i].boundary;
            if (!m_frames[i].multipart || b.empty() || line.compare(2, b.size(), b) != 0)
                continue;
            auto rest = line.substr(2 + b.size());
            if (rest.size() >= 2 && rest[0] == '-' && rest[1] == '-')
                rest.remove_prefix(2);
            if (trimmed(rest).empty())
                return i;
        }
        return std::nullopt;
    }

    void boundary(std::size_t frame, std::string_view line, std::size_t begin, std::size_t next)
    {
        bool closing = line.size() >= 4 + m_frames[frame].boundary.size() &&
                       line.compare(2 + m_frames[frame].boundary.size(), 2, "--") == 0;
        m_skipping = false;
        m_frames.resize(closing ? frame : frame + 1);
        if (closing) {
            emit(begin, next);
            return; // the parent's epilogue follows
        }
        if (!countPart())
            return;
        emit(begin, next);
        startEntity();
    }

    void startEntity()
    {
        m_inHeaders = true;
        m_entityFields = 0;
        m_seenEssential.clear();
        m_contentType.clear();
    }

    void endHeaders()
    {
        m_inHeaders = false;
        auto type = entityTypeOf(m_contentType);
        if (type.kind == EntityType::Leaf)
            return;
        if (m_frames.size() >= m_limits.maxMimeDepth) {
            note("the MIME structure nests deeper than " + std::to_string(m_limits.maxMimeDepth) +
                 " levels; the parts below that were left unread");
            m_skipping = true;
            return;
        }
        m_frames.push_back({type.kind == EntityType::Multipart, type.boundary});
        if (type.kind == EntityType::Message && countPart())
            startEntity(); // the forwarded message's own header block follows at once
    }

    /// Counts an entity that begins here; false (and nothing more is read) when over the limit.
    bool countPart()
    {
        if (++m_parts <= m_limits.maxParts)
            return true;
        note("the message has more than " + std::to_string(m_limits.maxParts) +
             " MIME parts; the parts after those were left unread");
        m_stopped = true;
        m_changed = true;
        return false;
    }

    /// Decides what becomes of the field collected so far: kept, shortened or left out.
    void flushField()
    {
        if (m_fieldBegin == std::string::npos)
            return;
        std::string_view field(m_raw.data() + m_fieldBegin, m_fieldEnd - m_fieldBegin);
        m_fieldBegin = std::string::npos;
        auto colon = field.find(':');
        std::string name =
            colon == std::string_view::npos ? std::string() : lowerAscii(trimmed(field.substr(0, colon)));
        ++m_entityFields;
        ++m_totalFields;
        bool overCount = m_entityFields > m_limits.maxHeaderFields || m_totalFields > m_limits.maxTotalHeaderFields;
        bool firstEssential = isEssential(name) && m_seenEssential.insert(name).second;
        if (overCount && !firstEssential) {
            ++m_droppedFields;
            m_changed = true;
            return;
        }
        std::string kept =
            field.size() > m_limits.maxHeaderFieldBytes ? shortened(field, name, colon) : std::string(field);
        if (name == "content-type")
            m_contentType = unfoldedValue(kept);
        m_out += kept;
    }

    /// An over-long field cut to the limit: address lists keep their first whole addresses,
    /// Message-ID lists their last ids (the nearest ancestors), other fields their start.
    std::string shortened(std::string_view field, const std::string &name, std::size_t colon)
    {
        m_changed = true;
        std::string eol = field.size() >= 2 && field[field.size() - 2] == '\r' ? "\r\n" : "\n";
        const std::string shown = std::string(trimmed(field.substr(0, colon)));
        const std::string size = " header has " + std::to_string(field.size()) + " bytes, over the limit of " +
                                 std::to_string(m_limits.maxHeaderFieldBytes);
        std::size_t cap = m_limits.maxHeaderFieldBytes;
        if (isAddressField(name)) {
            auto comma = field.substr(0, cap).rfind(',');
            if (comma == std::string_view::npos || comma <= colon) {
                note("the " + shown + size + "; it was left out");
                return {};
            }
            note("the " + shown + size + "; only the addresses in its first " + std::to_string(cap) +
                 " bytes were read");
            return std::string(field.substr(0, comma)) + eol;
        }
        if (name == "references" || name == "in-reply-to") {
            auto from = std::max(field.size() - cap, colon + 1);
            auto open = field.find('<', from);
            if (open == std::string_view::npos) {
                note("the " + shown + size + "; it was left out");
                return {};
            }
            note("the " + shown + size + "; only its last ids were read");
            return std::string(field.substr(0, colon + 1)) + " " + std::string(trimmed(field.substr(open))) + eol;
        }
        note("the " + shown + size + "; it was shortened");
        return std::string(trimmed(utf8Prefix(field, cap))) + eol;
    }

    void emit(std::size_t begin, std::size_t end) { m_out.append(m_raw, begin, end - begin); }

    void note(const std::string &text)
    {
        // A few sentences tell the story; a message with thousands of bad fields gets no more.
        if (m_notes.size() < kMaxNotes && std::find(m_notes.begin(), m_notes.end(), text) == m_notes.end())
            m_notes.push_back(text);
    }

    static constexpr std::size_t kMaxNotes = 10;

    const std::string &m_raw;
    const MailLimits &m_limits;
    std::string m_out;
    std::vector<std::string> m_notes;
    bool m_changed = false;
    bool m_stopped = false;  // over the part count: nothing more is read
    bool m_skipping = false; // inside an entity nested too deep: left out up to the next known boundary
    bool m_inHeaders = true;
    std::size_t m_fieldBegin = std::string::npos, m_fieldEnd = 0;
    std::size_t m_entityFields = 0, m_totalFields = 0, m_droppedFields = 0, m_parts = 1;
    std::set<std::string> m_seenEssential;
    std::string m_contentType;
    std::vector<Frame> m_frames;
};
} // namespace

PreflightResult MailPreflight::check(const std::string &raw, const MailLimits &limits)
{
    return Scanner(raw, limits).run();
}

} // namespace helpdesk::mail
