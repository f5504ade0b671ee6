#include "mail/OversizedMail.h"

#include "db/ContentHash.h"
#include "db/EventRepository.h"
#include "db/MailRepository.h"

#include <Poco/Logger.h>

#include <glib.h>

#include <algorithm>

namespace helpdesk::mail {

namespace {
/// Header bytes as text PostgreSQL accepts: valid UTF-8 (8-bit junk replaced), no NUL.
std::string readableText(std::string bytes)
{
    std::replace(bytes.begin(), bytes.end(), '\0', '?');
    gchar *valid = g_utf8_make_valid(bytes.data(), static_cast<gssize>(bytes.size()));
    std::string out = valid ? valid : "";
    g_free(valid);
    return out;
}
} // namespace

std::string OversizedMail::headerBlock(std::string_view raw)
{
    std::size_t end = std::string_view::npos;
    for (std::string_view blank : {"\r\n\r\n", "\n\n"}) {
        auto at = raw.find(blank);
        if (at != std::string_view::npos && (end == std::string_view::npos || at + blank.size() < end))
            end = at + blank.size();
    }
    if (end == std::string_view::npos)
        end = raw.size();
    return std::string(raw.substr(0, std::min(end, kHeaderKeep)));
}

InboundResult OversizedMail::refuse(db::Tx &tx, const std::string &headers, std::int64_t size, std::int64_t limit,
                                    const InboundOrigin &origin)
{
    std::string reason = "refused: the message has " + std::to_string(size) + " bytes; the limit is " +
                         std::to_string(limit) + ". Only its headers are kept";
    if (headers.size() >= kHeaderKeep)
        reason += " (the first " + std::to_string(kHeaderKeep) + " bytes of them)";
    // Not content-addressed like stored mail (the body is never read): keyed by headers and size,
    // in a namespace of its own, so a message refused twice is one entry.
    auto key = "refused:" + db::ContentHash::sha256Hex(headers) + ":" + std::to_string(size);
    auto [id, inserted] =
        db::MailRepository::refuseInbound(tx, key, headers, readableText(headers), size, origin.source,
                                          origin.mailboxId, origin.envelopeRecipient, reason);
    InboundResult result;
    result.inboundId = id;
    result.state = "refused";
    result.error = reason;
    if (inserted) {
        db::NewEvent event;
        event.kind = "mail.inbound_refused";
        event.audience = db::Audience::Admin;
        event.data = protocol::newObject();
        event.data->set("inbound_id", id);
        event.data->set("error", reason);
        db::EventRepository::append(tx, event);
        Poco::Logger::get("helpdesk.server.mail")
            .warning("inbound %s from %s %s", std::to_string(id), origin.source, reason);
    }
    return result;
}

} // namespace helpdesk::mail
