#include "db/IntegrationLogRepository.h"

#include "db/PqxxOptional.h"

namespace helpdesk::db {

namespace {
const Statement kAppend{
    "integration_log_insert",
    "INSERT INTO integration_log (integration_id, direction, method, endpoint, status, latency_ms, payload_excerpt,"
    " error, subscription_id, delivery_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"};
const Statement kList{"integration_log_list",
                      "SELECT json_build_object('id', l.id, 'integration_id', l.integration_id, 'at', l.at,"
                      " 'direction', l.direction, 'method', l.method, 'endpoint', l.endpoint, 'status', l.status,"
                      " 'latency_ms', l.latency_ms, 'payload_excerpt', l.payload_excerpt, 'error', l.error,"
                      " 'subscription_id', l.subscription_id, 'delivery_id', l.delivery_id)::text"
                      " FROM integration_log l WHERE ($1::bigint IS NULL OR l.integration_id = $1)"
                      "   AND ($2::bigint IS NULL OR l.id < $2) ORDER BY l.id DESC LIMIT $3"};
const Statement kPurge{"integration_log_purge",
                       "DELETE FROM integration_log l USING integrations i WHERE i.id = l.integration_id"
                       " AND l.at < now() - make_interval(days => i.log_retention_days)"};

const std::string kReplacement = "\xEF\xBF\xBD"; // U+FFFD

/// The length of the valid UTF-8 sequence at `text[i]` (RFC 3629: no overlongs, surrogates or
/// code points past U+10FFFF), or 0 when there is none.
std::size_t sequenceAt(std::string_view text, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80)
        return lead == 0 ? 0 : 1;
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF; // the allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0;
        if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        if (lead == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (i + length > text.size() || byte(i + 1) < low || byte(i + 1) > high)
        return 0;
    for (std::size_t k = 2; k < length; ++k)
        if ((byte(i + k) & 0xC0) != 0x80)
            return 0;
    return length;
}
} // namespace

std::string IntegrationLogRepository::textExcerpt(std::string_view text, std::size_t maxBytes)
{
    std::string out;
    out.reserve(std::min(text.size(), maxBytes));
    for (std::size_t i = 0; i < text.size();) {
        const auto length = sequenceAt(text, i);
        const std::string_view piece = length ? text.substr(i, length) : std::string_view(kReplacement);
        if (out.size() + piece.size() > maxBytes)
            break;
        out += piece;
        i += length ? length : 1;
    }
    return out;
}

void IntegrationLogRepository::append(Tx &tx, const IntegrationCall &call)
{
    std::optional<std::string> error;
    if (call.error)
        error = textExcerpt(*call.error, kErrorBytes);
    tx.exec(kAppend, call.integrationId, call.direction, call.method, textExcerpt(call.endpoint, 2000), call.status,
            call.latencyMs, textExcerpt(call.payloadExcerpt, kExcerptBytes), error, call.subscriptionId,
            call.deliveryId);
}

protocol::JsonArray IntegrationLogRepository::list(Tx &tx, std::optional<std::int64_t> integrationId,
                                                   std::optional<std::int64_t> beforeId, int limit)
{
    auto out = protocol::newArray();
    for (const auto &row : tx.exec(kList, integrationId, beforeId, limit))
        out->add(protocol::parseJsonObject(row[0].c_str()));
    return out;
}

std::int64_t IntegrationLogRepository::purgeExpired(Tx &tx)
{
    return static_cast<std::int64_t>(tx.exec(kPurge).affected_rows());
}

} // namespace helpdesk::db
