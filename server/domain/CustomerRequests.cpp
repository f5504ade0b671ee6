#include "domain/CustomerRequests.h"

#include "db/ArticleRepository.h"
#include "db/ConfigRepository.h"
#include "db/TicketRepository.h"
#include "db/UserRepository.h"
#include "domain/HtmlSanitizer.h"
#include "domain/Permissions.h"
#include "domain/PublicHistory.h"
#include "domain/TicketService.h"
#include "domain/TicketView.h"
#include "domain/UploadQuota.h"
#include "protocol/ProtocolError.h"

#include <re2/re2.h>

#include <algorithm>
#include <functional>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
constexpr int kMaxPage = 100000; // far past any customer's requests; keeps the offset small

void requireCustomer(const Actor &actor)
{
    if (actor.isStaff())
        throw ApiError(ErrorCode::Forbidden, "the requester portal is for customers; staff use the desktop client");
}

/// The ticket of a request number the customer may read; the one answer otherwise.
protocol::Ticket requestOf(db::Tx &tx, const Actor &actor, std::int64_t number)
{
    requireCustomer(actor);
    auto id = db::TicketRepository::idByNumber(tx, number);
    if (!id)
        throw permissions::noSuchTicket();
    return TicketService::get(tx, actor, *id);
}

std::optional<std::string> configName(db::Tx &tx, db::ConfigKind kind, std::optional<std::int64_t> id)
{
    auto row = id ? db::ConfigRepository::get(tx, kind, *id) : nullptr;
    return row ? std::optional(row->getValue<std::string>("name")) : std::nullopt;
}

std::optional<std::string> personName(db::Tx &tx, std::optional<std::int64_t> id)
{
    auto user = id ? db::UserRepository::findById(tx, *id) : std::nullopt;
    return user ? std::optional(user->name) : std::nullopt;
}

/// A browser's file name as a plain name: no folders (old browsers send the whole path), no
/// control characters (it becomes a MIME header of the mail that carries the file).
std::string plainFileName(const std::string &sent)
{
    auto name = sent.substr(sent.find_last_of("/\\") + 1);
    name.erase(std::remove_if(name.begin(), name.end(), [](unsigned char c) { return c < 0x20 || c == 0x7f; }),
               name.end());
    return name.empty() ? std::string("attachment") : name.substr(0, 255);
}

/// A browser's content type when it is a plain type/subtype, else application/octet-stream.
std::string plainContentType(const std::string &sent)
{
    static const RE2 kType("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*");
    auto type = sent.substr(0, sent.find(';'));
    type.erase(type.find_last_not_of(" \t") + 1);
    return RE2::FullMatch(type, kType) ? type : std::string("application/octet-stream");
}

/// Checks a message and stores its files (counted against the quota); returns what to attach.
std::vector<protocol::AttachmentRef> storeMessage(db::Tx &tx, const Actor &actor, const std::string &text,
                                                  const std::vector<UploadedFile> &files, const UploadQuota &quota)
{
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        throw ApiError(ErrorCode::ValidationFailed, "write what your message is about", "text");
    if (files.size() > CustomerRequests::kMaxFiles)
        throw ApiError(ErrorCode::ValidationFailed,
                       "a message carries at most " + std::to_string(CustomerRequests::kMaxFiles) + " files", "files");
    std::vector<protocol::AttachmentRef> refs;
    for (const auto &file : files) {
        if (file.content.empty())
            throw ApiError(ErrorCode::ValidationFailed, "the file " + plainFileName(file.filename) + " is empty",
                           "files");
        quota.charge(tx, actor, static_cast<std::int64_t>(file.content.size()));
        auto ref = TicketService::storeAttachment(tx, actor, file.content);
        ref.filename = plainFileName(file.filename);
        ref.contentType = plainContentType(file.contentType);
        refs.push_back(std::move(ref));
    }
    return refs;
}

protocol::ArticleParams webMessage(const std::string &text, std::vector<protocol::AttachmentRef> attachments)
{
    protocol::ArticleParams article;
    article.channel = "web";
    article.bodyText = text;
    article.attachments = std::move(attachments);
    return article;
}

/// The active rows of a configuration kind, by name, with the keys asked for.
protocol::JsonArray activeRows(db::Tx &tx, db::ConfigKind kind, const std::vector<std::string> &keys,
                               const std::function<bool(const protocol::JsonObject &)> &wanted)
{
    auto rows = db::ConfigRepository::list(tx, kind);
    std::vector<protocol::JsonObject> picked;
    for (unsigned i = 0; rows && i < rows->size(); ++i) {
        auto row = rows->getObject(i);
        if (!row->optValue<bool>("active", true) || !wanted(row))
            continue;
        auto shown = protocol::newObject();
        for (const auto &key : keys)
            shown->set(key, row->get(key));
        picked.push_back(shown);
    }
    std::sort(picked.begin(), picked.end(), [](const auto &a, const auto &b) {
        return a->template getValue<std::string>("name") < b->template getValue<std::string>("name");
    });
    auto out = protocol::newArray();
    for (const auto &row : picked)
        out->add(row);
    return out;
}
} // namespace

bool CustomerRequests::seesOrganization(const Actor &actor)
{
    return !actor.isStaff() && actor.organizationShared && actor.organizationId.has_value();
}

RequestPage CustomerRequests::list(db::Tx &tx, const Actor &actor, RequestOwner owner, bool open, int page)
{
    requireCustomer(actor);
    db::CustomerTicketQuery query;
    query.customerId = actor.userId;
    if (owner == RequestOwner::Organization) {
        if (!seesOrganization(actor))
            throw ApiError(ErrorCode::NotFound, "your organization does not share its requests");
        query.organizationId = actor.organizationId;
    }
    // Merged requests live on in the one they were merged into.
    query.stateTypes = open ? std::vector<std::string>{"new", "open", "pending_reminder", "pending_close"}
                            : std::vector<std::string>{"closed"};
    query.publicFields = PublicHistory::fields(*TicketView::customerFields(tx));
    query.limit = kPageSize + 1;
    query.offset = (std::clamp(page, 1, kMaxPage) - 1) * kPageSize;
    RequestPage result;
    result.requests = db::CustomerTicketRepository::list(tx, query);
    result.hasMore = result.requests.size() > static_cast<std::size_t>(kPageSize);
    if (result.hasMore)
        result.requests.resize(kPageSize);
    return result;
}

protocol::JsonObject CustomerRequests::view(db::Tx &tx, const Actor &actor, std::int64_t number)
{
    auto ticket = requestOf(tx, actor, number);
    std::string lastActivity = ticket.createdAt;
    auto messages = protocol::newArray();
    for (const auto &article : db::ArticleRepository::list(tx, ticket.id, false)) {
        auto shown = TicketView::articleForCustomer(tx, ticket, article.toJson());
        // Sanitized when stored; again here, so a page never shows what an older sanitizer let by.
        if (article.bodyHtml)
            shown->set("body_html", HtmlSanitizer::sanitize(*article.bodyHtml));
        auto files = shown->getArray("attachments");
        for (unsigned i = 0; files && i < files->size(); ++i)
            files->getObject(i)->set("index", static_cast<std::int64_t>(i));
        lastActivity = std::max(lastActivity, article.createdAt);
        // An agent's message shows its author's name, never the address it went out from.
        auto author = article.sender == "agent" ? personName(tx, article.authorId) : std::nullopt;
        shown->set("from_name",
                   author && !author->empty() ? *author : writerName(shown->optValue<std::string>("from", "")));
        messages->add(shown);
    }
    auto history = PublicHistory::of(tx, ticket);
    for (unsigned i = 0; i < history->size(); ++i)
        lastActivity = std::max(lastActivity, history->getObject(i)->getValue<std::string>("at"));
    auto request = protocol::newObject();
    request->set("id", ticket.id);
    request->set("number", ticket.number);
    request->set("title", ticket.title);
    request->set("created_at", ticket.createdAt);
    request->set("last_activity_at", lastActivity);
    protocol::setOptional(request, "group_name", configName(tx, db::ConfigKind::Group, ticket.groupId));
    request->set("state_type", ticket.stateType);
    protocol::setOptional(request, "owner_name", personName(tx, ticket.ownerId));
    protocol::setOptional(request, "type_name", configName(tx, db::ConfigKind::Type, ticket.typeId));
    protocol::setOptional(request, "customer_name", personName(tx, ticket.customerId));
    request->set("can_reopen", ticket.stateType == "closed" || ticket.stateType == "pending_close");
    auto out = protocol::newObject();
    out->set("request", request);
    out->set("messages", messages);
    out->set("history", history);
    return out;
}

protocol::JsonArray CustomerRequests::offeredQueues(db::Tx &tx)
{
    return activeRows(
        tx, db::ConfigKind::Group, {"id", "name", "customer_description"},
        [](const protocol::JsonObject &row) { return row->optValue<bool>("offered_to_customers", false); });
}

protocol::JsonArray CustomerRequests::activeTypes(db::Tx &tx)
{
    return activeRows(tx, db::ConfigKind::Type, {"id", "name"}, [](const protocol::JsonObject &) { return true; });
}

protocol::JsonArray CustomerRequests::customerFields(db::Tx &tx)
{
    auto out = protocol::newArray();
    auto definitions = db::ConfigRepository::customFields(tx, "ticket"); // active ones
    for (unsigned i = 0; definitions && i < definitions->size(); ++i) {
        auto definition = definitions->getObject(i);
        if (!definition->optValue<bool>("customer_editable", false))
            continue;
        auto field = protocol::newObject();
        for (const char *key : {"name", "label", "field_type", "options"})
            field->set(key, definition->get(key));
        field->set("required", definition->optValue<bool>("required", false));
        out->add(field);
    }
    return out;
}

std::string CustomerRequests::writerName(const std::string &from)
{
    const auto open = from.rfind('<');
    if (open == std::string::npos || from.back() != '>')
        return from;
    auto name = from.substr(0, open);
    name.erase(name.find_last_not_of(" \t") + 1);
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"') {
        std::string unquoted;
        for (std::size_t i = 1; i + 1 < name.size(); ++i) {
            if (name[i] == '\\' && i + 2 < name.size())
                ++i;
            unquoted += name[i];
        }
        name = unquoted;
    }
    return name.empty() ? from.substr(open + 1, from.size() - open - 2) : name;
}

std::int64_t CustomerRequests::open(db::Tx &tx, const Actor &actor, const NewRequest &request, const UploadQuota &quota)
{
    requireCustomer(actor);
    protocol::TicketCreateParams params;
    params.title = request.title;
    params.groupId = request.groupId;
    params.typeId = request.typeId;
    params.custom = request.custom ? request.custom : protocol::newObject();
    params.article = webMessage(request.text, storeMessage(tx, actor, request.text, request.files, quota));
    auto created = TicketService::create(tx, actor, params);
    return created->getObject("ticket")->getValue<std::int64_t>("number");
}

void CustomerRequests::reply(db::Tx &tx, const Actor &actor, std::int64_t number, const std::string &text,
                             const std::vector<UploadedFile> &files, const UploadQuota &quota)
{
    auto ticket = requestOf(tx, actor, number);
    TicketService::addArticle(tx, actor, ticket.id, webMessage(text, storeMessage(tx, actor, text, files, quota)));
}

void CustomerRequests::reopen(db::Tx &tx, const Actor &actor, std::int64_t number)
{
    TicketService::reopen(tx, actor, requestOf(tx, actor, number).id);
}

AttachmentDownload CustomerRequests::attachment(db::Tx &tx, const Actor &actor, std::int64_t number,
                                                std::int64_t articleId, std::size_t index)
{
    auto ticket = requestOf(tx, actor, number);
    for (const auto &article : db::ArticleRepository::list(tx, ticket.id, false)) {
        if (article.id != articleId || index >= article.attachments.size())
            continue;
        const auto &file = article.attachments[index];
        if (auto content = db::ArticleRepository::blobContent(tx, file.sha256))
            return {file.filename, std::move(*content)};
    }
    throw ApiError(ErrorCode::NotFound, "no such file on a message of this request");
}

} // namespace helpdesk::domain
