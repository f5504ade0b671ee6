#include "api/Methods.h"

#include "domain/EventPage.h"
#include "protocol/ProtocolError.h"

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;
using helpdesk::protocol::JsonReader;

namespace helpdesk::api {

std::vector<MethodSpec> eventMethods()
{
    return {
        // Events for clients that poll over HTTP instead of holding a WebSocket.
        {.name = "event.list",
         .verb = "GET",
         .path = "/events",
         .transaction = Transaction::None,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto after = r.optInt("after").value_or(0);
                 auto limit = r.optInt("limit");
                 r.finish();
                 return domain::EventPage::after(c.services.feed, c.actor(), after, limit);
             }},
        // The WebSocket session's own: its event stream and its presence.
        {.name = "event.subscribe",
         .transaction = Transaction::None,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto after = r.optInt("after").value_or(0);
                 r.finish();
                 return wrap("watermark", c.context.session->subscribeAfterReply(after));
             }},
        {.name = "presence.set",
         .access = Access::Staff,
         .transaction = Transaction::None,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto ticketId = r.requireInt("ticket_id");
                 auto activity = r.optString("activity").value_or("viewing");
                 r.finish();
                 if (activity != "viewing" && activity != "replying" && activity != "left")
                     throw ApiError(ErrorCode::ValidationFailed, "activity must be viewing, replying or left",
                                    "activity");
                 c.context.session->setPresence(ticketId, activity);
                 return protocol::newObject();
             }},
    };
}

} // namespace helpdesk::api
