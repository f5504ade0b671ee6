#include "mail/AddressReader.h"

#include "mail/GMimeSupport.h"

#include <algorithm>
#include <strings.h>

namespace helpdesk::mail {

namespace {
bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/// Characters that end a word outside quotes, comments and angle brackets.
bool isSpecial(char c)
{
    return c == ',' || c == ';' || c == ':' || c == '<' || c == '>' || c == '(' || c == ')' || c == '"';
}

struct Token {
    enum Kind { Word, Quoted, Comment, Angle, Comma, Semicolon, Colon } kind = Word;
    std::string_view text;    // without the quotes, parentheses or angle brackets
    std::string_view written; // as in the field
    bool spaceBefore = false;
};

/// Splits an address field into RFC 5322 lexical tokens, forgiving what senders get wrong: an
/// unclosed quote or parenthesis is an ordinary character, an unclosed angle bracket runs to the
/// end, a stray `>` or `)` is dropped, and an encoded word or a domain literal stays one word
/// even when it holds specials. Linear: a search that found no end is not repeated.
class Tokenizer
{
public:
    explicit Tokenizer(std::string_view value) : m_v(value) {}

    std::vector<Token> run()
    {
        std::vector<Token> out;
        bool space = false;
        while (m_pos < m_v.size()) {
            char c = m_v[m_pos];
            if (isBlank(c)) {
                space = true;
                ++m_pos;
                continue;
            }
            if (c == '>' || c == ')') {
                ++m_pos;
                continue;
            }
            Token token;
            token.spaceBefore = space;
            space = false;
            std::size_t begin = m_pos;
            if (c == ',' || c == ';' || c == ':') {
                token.kind = c == ',' ? Token::Comma : (c == ';' ? Token::Semicolon : Token::Colon);
                ++m_pos;
            } else if (c == '<') {
                angle(token);
            } else if (!(c == '"' && quoted(token)) && !(c == '(' && comment(token))) {
                word(token);
            }
            token.written = m_v.substr(begin, m_pos - begin);
            out.push_back(token);
        }
        return out;
    }

private:
    bool quoted(Token &token)
    {
        if (m_unclosedQuote)
            return false;
        for (std::size_t i = m_pos + 1; i < m_v.size(); ++i) {
            if (m_v[i] == '\\')
                ++i;
            else if (m_v[i] == '"') {
                token.kind = Token::Quoted;
                token.text = m_v.substr(m_pos + 1, i - m_pos - 1);
                m_pos = i + 1;
                return true;
            }
        }
        m_unclosedQuote = true;
        return false;
    }

    bool comment(Token &token)
    {
        // After one comment that never closes, `(` is an ordinary character: rescanning the rest
        // for each would cost time in the square of the field's length.
        if (m_unclosedComment)
            return false;
        int depth = 0;
        for (std::size_t i = m_pos; i < m_v.size(); ++i) {
            if (m_v[i] == '\\')
                ++i;
            else if (m_v[i] == '(')
                ++depth;
            else if (m_v[i] == ')' && --depth == 0) {
                token.kind = Token::Comment;
                token.text = m_v.substr(m_pos + 1, i - m_pos - 1);
                m_pos = i + 1;
                return true;
            }
        }
        m_unclosedComment = true;
        return false;
    }

    void angle(Token &token)
    {
        token.kind = Token::Angle;
        bool inQuotes = false;
        std::size_t i = m_pos + 1;
        for (; i < m_v.size() && (inQuotes || m_v[i] != '>'); ++i) {
            if (m_v[i] == '\\')
                ++i;
            else if (m_v[i] == '"')
                inQuotes = !inQuotes;
        }
        i = std::min(i, m_v.size());
        token.text = m_v.substr(m_pos + 1, i - m_pos - 1);
        m_pos = std::min(i + 1, m_v.size());
    }

    void word(Token &token)
    {
        token.kind = Token::Word;
        std::size_t begin = m_pos;
        while (m_pos < m_v.size()) {
            char c = m_v[m_pos];
            if (m_pos > begin && (isBlank(c) || isSpecial(c)))
                break;
            if (c == '=' && m_pos + 1 < m_v.size() && m_v[m_pos + 1] == '?')
                if (auto end = encodedWordEnd(m_pos)) {
                    m_pos = end;
                    continue;
                }
            if (c == '[')
                if (auto end = literalEnd(m_pos)) {
                    m_pos = end;
                    continue;
                }
            ++m_pos;
        }
        token.text = m_v.substr(begin, m_pos - begin);
    }

    /// Past the `?=` of an encoded word starting at `at`, or 0 when none starts there.
    std::size_t encodedWordEnd(std::size_t at)
    {
        constexpr std::size_t kLongestCharset = 64;
        std::size_t q = at + 2;
        while (q < m_v.size() && q - at - 2 <= kLongestCharset && m_v[q] != '?' && !isBlank(m_v[q]) &&
               !isSpecial(m_v[q]))
            ++q;
        if (q + 2 >= m_v.size() || m_v[q] != '?' || q == at + 2 || m_v[q + 2] != '?' ||
            (m_v[q + 1] != 'B' && m_v[q + 1] != 'b' && m_v[q + 1] != 'Q' && m_v[q + 1] != 'q'))
            return 0;
        return closingEnd(q + 3, "?=", m_noWordEnd);
    }

    /// Past the `]` of a domain literal starting at `at`, or 0 when it is not closed before a blank.
    std::size_t literalEnd(std::size_t at) { return closingEnd(at + 1, "]", m_noLiteralEnd); }

    /// Past `closing` searched from `from` up to the next blank, or 0; `known` remembers a span
    /// searched in vain, so a field full of openings is still read in linear time.
    std::size_t closingEnd(std::size_t from, std::string_view closing, std::pair<std::size_t, std::size_t> &known)
    {
        if (from >= known.first && from < known.second)
            return 0;
        for (std::size_t i = from; i < m_v.size() && !isBlank(m_v[i]); ++i)
            if (m_v.compare(i, closing.size(), closing) == 0)
                return i + closing.size();
        std::size_t stop = from;
        while (stop < m_v.size() && !isBlank(m_v[stop]))
            ++stop;
        known = {from, stop};
        return 0;
    }

    std::string_view m_v;
    std::size_t m_pos = 0;
    std::pair<std::size_t, std::size_t> m_noWordEnd{0, 0}, m_noLiteralEnd{0, 0};
    bool m_unclosedQuote = false, m_unclosedComment = false;
};

/// One mailbox as written, before its name is decoded.
struct WrittenMailbox {
    std::string phrase;  // the display name, quotes and escapes removed
    std::string comment; // the first comment, a name when there is no phrase
    std::string address; // as written, blanks, route and `mailto:` removed
    bool angled = false; // the address was in angle brackets
    bool bare = false;   // words only: no angle brackets, no `@`, no comment
};

std::string unescaped(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size())
            ++i;
        out += text[i];
    }
    return out;
}

/// The display name of words and quoted strings, one space where the field had blanks.
std::string phraseOf(const Token *begin, const Token *end)
{
    std::string out;
    for (const Token *t = begin; t != end; ++t) {
        if (t->kind != Token::Word && t->kind != Token::Quoted)
            continue;
        if (!out.empty() && t->spaceBefore)
            out += ' ';
        out += t->kind == Token::Quoted ? unescaped(t->text) : std::string(t->text);
    }
    return out;
}

/// An angle-bracketed address without comments, a source route (`@a,@b:`) or `mailto:`, and
/// without blanks at its ends or beside `@` and `.`; blanks between words of a local part
/// (`<power quadrant system@x>`) are kept, one space each, as the sender wrote them.
std::string angleAddress(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool inQuotes = false, blank = false;
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (inQuotes) {
            out += c;
            if (c == '\\' && i + 1 < text.size())
                out += text[++i];
            else if (c == '"')
                inQuotes = false;
        } else if (depth > 0 || c == '(') {
            depth += c == '(' ? 1 : (c == ')' ? -1 : 0);
        } else if (isBlank(c)) {
            blank = true;
        } else {
            if (blank && !out.empty() && out.back() != '@' && out.back() != '.' && c != '@' && c != '.')
                out += ' ';
            blank = false;
            inQuotes = c == '"';
            out += c;
        }
    }
    if (!out.empty() && out.front() == '@' && out.find(':') != std::string::npos)
        out.erase(0, out.find(':') + 1);
    if (out.size() > 7 && strncasecmp(out.c_str(), "mailto:", 7) == 0)
        out.erase(0, 7);
    return out;
}

/// The mailbox written in tokens [begin, end) (one entry of the list, separators excluded).
WrittenMailbox mailboxOf(const Token *begin, const Token *end)
{
    WrittenMailbox box;
    const Token *angle = nullptr;
    for (const Token *t = begin; t != end; ++t) {
        if (t->kind == Token::Angle && !angle)
            angle = t;
        if (t->kind == Token::Comment && box.comment.empty())
            box.comment = trim(unescaped(t->text));
    }
    if (angle) {
        box.phrase = phraseOf(begin, angle);
        box.address = angleAddress(angle->text);
        box.angled = true;
        return box;
    }
    // No angle brackets: the word holding `@` (words written together are one) is the address,
    // the others a name (`john@example.com John`, seen from a few scripts).
    std::string word, words;
    bool found = false;
    auto endWord = [&] {
        if (!found && word.find('@') != std::string::npos) {
            box.address = word;
            found = true;
        } else if (!word.empty()) {
            words += (words.empty() ? "" : " ") + word;
        }
        word.clear();
    };
    for (const Token *t = begin; t != end; ++t) {
        if (t->kind != Token::Word && t->kind != Token::Quoted)
            continue;
        if (t->spaceBefore)
            endWord();
        word += t->written;
    }
    endWord();
    if (found)
        box.phrase = words;
    else
        box.address = words;
    box.bare = !found && box.comment.empty();
    return box;
}

/// The mailboxes of one field value, groups flattened.
std::vector<WrittenMailbox> mailboxesOf(std::string_view value)
{
    auto tokens = Tokenizer(value).run();
    std::vector<WrittenMailbox> out;
    bool inGroup = false;
    const Token *t = tokens.data(), *last = tokens.data() + tokens.size();
    while (t != last) {
        const Token *begin = t;
        while (t != last && t->kind != Token::Comma && t->kind != Token::Semicolon)
            ++t;
        const Token *end = t;
        // `name:` opens a group (its name is not a mailbox); `;` closes it.
        if (!inGroup)
            for (const Token *c = begin; c != end && c->kind != Token::Angle; ++c)
                if (c->kind == Token::Colon) {
                    begin = c + 1;
                    inGroup = true;
                    break;
                }
        if (t != last && t->kind == Token::Semicolon)
            inGroup = false;
        if (t != last)
            ++t;
        auto box = mailboxOf(begin, end);
        if (box.address.empty() && box.phrase.empty() && box.comment.empty())
            continue;
        // `Doe, John <j@x>`: an unquoted comma in a name, which mail clients read as one mailbox.
        if (!out.empty() && out.back().bare && box.angled) {
            box.phrase = out.back().address + ", " + box.phrase;
            out.pop_back();
        }
        out.push_back(std::move(box));
    }
    return out;
}
} // namespace

bool AddressReader::isUsable(std::string_view address, const MailLimits &limits)
{
    if (address.empty() || address.size() > limits.maxAddressBytes)
        return false;
    auto at = address.rfind('@');
    if (at == std::string_view::npos || at == 0 || at + 1 == address.size())
        return false;
    bool inQuotes = false;
    for (std::size_t i = 0; i < address.size(); ++i) {
        auto c = static_cast<unsigned char>(address[i]);
        if (c == '\r' || c == '\n' || c == 0)
            return false;
        if (inQuotes) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inQuotes = false;
        } else if (c == '"') {
            inQuotes = true;
        } else if ((c == ' ' && i > at) || c < ' ' || c == '\t' || c == 127 || c == '<' || c == '>' || c == '(' ||
                   c == ')' || c == ',' || c == ';' || c == '\\' || (c == '@' && i != at)) {
            return false; // a space only between words of the local part, as angleAddress keeps them
        }
    }
    return !inQuotes;
}

std::vector<MailAddress> AddressReader::read(const std::vector<std::string_view> &raw, const std::string &header)
{
    std::vector<MailAddress> out;
    std::size_t seen = 0, tooLong = 0;
    bool shortenedName = false;
    for (auto value : raw) {
        for (auto &box : mailboxesOf(value)) {
            if (box.address.size() > m_limits.maxAddressBytes) {
                ++tooLong;
                continue;
            }
            if (!isUsable(box.address, m_limits) || ++seen > m_limits.maxRecipients)
                continue;
            MailAddress a;
            a.name = m_text.decode(box.phrase.empty() ? box.comment : box.phrase).text;
            if (a.name.size() > m_limits.maxDisplayNameBytes) {
                a.name = std::string(utf8Prefix(a.name, m_limits.maxDisplayNameBytes));
                shortenedName = true;
            }
            a.address = withDecodedLocalPart(ensureUtf8(box.address));
            out.push_back(std::move(a));
        }
    }
    if (seen > m_limits.maxRecipients)
        m_mail.note(header + ": only the first " + std::to_string(m_limits.maxRecipients) + " of " +
                    std::to_string(seen) + " addresses were read");
    if (tooLong > 0)
        m_mail.note(header + ": " + std::to_string(tooLong) + " address(es) longer than " +
                    std::to_string(m_limits.maxAddressBytes) + " bytes were left out");
    if (shortenedName)
        m_mail.note(header + ": display names longer than " + std::to_string(m_limits.maxDisplayNameBytes) +
                    " bytes were shortened");
    return out;
}

std::string AddressReader::withDecodedLocalPart(std::string address) const
{
    auto at = address.rfind('@');
    if (address.find("=?") >= at)
        return address;
    // RFC 2047 forbids encoded words here, but senders write them (`=?utf-8?Q?agent?=@x`) and
    // mail clients show them decoded. Only a decoding that cannot change where the mail goes is
    // taken: the domain stays as written, and a local part holding `@`, brackets or separators
    // (`=?utf-8?Q?boss=40other.example?=@x`) stays encoded.
    auto local = m_text.decode(std::string_view(address).substr(0, at)).text;
    if (local.empty() || local.find_first_of("@<>()[],;:\\\" \t\r\n") != std::string::npos ||
        std::any_of(local.begin(), local.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; }))
        return address;
    return local + address.substr(at);
}

std::string AddressReader::nameWithoutAddress(const std::vector<std::string_view> &raw) const
{
    for (auto value : raw)
        for (auto &box : mailboxesOf(value)) {
            if (isUsable(box.address, m_limits) || (box.phrase.empty() && box.comment.empty()))
                continue;
            auto name = m_text.decode(box.phrase.empty() ? box.comment : box.phrase).text;
            if (!name.empty())
                return std::string(utf8Prefix(name, m_limits.maxDisplayNameBytes));
        }
    return {};
}

} // namespace helpdesk::mail
