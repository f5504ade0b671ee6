#include "domain/SharingWire.h"

#include "db/MailRepository.h"
#include "domain/MailSettings.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/DateTimeParser.h>
#include <Poco/DigestEngine.h>
#include <Poco/SHA1Engine.h>
#include <Poco/Exception.h>
#include <Poco/URI.h>

#include <sodium.h>

#include <algorithm>
#include <vector>

namespace helpdesk::domain::sharing {

namespace {
std::string sha1Hex(const std::string &text)
{
    Poco::SHA1Engine engine;
    engine.update(text);
    return Poco::DigestEngine::digestToHex(engine.digest());
}

std::string withoutScheme(const std::string &url)
{
    auto at = url.find("://");
    return at == std::string::npos ? url : url.substr(at + 3);
}
} // namespace

std::string uuidFor(const std::string &baseUrl, const std::string &type, std::int64_t localId)
{
    return sha1Hex(withoutScheme(baseUrl) + "/" + type + "/" + std::to_string(localId));
}

std::string randomHex40()
{
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    return sha1Hex(std::string(reinterpret_cast<const char *>(bytes), sizeof bytes));
}

bool isUuid(const std::string &text)
{
    return text.size() == 40 && std::all_of(text.begin(), text.end(),
                                            [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::string formatDate(const Poco::Timestamp &time)
{
    return Poco::DateTimeFormatter::format(time, "%Y-%m-%d %H:%M:%S +0000");
}

std::string wireDateFromIso(const std::string &iso)
{
    auto time = parseDate(iso);
    return time ? formatDate(*time) : iso;
}

std::optional<Poco::Timestamp> parseDate(const std::string &text)
{
    // Poco's parser is lenient ("yesterday" parses): the date and time must be there, digit by digit.
    static const char kShape[] = "dddd-dd-dd?dd:dd:dd";
    if (text.size() < sizeof kShape - 1)
        return std::nullopt;
    for (std::size_t i = 0; i + 1 < sizeof kShape; ++i) {
        const char c = text[i];
        const bool fits = kShape[i] == 'd'   ? (c >= '0' && c <= '9')
                          : kShape[i] == '?' ? (c == ' ' || c == 'T')
                                             : c == kShape[i];
        if (!fits)
            return std::nullopt;
    }
    // The wire form (a space before the zone, as Ruby's strftime('%z') writes it) or ISO 8601 (a T),
    // told apart first: the wire formats would read an ISO time's fraction as its end and lose the zone.
    static const std::vector<std::string> kWireFormats{"%Y-%m-%d %H:%M:%S %Z", "%Y-%m-%d %H:%M:%S%z"};
    static const std::vector<std::string> kIsoFormats{Poco::DateTimeFormat::ISO8601_FRAC_FORMAT,
                                                      Poco::DateTimeFormat::ISO8601_FORMAT};
    for (const auto &format : text[10] == 'T' ? kIsoFormats : kWireFormats) {
        try {
            int zone = 0;
            Poco::DateTime parsed;
            if (!Poco::DateTimeParser::tryParse(format, text, parsed, zone))
                continue;
            parsed.makeUTC(zone);
            return parsed.timestamp();
        } catch (const Poco::Exception &) {
            continue;
        }
    }
    return std::nullopt;
}

std::string ownBaseUrl(db::Tx &tx)
{
    // Read fresh, not through MailSettings' cache: the URL is the desk's identity on the wire, and
    // that cache is one per process (several desks share it in tests).
    const auto fallback = MailSettings{}.publicUrl;
    auto stored = db::MailRepository::setting(tx, "mail");
    auto base = stored ? stored->optValue<std::string>("public_url", fallback) : fallback;
    while (!base.empty() && base.back() == '/')
        base.pop_back();
    return base + "/sharing";
}

void WireRoutes::add(const std::string &resource, WireResource serve, bool needsAcceptedAgreement)
{
    m_routes[resource] = Route{std::move(serve), needsAcceptedAgreement};
}

const WireRoutes::Route *WireRoutes::find(const std::string &resource) const
{
    auto it = m_routes.find(resource);
    return it == m_routes.end() ? nullptr : &it->second;
}

} // namespace helpdesk::domain::sharing
