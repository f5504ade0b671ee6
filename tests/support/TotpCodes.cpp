#include "support/TotpCodes.h"

#include <QMessageAuthenticationCode>
#include <QString>

#include <cctype>
#include <ctime>

namespace helpdesk::test::totp {

QByteArray base32Decode(const std::string &text)
{
    static const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QByteArray out;
    unsigned buffer = 0;
    int bits = 0;
    for (char c : text) {
        if (c == '=')
            break;
        auto value = alphabet.find(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
        if (value == std::string::npos)
            return {};
        buffer = (buffer << 5) | static_cast<unsigned>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((buffer >> bits) & 0xff));
        }
    }
    return out;
}

std::string codeAt(const QByteArray &key, std::int64_t unixTime, int digits)
{
    // RFC 6238 section 4: the counter is the number of steps since the epoch, as 8 bytes big-endian.
    const auto counter = static_cast<quint64>(unixTime / kStepSeconds);
    QByteArray message(8, '\0');
    for (int i = 0; i < 8; ++i)
        message[7 - i] = static_cast<char>((counter >> (8 * i)) & 0xff);
    const QByteArray mac = QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1);
    // RFC 4226 section 5.3: dynamic truncation.
    const int offset = mac[19] & 0x0f;
    const quint32 binary =
        ((static_cast<quint32>(mac[offset]) & 0x7f) << 24) | ((static_cast<quint32>(mac[offset + 1]) & 0xff) << 16) |
        ((static_cast<quint32>(mac[offset + 2]) & 0xff) << 8) | (static_cast<quint32>(mac[offset + 3]) & 0xff);
    quint32 modulo = 1;
    for (int i = 0; i < digits; ++i)
        modulo *= 10;
    return QStringLiteral("%1").arg(binary % modulo, digits, 10, QLatin1Char('0')).toStdString();
}

std::int64_t now()
{
    return static_cast<std::int64_t>(std::time(nullptr));
}

bool wellInsideAStep()
{
    const auto into = now() % kStepSeconds;
    return into >= 2 && into <= kStepSeconds - 6;
}

} // namespace helpdesk::test::totp
