#include "core/SafeFileName.h"

#include <QRegularExpression>
#include <QStringList>

#include <string>

namespace helpdesk::client {

namespace {
// Most file systems (ext4, NTFS, APFS) take 255 bytes, or UTF-16 units, per name.
constexpr qsizetype kMaxNameBytes = 255;
// A longer "extension" is part of the name, not worth keeping whole.
constexpr qsizetype kMaxKeptExtension = 16;

bool replaced(char32_t c)
{
    // Path separators, Windows' forbidden set (':' also names NTFS alternate data streams).
    if (c == u'<' || c == u'>' || c == u':' || c == u'"' || c == u'/' || c == u'\\' || c == u'|' || c == u'?' ||
        c == u'*')
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:       // NUL, CR, LF, DEL, C1
    case QChar::Other_Format:        // U+202E and friends: an extension shown backwards
    case QChar::Other_Surrogate:     // a lone half of a pair
    case QChar::Other_NotAssigned:   // includes the non-characters U+FFFE, U+FFFF
    case QChar::Separator_Line:      // U+2028
    case QChar::Separator_Paragraph: // U+2029
        return true;
    default:
        return false;
    }
}

bool isDeviceName(const QString &name)
{
    // Windows opens the device for these, whatever extension follows ("con.txt", "Com1 .log").
    static const QRegularExpression device(QStringLiteral("^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return device.match(name.section(QLatin1Char('.'), 0, 0).trimmed()).hasMatch();
}

QString trimmedOfDotsAndSpaces(const QString &name)
{
    qsizetype begin = 0;
    qsizetype end = name.size();
    auto trimmable = [](QChar c) { return c == QLatin1Char('.') || c.isSpace(); };
    while (begin < end && trimmable(name.at(begin)))
        ++begin;
    while (end > begin && trimmable(name.at(end - 1)))
        --end;
    return name.mid(begin, end - begin);
}

qsizetype utf8Bytes(char32_t c)
{
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

QString cutToFit(const QString &name)
{
    if (name.toUtf8().size() <= kMaxNameBytes)
        return name;
    const auto dot = name.lastIndexOf(QLatin1Char('.'));
    const bool keepExtension = dot > 0 && name.size() - dot <= kMaxKeptExtension;
    const QString extension = keepExtension ? name.mid(dot) : QString();
    // Whole code points come off the stem's end, never half of a surrogate pair.
    const auto codePoints = (keepExtension ? name.left(dot) : name).toUcs4();
    std::u32string stem(codePoints.begin(), codePoints.end());
    qsizetype bytes = 0;
    for (char32_t c : stem)
        bytes += utf8Bytes(c);
    const qsizetype room = kMaxNameBytes - extension.toUtf8().size();
    while (!stem.empty() && bytes > room) {
        bytes -= utf8Bytes(stem.back());
        stem.pop_back();
    }
    return QString::fromUcs4(stem.data(), static_cast<qsizetype>(stem.size())) + extension;
}
} // namespace

QString safeFileName(const QString &offered)
{
    // The last part of a path in either system's spelling: "../../.bashrc", "C:\x", "\\host\share\x".
    static const QRegularExpression separators(QStringLiteral("[/\\\\]"));
    const auto parts = offered.split(separators, Qt::SkipEmptyParts);
    QString name;
    for (char32_t c : (parts.isEmpty() ? QString() : parts.last()).toUcs4())
        name += replaced(c) ? QString(QLatin1Char('_')) : QString::fromUcs4(&c, 1);
    // Leading dots hide the file (or climb: ".."), trailing dots and spaces Windows drops; trimmed
    // after the cut, which may end the name with either.
    name = trimmedOfDotsAndSpaces(cutToFit(name));
    if (name.isEmpty())
        return QStringLiteral("attachment");
    if (isDeviceName(name))
        name.prepend(QLatin1Char('_')); // a device name is short: still within the limit
    return name;
}

} // namespace helpdesk::client
