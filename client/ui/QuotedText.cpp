#include "ui/QuotedText.h"

#include <QRegularExpression>
#include <QStringList>

namespace helpdesk::client {

namespace {
bool isQuoteLine(const QString &line)
{
    for (const QChar c : line) {
        if (c == QLatin1Char('>'))
            return true;
        if (c != QLatin1Char(' ') && c != QLatin1Char('\t'))
            return false;
    }
    return false;
}

/// "On Mon, 4 Dec 2026, Bob <bob@example.com> wrote:" and its German, French, Spanish, Italian,
/// Polish and Russian forms; mail clients often wrap it, so its last line is what is matched.
bool isAttributionEnd(const QString &line)
{
    static const QRegularExpression end(
        QStringLiteral("(wrote|schrieb|a écrit|escribió|ha scritto|napisał\\(a\\)|napisał|написал\\(а\\)|написал|"
                       "написала)\\s*:\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return end.match(line).hasMatch();
}

/// The verb of an attribution anywhere in a line (its first line, when a client wrapped it).
bool hasAttributionVerb(const QString &line)
{
    static const QRegularExpression verb(
        QStringLiteral("\\b(wrote|schrieb|a écrit|escribió|ha scritto|napisał|написал|написала)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return verb.match(line).hasMatch();
}

bool isAttributionStart(const QString &line)
{
    static const QRegularExpression start(QStringLiteral("^\\s*(On|Am|Le|El|Il|W dniu|Dnia)\\s"),
                                          QRegularExpression::CaseInsensitiveOption);
    return start.match(line).hasMatch();
}

bool isOriginalMessageLine(const QString &line)
{
    static const QRegularExpression original(
        QStringLiteral("^\\s*-{3,}\\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Messaggio "
                       "originale|Mensaje original|Wiadomość oryginalna|Исходное сообщение)\\s*-{3,}\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return original.match(line).hasMatch();
}

/// Appends a line (with its line break) to the parts, joining it to the last part of its kind.
void append(std::vector<BodyPart> &parts, const QString &text, bool foldable)
{
    if (text.isEmpty())
        return;
    if (!parts.empty() && parts.back().foldable == foldable)
        parts.back().content += text;
    else
        parts.push_back({text, foldable});
}
} // namespace

std::vector<BodyPart> QuotedText::splitPlain(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    std::vector<bool> folded(lines.size(), false);
    const auto count = lines.size();
    for (qsizetype i = 0; i < count; ++i) {
        const QString &line = lines[i];
        // The signature: "-- " by the convention (RFC 3676 4.3); "--" when a client trimmed it, if near the end.
        if (line == QLatin1String("-- ") || (line == QLatin1String("--") && count - i <= 15)) {
            std::fill(folded.begin() + i, folded.end(), true);
            break;
        }
        if (isOriginalMessageLine(line)) {
            std::fill(folded.begin() + i, folded.end(), true);
            break;
        }
        if (!isQuoteLine(line))
            continue;
        folded[i] = true;
        if (i > 0 && folded[i - 1])
            continue; // the quote goes on
        // The first line of a quote: its attribution above it (one or two lines), blank lines between.
        qsizetype above = i - 1;
        while (above >= 0 && lines[above].trimmed().isEmpty())
            --above;
        qsizetype from = -1;
        if (above >= 0 && isAttributionEnd(lines[above])) {
            from = above;
            if (!isAttributionStart(lines[above]) && above > 0 && isAttributionStart(lines[above - 1]))
                from = above - 1;
        } else if (above > 0 && lines[above].trimmed().endsWith(QLatin1Char(':')) &&
                   isAttributionStart(lines[above - 1]) && hasAttributionVerb(lines[above - 1])) {
            from = above - 1; // "Am … schrieb Bob" / "<bob@example.com>:"
        }
        for (qsizetype k = from; from >= 0 && k < i; ++k)
            folded[k] = true;
    }
    std::vector<BodyPart> parts;
    for (qsizetype i = 0; i < count; ++i)
        append(parts, i + 1 < count ? lines[i] + QLatin1Char('\n') : lines[i], folded[i]);
    // Blank lines around a fold belong to the text, so the fold holds only what it hides.
    for (std::size_t p = 0; p + 1 < parts.size(); ++p)
        if (parts[p].foldable && !parts[p + 1].foldable) {
            while (parts[p].content.endsWith(QStringLiteral("\n\n"))) {
                parts[p].content.chop(1);
                parts[p + 1].content.prepend(QLatin1Char('\n'));
            }
        }
    return parts;
}

std::vector<BodyPart> QuotedText::splitHtml(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)blockquote\\b[^>]*>"),
                                        QRegularExpression::CaseInsensitiveOption);
    std::vector<BodyPart> parts;
    qsizetype done = 0;  // end of the last part taken
    qsizetype start = 0; // where the open outermost blockquote starts
    int depth = 0;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(1).isEmpty()) {
            if (depth++ == 0)
                start = match.capturedStart();
        } else if (depth > 0 && --depth == 0) {
            append(parts, html.mid(done, start - done), false);
            append(parts, html.mid(start, match.capturedEnd() - start), true);
            done = match.capturedEnd();
        }
    }
    // An unclosed blockquote is left as text: folding it could hide the rest of the message.
    append(parts, html.mid(done), false);
    return parts;
}

} // namespace helpdesk::client
