#include "mail/HeaderCharsets.h"

#include "mail/EncodedParameters.h"
#include "mail/EncodedWords.h"
#include "mail/GMimeSupport.h"
#include "mail/LegacyCharset.h"

#include <algorithm>
#include <map>
#include <optional>

namespace helpdesk::mail {

namespace {
/// Fields people read (names, subjects, file names). Others keep their bytes: ids, dates,
/// trace and signature fields must stay as written.
bool isReadText(const char *name)
{
    static const char *const names[] = {"subject",
                                        "from",
                                        "to",
                                        "cc",
                                        "bcc",
                                        "reply-to",
                                        "sender",
                                        "content-type",
                                        "content-disposition",
                                        "content-description",
                                        "thread-topic",
                                        "comments",
                                        "organization",
                                        "keywords"};
    return std::any_of(std::begin(names), std::end(names),
                       [name](const char *n) { return g_ascii_strcasecmp(n, name) == 0; });
}

/// Fields with MIME parameters, where RFC 2231 values stand (file names).
bool hasParameters(const char *name)
{
    return g_ascii_strcasecmp(name, "content-type") == 0 || g_ascii_strcasecmp(name, "content-disposition") == 0;
}

bool isValidUtf8(std::string_view bytes)
{
    return g_utf8_validate(bytes.data(), static_cast<gssize>(bytes.size()), nullptr);
}

/// What a raw value holds that GMime may read wrong, found in one pass.
struct Marks {
    std::size_t length = 0;
    bool eightBit = false;
    bool encodedWords = false; // "=?"
    bool parameters = false;   // "*=", an RFC 2231 value
    bool jisEscapes = false;   // ESC "$", raw ISO-2022-JP
};

/// One pass over the NUL-terminated value (it measures it too: most values are read no further).
Marks marksOf(const char *value)
{
    Marks marks;
    char previous = '\0';
    const char *p = value;
    for (; *p; previous = *p++) {
        char c = *p;
        if (static_cast<unsigned char>(c) >= 0x80)
            marks.eightBit = true;
        else if (c == '?' && previous == '=')
            marks.encodedWords = true;
        else if (c == '=' && previous == '*')
            marks.parameters = true;
        else if (c == '$' && previous == '\x1b')
            marks.jisEscapes = true;
    }
    marks.length = static_cast<std::size_t>(p - value);
    return marks;
}

/// A field to read again.
struct Field {
    GMimeHeader *header;
    std::string name;
    std::string raw;
    bool legacyBytes; // 8-bit text that is not UTF-8
    bool parameters;  // RFC 2231 values may stand in it
};

/// What the walk over the message's header fields found.
struct Survey {
    std::vector<Field> fields;
    std::string detectorSample;               // every header's 8-bit text that is not UTF-8
    std::vector<std::string> wordCharsets;    // legacy charsets the encoded words declare
    std::vector<GMimeObject *> parts;         // the leaves, for the charsets they declare
    std::vector<GMimeObject *> attachedParts; // the leaves of attached messages (read, never changed)
};

/// Walks the message's own headers and its MIME parts (not into attached messages), within
/// the limits. Most mail has neither 8-bit nor encoded header text: for it this is one scan of
/// each raw value and nothing else.
class HeaderSurveyor
{
public:
    explicit HeaderSurveyor(const MailLimits &limits) : m_limits(limits) {}

    Survey survey(GMimeMessage *message)
    {
        visitHeaders(GMIME_OBJECT(message));
        if (GMimeObject *body = g_mime_message_get_mime_part(message))
            visitPart(body, 1);
        return std::move(m_survey);
    }

private:
    /// `attached`: inside an attached message, whose fields are left as they came. A bounce or
    /// spam report quotes the original's header text beside its own, in the original's charset,
    /// so what the attached message declares is still a hint.
    void visitPart(GMimeObject *part, std::size_t depth, bool attached = false)
    {
        if (depth > m_limits.maxMimeDepth || ++m_entities > m_limits.maxParts)
            return;
        if (!attached)
            visitHeaders(part);
        if (GMIME_IS_PART(part))
            (attached ? m_survey.attachedParts : m_survey.parts).push_back(part);
        if (GMIME_IS_MULTIPART(part)) {
            auto *multipart = GMIME_MULTIPART(part);
            for (int i = 0; i < g_mime_multipart_get_count(multipart); ++i)
                visitPart(g_mime_multipart_get_part(multipart, i), depth + 1, attached);
        }
        if (GMIME_IS_MESSAGE_PART(part))
            if (GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(part)))
                if (GMimeObject *body = g_mime_message_get_mime_part(inner))
                    visitPart(body, depth + 1, true);
    }

    void visitHeaders(GMimeObject *object)
    {
        GMimeHeaderList *headers = g_mime_object_get_header_list(object);
        int count = headers ? g_mime_header_list_get_count(headers) : 0;
        for (int i = 0; i < count; ++i) {
            if (++m_fields > m_limits.maxTotalHeaderFields)
                return;
            GMimeHeader *header = g_mime_header_list_get_header_at(headers, i);
            const char *raw = g_mime_header_get_raw_value(header);
            const char *name = g_mime_header_get_name(header);
            if (!raw || !name)
                continue;
            Marks marks = marksOf(raw);
            std::string_view value(raw, marks.length);
            // 8-bit text that is not UTF-8, or 7-bit ISO-2022-JP written raw by old Japanese mailers.
            bool legacy = (marks.eightBit && !isValidUtf8(value)) || marks.jisEscapes;
            bool words = marks.encodedWords;
            bool parameters = marks.parameters && hasParameters(name);
            if (!legacy && !words && !parameters)
                continue;
            // The message and its top part may list the same field; it is read once.
            if (std::any_of(m_survey.fields.begin(), m_survey.fields.end(),
                            [header](const Field &f) { return f.header == header; }))
                continue;
            if (legacy)
                m_survey.detectorSample.append(value).append("\n");
            if (words) {
                m_survey.detectorSample += EncodedWords::unreadableBytes(value);
                for (auto &charset : EncodedWords::charsetsIn(value))
                    m_survey.wordCharsets.push_back(std::move(charset));
            }
            if (isReadText(name))
                m_survey.fields.push_back(Field{header, name, std::string(value), legacy, hasParameters(name)});
        }
    }

    const MailLimits &m_limits;
    Survey m_survey;
    std::size_t m_entities = 0;
    std::size_t m_fields = 0;
};

/// Declared charsets first (each once: text parts', other parts', encoded words'), then
/// uchardet's guess from the header bytes. A text part's charset is the likeliest for header text
/// the same client wrote.
std::vector<CharsetCandidate> candidatesFrom(const Survey &survey)
{
    std::vector<CharsetCandidate> candidates;
    auto add = [&candidates](const std::optional<std::string> &charset, const char *source) {
        if (!charset || *charset == "UTF-8" || !LegacyCharset::isAsciiCompatible(*charset))
            return;
        if (std::none_of(candidates.begin(), candidates.end(), [&](const auto &c) { return c.charset == *charset; }))
            candidates.push_back({*charset, source});
    };
    auto declaredBy = [&](const std::vector<GMimeObject *> &parts, const char *textSource, const char *otherSource) {
        for (bool textParts : {true, false})
            for (GMimeObject *part : parts) {
                GMimeContentType *type = g_mime_object_get_content_type(part);
                if ((type && g_mime_content_type_is_type(type, "text", "*")) != textParts)
                    continue;
                const char *label = g_mime_object_get_content_type_parameter(part, "charset");
                if (label && *label && !LegacyCharset::isAsciiLabel(label))
                    add(LegacyCharset::decoderFor(label), textParts ? textSource : otherSource);
            }
    };
    declaredBy(survey.parts, "declared by a text part", "declared by a part");
    for (const auto &charset : survey.wordCharsets)
        add(charset, "used by the message's encoded words");
    declaredBy(survey.attachedParts, "declared by an attached message", "declared by an attached message");
    if (!survey.detectorSample.empty())
        add(LegacyCharset::detect(survey.detectorSample), "detected by uchardet in the headers");
    return candidates;
}

std::string withoutPrefix(const std::string &rule, const std::string &prefix)
{
    return rule.rfind(prefix, 0) == 0 ? rule.substr(prefix.size()) : rule;
}
} // namespace

void HeaderCharsets::repair(GMimeMessage *message, const MailLimits &limits, ParsedMail &mail)
{
    Survey survey = HeaderSurveyor(limits).survey(message);
    if (survey.fields.empty())
        return;
    auto candidates = candidatesFrom(survey);
    std::map<std::string, std::vector<std::string>> fieldsByRule; // for one line per rule
    for (auto &field : survey.fields) {
        std::string value = field.raw;
        if (field.legacyBytes) {
            // A declared single-byte charset reads any bytes; a declared EUC charset that reads
            // them pair by pair is the better evidence (CJK header text quoted in a Western report).
            auto ordered = candidates;
            std::stable_partition(ordered.begin(), ordered.end(), [&](const CharsetCandidate &c) {
                return c.source.rfind("declared", 0) == 0 && LegacyCharset::isEucText(value, c.charset);
            });
            auto decoded = LegacyCharset::read(value, "", [&] { return ordered; });
            value = std::move(decoded.text);
            auto &names = fieldsByRule[withoutPrefix(decoded.rule, "no charset declared, ")];
            if (std::find(names.begin(), names.end(), field.name) == names.end())
                names.push_back(field.name);
        }
        auto take = [&](std::optional<RepairedValue> repaired) {
            if (!repaired)
                return;
            value = std::move(repaired->value);
            for (const auto &reason : repaired->reasons)
                mail.explain("charset", "headers: " + field.name + ": " + reason);
        };
        take(EncodedWords::repair(value, candidates));
        if (field.parameters)
            take(EncodedParameters::repair(value, candidates));
        if (value != field.raw)
            g_mime_header_set_raw_value(field.header, value.c_str());
    }
    for (const auto &[rule, names] : fieldsByRule) {
        std::string list;
        for (const auto &name : names)
            list += (list.empty() ? "" : ", ") + name;
        mail.explain("charset", "headers: unencoded text in " + list + ": " + rule);
    }
}

} // namespace helpdesk::mail
