#include "mail/AuthenticationResults.h"

#include <algorithm>

namespace helpdesk::mail {

namespace {
constexpr std::size_t kMaxFieldBytes = 8192;
constexpr std::size_t kMaxResults = 32;
constexpr std::size_t kMaxProperties = 16;
constexpr int kMaxCommentDepth = 8;

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool isKeyword(std::string_view word)
{
    return !word.empty() && std::all_of(word.begin(), word.end(),
                                        [](unsigned char c) { return std::isalnum(c) || c == '-' || c == '_'; });
}

/// A strict, single-pass reader of the RFC 8601 grammar: every loop consumes input, comments
/// nest to a fixed depth, so its time is linear in the field and its stack constant.
class FieldReader
{
public:
    explicit FieldReader(std::string_view text) : m_text(text) {}

    bool atEnd()
    {
        skipCfws();
        return m_ok && m_pos == m_text.size();
    }
    bool ok() const { return m_ok; }

    /// Consumes `c` (after CFWS) when it is next.
    bool take(char c)
    {
        skipCfws();
        if (m_ok && m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool peek(char c)
    {
        skipCfws();
        return m_ok && m_pos < m_text.size() && m_text[m_pos] == c;
    }

    /// A quoted-string (unquoted) or a run of value characters; "" (and not ok) when neither.
    std::string value()
    {
        skipCfws();
        if (!m_ok || m_pos == m_text.size())
            return fail();
        if (m_text[m_pos] == '"')
            return quoted();
        auto start = m_pos;
        while (m_pos < m_text.size() && isValueChar(static_cast<unsigned char>(m_text[m_pos])))
            ++m_pos;
        if (m_pos == start)
            return fail();
        return std::string(m_text.substr(start, m_pos - start));
    }

private:
    static bool isValueChar(unsigned char c)
    {
        // Tokens, dot-atoms, domains and local@domain: anything printable but the grammar's delimiters.
        return c > 0x20 && c != 0x7f && c != '(' && c != ')' && c != ';' && c != '=' && c != '"' && c != '\\';
    }

    std::string fail()
    {
        m_ok = false;
        return {};
    }

    std::string quoted()
    {
        std::string out;
        for (++m_pos; m_pos < m_text.size(); ++m_pos) {
            char c = m_text[m_pos];
            if (c == '"') {
                ++m_pos;
                return out;
            }
            if (c == '\\' && ++m_pos == m_text.size())
                break;
            out += m_text[m_pos];
        }
        return fail(); // unterminated
    }

    void skipCfws()
    {
        while (m_ok && m_pos < m_text.size()) {
            char c = m_text[m_pos];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                ++m_pos;
            else if (c == '(')
                skipComment();
            else
                return;
        }
    }

    void skipComment()
    {
        int depth = 0;
        for (; m_pos < m_text.size(); ++m_pos) {
            char c = m_text[m_pos];
            if (c == '\\') {
                ++m_pos;
            } else if (c == '(') {
                if (++depth > kMaxCommentDepth) {
                    m_ok = false;
                    return;
                }
            } else if (c == ')' && --depth == 0) {
                ++m_pos;
                return;
            }
        }
        m_ok = false; // unterminated
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    bool m_ok = true;
};

/// Reads "; method[/version] = result [reason=…] [ptype.property=value …]" after its ';'.
std::optional<AuthMethodResult> readResult(FieldReader &r)
{
    AuthMethodResult out;
    auto method = r.value();
    out.method = lowerAscii(method.substr(0, method.find('/')));
    if (!r.ok() || !isKeyword(out.method) || !r.take('='))
        return std::nullopt;
    out.result = lowerAscii(r.value());
    if (!r.ok() || !isKeyword(out.result))
        return std::nullopt;
    while (!r.atEnd() && !r.peek(';')) {
        auto name = lowerAscii(r.value());
        if (!r.ok() || !r.take('='))
            return std::nullopt;
        auto value = r.value();
        if (!r.ok())
            return std::nullopt;
        if (name == "reason")
            continue;
        auto dot = name.find('.');
        if (dot == std::string::npos || !isKeyword(name.substr(0, dot)) || dot + 1 == name.size() ||
            out.properties.size() == kMaxProperties)
            return std::nullopt;
        out.properties.emplace(name, lowerAscii(value)); // the first of a repeated property counts
    }
    return r.ok() ? std::optional(out) : std::nullopt;
}

std::string domainOf(const std::string &addressOrDomain)
{
    auto at = addressOrDomain.rfind('@');
    return lowerAscii(at == std::string::npos ? addressOrDomain : addressOrDomain.substr(at + 1));
}

std::string property(const AuthMethodResult &r, const char *name)
{
    auto it = r.properties.find(name);
    return it == r.properties.end() ? std::string() : it->second;
}

/// Whether a passing result speaks for `fromDomain`: DMARC's own alignment when it names the
/// domain it judged (or names none), SPF and DKIM only for exactly that domain (no public-suffix
/// list here: a relaxed alignment is DMARC's job).
bool passesFor(const AuthMethodResult &r, const std::string &fromDomain)
{
    if (r.result != "pass")
        return false;
    if (r.method == "dmarc") {
        auto judged = property(r, "header.from");
        return judged.empty() || domainOf(judged) == fromDomain;
    }
    if (r.method == "spf")
        return domainOf(property(r, "smtp.mailfrom")) == fromDomain;
    if (r.method == "dkim")
        return domainOf(property(r, "header.d")) == fromDomain || domainOf(property(r, "header.i")) == fromDomain;
    return false;
}
} // namespace

std::optional<AuthenticationResults> AuthenticationResults::parse(std::string_view value)
{
    if (value.size() > kMaxFieldBytes)
        return std::nullopt;
    FieldReader r(value);
    AuthenticationResults out;
    out.authservId = lowerAscii(r.value());
    if (!r.ok())
        return std::nullopt;
    if (!r.peek(';')) { // an optional authres-version
        auto version = r.value();
        if (!r.ok() || version.empty() || !std::all_of(version.begin(), version.end(), ::isdigit))
            return std::nullopt;
    }
    if (!r.take(';'))
        return std::nullopt;
    if (r.peek('n') || r.peek('N')) { // "; none": no checks were run
        FieldReader probe = r;
        if (lowerAscii(probe.value()) == "none" && probe.atEnd())
            return out;
    }
    do {
        if (out.results.size() == kMaxResults)
            return std::nullopt;
        auto result = readResult(r);
        if (!result)
            return std::nullopt;
        out.results.push_back(std::move(*result));
    } while (r.take(';'));
    if (!r.atEnd())
        return std::nullopt;
    return out;
}

SenderVerdict judgeSender(const std::vector<std::string> &topmostFields, const std::vector<std::string> &trustedIds,
                          const std::string &fromAddress)
{
    SenderVerdict verdict;
    auto fromDomain = fromAddress.find('@') == std::string::npos ? std::string() : domainOf(fromAddress);
    std::string passes, failures;
    int counted = 0;
    for (const auto &field : topmostFields) {
        auto parsed = AuthenticationResults::parse(field);
        if (!parsed)
            continue;
        bool trusted = std::any_of(trustedIds.begin(), trustedIds.end(),
                                   [&](const std::string &id) { return lowerAscii(id) == parsed->authservId; });
        if (!trusted)
            continue;
        ++counted;
        for (const auto &r : parsed->results) {
            auto named = r.method + "=" + r.result + " (" + parsed->authservId + ")";
            if ((r.method == "spf" || r.method == "dmarc") && (r.result == "fail" || r.result == "permerror")) {
                verdict.spfOrDmarcFailed = true;
                failures += (failures.empty() ? "" : ", ") + named;
            } else if (!fromDomain.empty() && passesFor(r, fromDomain)) {
                passes += (passes.empty() ? "" : ", ") + named;
            }
        }
    }
    verdict.vouched = !passes.empty() && failures.empty();
    if (counted == 0)
        verdict.summary = "no Authentication-Results from a trusted server";
    else if (!failures.empty())
        verdict.summary = "the receiving server found " + failures;
    else if (!passes.empty())
        verdict.summary = "the receiving server found " + passes;
    else
        verdict.summary = "the receiving server found no passing SPF, DKIM or DMARC result for " +
                          (fromDomain.empty() ? std::string("the sender") : fromDomain);
    return verdict;
}

} // namespace helpdesk::mail
