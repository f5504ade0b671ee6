#include "api/Methods.h"

#include "api/ApiLimits.h"
#include "domain/ExternalIds.h"
#include "domain/TicketService.h"
#include "domain/UploadQuota.h"
#include "protocol/Messages.h"
#include "protocol/ProtocolError.h"

using helpdesk::domain::TicketService;
using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::api {

namespace {
Reply createArticle(MethodCall &c)
{
    // ticket_id sits beside the article's own fields; take it out before the strict read.
    auto fields = protocol::parseJsonObject(protocol::toJsonText(c.params));
    auto ticketId = protocol::JsonReader(fields).requireInt("ticket_id");
    fields->remove("ticket_id");
    auto made = domain::ExternalIds::createArticle(c.tx(), c.actor(), ticketId, fields);
    return Reply::withStatus(made.answer, made.created ? 201 : 200);
}

protocol::JsonObject uploadAttachment(MethodCall &c)
{
    const auto &content = c.body->bytes;
    if (content.empty())
        throw ApiError(ErrorCode::ValidationFailed, "the attachment is empty", "body");
    domain::UploadQuota(c.services.limits.uploadBytesPerUserPerDay)
        .charge(c.tx(), c.actor(), static_cast<std::int64_t>(content.size()));
    auto ref = TicketService::storeAttachment(c.tx(), c.actor(), content);
    // Only the name is read from the query; anything else there is ignored, as scripts send extras.
    if (auto filename = protocol::JsonReader(c.params).optString("filename"))
        ref.filename = *filename;
    ref.contentType = c.body->contentType.empty() ? "application/octet-stream" : c.body->contentType;
    return wrap("attachment", ref.toJson());
}
} // namespace

std::vector<MethodSpec> articleMethods()
{
    return {
        {.name = "article.list",
         .verb = "GET",
         .path = "/tickets/{ticket_id}/articles",
         .handler =
             [](MethodCall &c) {
                 return wrap("articles", TicketService::articles(c.tx(), c.actor(), onlyInt(c.params, "ticket_id")));
             }},
        {.name = "article.create",
         .verb = "POST",
         .path = "/tickets/{ticket_id}/articles",
         .transaction = Transaction::Write,
         .successStatus = 201,
         .handler = createArticle},
        {.name = "attachment.upload",
         .verb = "POST",
         .path = "/attachments",
         .transaction = Transaction::Write,
         .successStatus = 201,
         .request = Payload::File,
         .handler = uploadAttachment},
        {.name = "attachment.download",
         .verb = "GET",
         .path = "/attachments/{sha256}",
         .reply = Payload::File,
         .handler =
             [](MethodCall &c) {
                 // Read as text: a path segment of digits would otherwise arrive as a number.
                 auto sha256 = c.params->get("sha256").toString();
                 return Reply::file(TicketService::attachmentContent(c.tx(), c.actor(), sha256));
             }},
    };
}

} // namespace helpdesk::api
