// The requester portal: a customer's open and closed requests, their organization's, one request
// with its public history, replies and files, reopening, and new requests in an offered queue.
// Thin adapters over domain::CustomerRequests, which holds every rule.

#include "web/PortalPages.h"

#include "api/ApiLimits.h"
#include "domain/PortalSettings.h"
#include "domain/UploadQuota.h"
#include "protocol/ProtocolError.h"

#include <Poco/NumberParser.h>
#include <Poco/String.h>
#include <Poco/URI.h>

#include <iterator>
#include <set>
#include <sstream>
#include <tuple>

using helpdesk::domain::CustomerRequests;
using helpdesk::domain::RequestOwner;
using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::web {

namespace {
constexpr const char *kCustomPrefix = "custom."; // form inputs of custom fields, as the domain names them

/// The notes a portal page may be sent to show (`?notice=`), each a text key "notice_<name>".
std::string noticeOf(const PageCall &call)
{
    static const std::set<std::string> known{"request_opened", "reply_sent", "reopened", "password_set"};
    auto notice = PageCall::field(call.query, "notice");
    return known.count(notice) ? call.text("notice_" + notice) : std::string();
}

/// "2026-12-03T14:05:09.123Z" in the visitor's words: "3 Dec 2026, 14:05" (UTC).
std::string dateOf(const PageCall &call, const std::string &iso)
{
    if (iso.size() < 16)
        return iso;
    std::istringstream months(call.text("months"));
    std::vector<std::string> names{std::istream_iterator<std::string>(months), {}};
    const int month = std::atoi(iso.substr(5, 2).c_str());
    const auto name = month >= 1 && month <= static_cast<int>(names.size()) ? names[month - 1] : iso.substr(5, 2);
    return call.format("date_format", {{"day", std::to_string(std::atoi(iso.substr(8, 2).c_str()))},
                                       {"month", name},
                                       {"year", iso.substr(0, 4)},
                                       {"time", iso.substr(11, 5)}});
}

std::string sizeOf(const PageCall &call, std::int64_t bytes)
{
    if (bytes < 1024)
        return call.format("size_bytes", {{"n", std::to_string(bytes)}});
    if (bytes < 1024 * 1024)
        return call.format("size_kb", {{"n", std::to_string((bytes + 512) / 1024)}});
    const auto tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
    auto number = std::to_string(tenths / 10);
    if (tenths % 10 != 0)
        number += "." + std::to_string(tenths % 10);
    return call.format("size_mb", {{"n", number}});
}

/// How large the files of one form may be together (the API's attachment limit), in words.
std::string filesLimit(const PageCall &call)
{
    return sizeOf(call, static_cast<std::int64_t>(call.services.limits.maxAttachment));
}

/// How many files a message takes, and how large they may be together.
std::string filesHint(const PageCall &call)
{
    return call.format("files_hint",
                       {{"count", std::to_string(CustomerRequests::kMaxFiles)}, {"size", filesLimit(call)}});
}

/// A state type in plain words ("Solved" for pending_close).
std::string stateWords(const PageCall &call, const std::string &stateType)
{
    static const std::set<std::string> known{"new", "open", "pending_reminder", "pending_close", "closed", "merged"};
    return call.text(known.count(stateType) ? "state_" + stateType : "state_open");
}

std::string requestHref(std::int64_t number)
{
    return "/requests/" + std::to_string(number);
}

/// The request number of the path; a path that names none is a page that does not exist.
std::int64_t requestNumber(const PageCall &call)
{
    const auto text = PageCall::field(call.path, "number");
    Poco::UInt64 number = 0;
    if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos ||
        !Poco::NumberParser::tryParseUnsigned64(text, number))
        throw ApiError(ErrorCode::NotFound, "no such request");
    return static_cast<std::int64_t>(number);
}

int pageOf(const PageCall &call)
{
    int page = 1;
    auto text = PageCall::field(call.query, "page");
    if (!Poco::NumberParser::tryParse(text, page) || page < 1)
        page = 1;
    return page;
}

domain::UploadQuota quotaOf(const PageCall &call)
{
    return domain::UploadQuota(call.services.limits.uploadBytesPerUserPerDay);
}

/// Runs a portal page for a signed-in customer; a visitor who is not signed in is sent to sign
/// in, staff to their start page (they work in the desktop client).
template <typename Page> PageRoute customerRoute(std::string verb, std::string path, Page page, bool files = false)
{
    return {std::move(verb), std::move(path),
            [page](PageCall &call) {
                if (call.visitor.actor && call.visitor.actor->isStaff())
                    return PageReply::redirect("/");
                if (auto off = portalNotOffered(call))
                    return *off;
                if (!call.visitor.actor)
                    return PageReply::redirect("/sign-in");
                return page(call);
            },
            files};
}

// --- lists -----------------------------------------------------------------------------------

/// The tabs above every list: open, closed, the organization's (where shared), and a new request.
mstch::array tabsOf(const PageCall &call, const std::string &current)
{
    mstch::array tabs;
    auto add = [&](const std::string &name, const std::string &href, const std::string &label) {
        tabs.emplace_back(mstch::map{{"href", href}, {"label", call.text(label)}, {"current", name == current}});
    };
    add("open", "/", "tab_open");
    add("closed", "/requests?state=closed", "tab_closed");
    if (CustomerRequests::seesOrganization(*call.visitor.actor))
        add("organization", "/organization", "tab_organization");
    add("new", "/requests/new", "tab_new");
    return tabs;
}

PageReply requestList(PageCall &call, RequestOwner owner)
{
    const bool open = PageCall::field(call.query, "state") != "closed";
    const int page = pageOf(call);
    const auto &actor = *call.visitor.actor;
    auto found =
        call.services.pool.read([&](db::Tx &tx) { return CustomerRequests::list(tx, actor, owner, open, page); });
    const bool organization = owner == RequestOwner::Organization;
    mstch::array rows;
    for (const auto &request : found.requests)
        rows.emplace_back(mstch::map{
            {"number", std::to_string(request.number)},
            {"href", requestHref(request.number)},
            {"title", request.title},
            {"state", stateWords(call, request.stateType)},
            {"state_type", request.stateType},
            {"updated", dateOf(call, request.lastActivityAt)},
            {"updated_iso", request.lastActivityAt},
            {"requester", request.customerId == actor.userId ? call.text("requester_you") : request.customerName}});
    const std::string base = organization ? "/organization" : (open ? "/" : "/requests");
    auto pageHref = [&](int number) {
        Poco::URI uri(base);
        if (!open)
            uri.addQueryParameter("state", "closed");
        if (number > 1)
            uri.addQueryParameter("page", std::to_string(number));
        return uri.getPathAndQuery();
    };
    const std::string prefix = organization ? "organization_" : "mine_";
    const std::string which = open ? "open" : "closed";
    mstch::map values{
        {"wide", true},
        {"heading", call.text(organization ? "organization_heading" : (open ? "home_heading" : "closed_heading"))},
        {"tabs", tabsOf(call, organization ? "organization" : which)},
        {"list_heading", call.text(prefix + which + "_heading")},
        {"requests", rows},
        {"has_requests", !rows.empty()},
        {"empty_text", call.text(prefix + which + "_empty")},
        {"show_requester", organization},
        {"has_previous", page > 1},
        {"previous_href", pageHref(page - 1)},
        {"has_next", found.hasMore},
        {"next_href", pageHref(page + 1)}};
    if (organization)
        values.emplace("switch_href", open ? "/organization?state=closed" : "/organization");
    if (organization)
        values.emplace("switch_label", call.text(open ? "organization_show_closed" : "organization_show_open"));
    if (!organization && open)
        values.emplace("signed_in_as",
                       call.format("home_signed_in_as", {{"name", actor.name}, {"email", actor.email}}));
    if (auto notice = noticeOf(call); !notice.empty())
        values.emplace("notice", notice);
    return PageReply::show("requests", organization ? "organization_heading" : (open ? "home_title" : "closed_heading"),
                           std::move(values));
}

// --- one request -----------------------------------------------------------------------------

/// One change of the public history in plain words ("Closed by Anna"), or "" for one the page
/// does not tell (the API has them all).
std::string changeSentence(const PageCall &call, const protocol::JsonObject &change)
{
    const auto field = change->getValue<std::string>("field");
    const auto who = change->optValue<std::string>("actor_name", call.text("actor_desk"));
    const auto name = who.empty() ? call.text("actor_desk") : who;
    auto label = [&](const char *side) { return change->optValue<std::string>(std::string(side) + "_label", ""); };
    if (field == "created")
        return call.format("change_created", {{"name", name}});
    if (field == "title")
        return call.format("change_title", {{"name", name}, {"title", change->optValue<std::string>("new_value", "")}});
    if (field == "group_id")
        return call.format("change_group", {{"name", name}, {"group", label("new")}});
    if (field == "owner_id")
        return change->isNull("new_value") ? call.format("change_unassigned", {{"name", name}})
                                           : call.format("change_owner", {{"name", name}, {"owner", label("new")}});
    if (field != "state_id")
        return {};
    const auto to = change->optValue<std::string>("new_state_type", "");
    const auto from = change->optValue<std::string>("old_state_type", "");
    if (to == "open" && from != "new")
        return call.format("change_reopened", {{"name", name}});
    static const std::set<std::string> known{"new", "open", "pending_reminder", "pending_close", "closed", "merged"};
    return known.count(to) ? call.format("change_state_" + to, {{"name", name}}) : std::string();
}

mstch::map messageOf(const PageCall &call, std::int64_t number, const protocol::JsonObject &article)
{
    const auto id = article->getValue<std::int64_t>("id");
    mstch::array files;
    if (auto attachments = article->getArray("attachments"))
        for (unsigned i = 0; i < attachments->size(); ++i) {
            auto file = attachments->getObject(i);
            files.emplace_back(mstch::map{{"name", file->optValue<std::string>("filename", "attachment")},
                                          {"size", sizeOf(call, file->optValue<std::int64_t>("size", 0))},
                                          {"href", requestHref(number) + "/files/" + std::to_string(id) + "/" +
                                                       std::to_string(file->getValue<std::int64_t>("index"))}});
        }
    const auto html = article->isNull("body_html") ? std::string() : article->getValue<std::string>("body_html");
    const auto at = article->getValue<std::string>("created_at");
    return mstch::map{{"is_message", true},
                      {"id", std::to_string(id)},
                      {"from", article->optValue<std::string>("from_name", "")},
                      {"sender", article->optValue<std::string>("sender", "customer")},
                      {"at", dateOf(call, at)},
                      {"at_iso", at},
                      {"has_html", !html.empty()},
                      {"html", html}, // sanitized by domain::CustomerRequests::view; the one {{{ }}} of the pages
                      {"text", article->optValue<std::string>("body_text", "")},
                      {"files", files},
                      {"has_files", !files.empty()}};
}

/// The request page, with what a reply form held when it was refused.
PageReply requestPage(PageCall &call, std::int64_t number, const std::string &text,
                      const std::map<std::string, std::string> &errors, int status)
{
    auto shown =
        call.services.pool.read([&](db::Tx &tx) { return CustomerRequests::view(tx, *call.visitor.actor, number); });
    auto request = shown->getObject("request");
    // Messages and changes in the order they happened (ISO times in UTC compare as text); a change
    // made with a message (the request opened with its first one) comes before it.
    std::vector<std::pair<std::string, mstch::map>> timeline;
    auto history = shown->getArray("history");
    for (unsigned i = 0; i < history->size(); ++i) {
        auto change = history->getObject(i);
        auto sentence = changeSentence(call, change);
        if (sentence.empty())
            continue;
        const auto at = change->getValue<std::string>("at");
        timeline.emplace_back(
            at, mstch::map{{"is_change", true}, {"sentence", sentence}, {"at", dateOf(call, at)}, {"at_iso", at}});
    }
    auto messages = shown->getArray("messages");
    for (unsigned i = 0; i < messages->size(); ++i) {
        auto article = messages->getObject(i);
        timeline.emplace_back(article->getValue<std::string>("created_at"), messageOf(call, number, article));
    }
    std::stable_sort(timeline.begin(), timeline.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    mstch::array entries;
    for (auto &entry : timeline)
        entries.emplace_back(std::move(entry.second));

    const auto stateType = request->getValue<std::string>("state_type");
    const auto created = request->getValue<std::string>("created_at");
    const auto updated = request->getValue<std::string>("last_activity_at");
    const auto customer = request->optValue<std::string>("customer_name", "");
    const bool someoneElses = customer != call.visitor.actor->name;
    mstch::map values{{"wide", true},
                      {"number", std::to_string(number)},
                      {"request_title", request->getValue<std::string>("title")},
                      {"state", stateWords(call, stateType)},
                      {"state_type", stateType},
                      {"queue", request->optValue<std::string>("group_name", "")},
                      {"owner", request->isNull("owner_name") ? call.text("owner_none")
                                                              : request->getValue<std::string>("owner_name")},
                      {"has_owner", !request->isNull("owner_name")},
                      {"has_type", !request->isNull("type_name")},
                      {"type", request->optValue<std::string>("type_name", "")},
                      {"has_requester", someoneElses},
                      {"requester", customer},
                      {"created", dateOf(call, created)},
                      {"created_iso", created},
                      {"updated", dateOf(call, updated)},
                      {"updated_iso", updated},
                      {"can_reopen", request->getValue<bool>("can_reopen")},
                      {"can_reply", stateType != "merged"},
                      {"reply_reopens", stateType != "new" && stateType != "open"},
                      {"timeline", entries},
                      {"text_value", text},
                      {"files_hint", filesHint(call)}};
    for (const auto &[field, message] : errors)
        values.emplace(field + "_error", message);
    if (auto notice = noticeOf(call); !notice.empty())
        values.emplace("notice", notice);
    return PageReply::show("request", "request_title", std::move(values), status);
}

/// The words for a refusal of a message's text or files, by the field the domain named.
std::map<std::string, std::string> messageErrors(const PageCall &call, const ApiError &e)
{
    if (e.code() == ErrorCode::PayloadTooLarge)
        return {{"files", call.format("files_too_large", {{"size", filesLimit(call)}})}};
    if (e.code() == ErrorCode::TooManyRequests)
        return {{"files", call.text("files_quota")}};
    if (e.code() != ErrorCode::ValidationFailed)
        throw e;
    const auto &field = e.field();
    if (field == "text" || field == "article.body_text" || field == "body_text")
        return {{"text", call.text("message_text_needed")}};
    if (field == "title")
        return {{"title", call.text("new_request_title_needed")}};
    if (field == "group_id")
        return {{"queue", call.text("new_request_queue_needed")}};
    if (field == "type_id")
        return {{"type", call.text("new_request_type_needed")}};
    if (field.rfind(kCustomPrefix, 0) == 0)
        return {{field, ""}}; // worded by the form, which knows the field's label (customFieldRows)
    return {{"files", call.format("files_refused", {{"reason", e.what()}})}};
}

PageReply reply(PageCall &call)
{
    const auto number = requestNumber(call);
    const auto text = PageCall::field(call.form, "text");
    try {
        call.services.pool.write([&](db::Tx &tx) {
            CustomerRequests::reply(tx, *call.visitor.actor, number, text, call.files, quotaOf(call));
        });
    } catch (const ApiError &e) {
        if (e.code() == ErrorCode::NotFound || e.code() == ErrorCode::Conflict)
            throw;
        return requestPage(call, number, text, messageErrors(call, e),
                           e.code() == ErrorCode::PayloadTooLarge ? 413 : 422);
    }
    return PageReply::redirect(requestHref(number) + "?notice=reply_sent");
}

// --- a new request ---------------------------------------------------------------------------

/// The form's input name of a custom field ("custom.serial"); a multiselect's options add ".<index>".
std::string customInput(const protocol::JsonObject &field)
{
    return kCustomPrefix + field->getValue<std::string>("name");
}

/// The values the form holds for the custom fields customers fill in, as the API takes them;
/// empty ones left out (the domain refuses a required one left out). A box not ticked is false.
protocol::JsonObject customValuesOf(const PageCall &call, const protocol::JsonArray &fields)
{
    auto values = protocol::newObject();
    for (unsigned i = 0; i < fields->size(); ++i) {
        auto field = fields->getObject(i);
        const auto name = field->getValue<std::string>("name");
        const auto type = field->getValue<std::string>("field_type");
        const auto input = customInput(field);
        if (type == "boolean") {
            values->set(name, PageCall::field(call.form, input) == "true");
            continue;
        }
        if (type == "multiselect") {
            auto chosen = protocol::newArray();
            auto options = field->getArray("options");
            for (unsigned o = 0; options && o < options->size(); ++o)
                if (!PageCall::field(call.form, input + "." + std::to_string(o)).empty())
                    chosen->add(options->get(o));
            if (chosen->size() > 0)
                values->set(name, chosen);
            continue;
        }
        const auto text = Poco::trim(PageCall::field(call.form, input));
        Poco::Int64 number = 0;
        if (text.empty())
            continue;
        if (type == "integer" && Poco::NumberParser::tryParse64(text, number))
            values->set(name, number);
        else if (type == "datetime" && text.size() == 16) // a browser's "2026-01-31T12:00", read as UTC
            values->set(name, text + ":00Z");
        else
            values->set(name, text);
    }
    return values;
}

/// The custom fields of the new-request form, with what the form held and the error of each.
mstch::array customFieldRows(const PageCall &call, const protocol::JsonArray &fields,
                             const std::map<std::string, std::string> &errors)
{
    mstch::array rows;
    for (unsigned i = 0; i < fields->size(); ++i) {
        auto field = fields->getObject(i);
        const auto type = field->getValue<std::string>("field_type");
        const auto input = customInput(field);
        const auto label = field->getValue<std::string>("label");
        auto value = PageCall::field(call.form, input);
        if (type == "datetime" && value.size() > 16)
            value.resize(16);
        bool empty = value.empty();
        mstch::array options;
        auto choices = field->getArray("options");
        for (unsigned o = 0; choices && o < choices->size(); ++o) {
            const auto option = choices->get(o).toString();
            const auto optionInput = input + "." + std::to_string(o);
            options.emplace_back(
                mstch::map{{"value", option},
                           {"input_name", optionInput},
                           {"input_id", "field-" + field->getValue<std::string>("name") + "-" + std::to_string(o)},
                           {"selected", value == option},
                           {"checked", !PageCall::field(call.form, optionInput).empty()}});
            if (type == "multiselect" && !PageCall::field(call.form, optionInput).empty())
                empty = false;
        }
        mstch::map row{{"input_name", input}, {"input_id", "field-" + field->getValue<std::string>("name")},
                       {"label", label},      {"required", field->getValue<bool>("required")},
                       {"value", value},      {"checked", value == "true"},
                       {"options", options},  {"is_" + type, true}};
        // Left empty, it was required; filled in, the field does not take that value.
        if (errors.count(input))
            row.emplace("error", call.format(empty ? "new_request_field_needed" : "new_request_field_invalid",
                                             {{"label", label}}));
        rows.emplace_back(std::move(row));
    }
    return rows;
}

PageReply newRequestForm(PageCall &call, const std::map<std::string, std::string> &errors, int status)
{
    auto [queues, types, fields] = call.services.pool.read([](db::Tx &tx) {
        return std::make_tuple(CustomerRequests::offeredQueues(tx), CustomerRequests::activeTypes(tx),
                               CustomerRequests::customerFields(tx));
    });
    const auto chosenQueue = PageCall::field(call.form, "group_id");
    const auto chosenType = PageCall::field(call.form, "type_id");
    mstch::array queueRows;
    for (unsigned i = 0; i < queues->size(); ++i) {
        auto queue = queues->getObject(i);
        const auto id = std::to_string(queue->getValue<std::int64_t>("id"));
        const auto description = queue->optValue<std::string>("customer_description", "");
        queueRows.emplace_back(mstch::map{{"id", id},
                                          {"name", queue->getValue<std::string>("name")},
                                          {"description", description},
                                          {"has_description", !description.empty()},
                                          {"checked", id == chosenQueue || queues->size() == 1}});
    }
    mstch::array typeRows;
    for (unsigned i = 0; i < types->size(); ++i) {
        auto type = types->getObject(i);
        const auto id = std::to_string(type->getValue<std::int64_t>("id"));
        typeRows.emplace_back(
            mstch::map{{"id", id}, {"name", type->getValue<std::string>("name")}, {"selected", id == chosenType}});
    }
    mstch::map values{{"wide", true},
                      {"tabs", tabsOf(call, "new")},
                      {"queues", queueRows},
                      {"has_queues", !queueRows.empty()},
                      {"types", typeRows},
                      {"has_types", !typeRows.empty()},
                      {"custom_fields", customFieldRows(call, fields, errors)},
                      {"title_value", PageCall::field(call.form, "title")},
                      {"text_value", PageCall::field(call.form, "text")},
                      {"files_hint", filesHint(call)}};
    for (const auto &[field, message] : errors)
        if (field.rfind(kCustomPrefix, 0) != 0) // those are in custom_fields
            values.emplace(field + "_error", message);
    if (!errors.empty())
        values.emplace("form_error", call.text("new_request_check"));
    return PageReply::show("new-request", "new_request_title", std::move(values), status);
}

std::optional<std::int64_t> idField(const PageCall &call, const std::string &name)
{
    Poco::Int64 id = 0;
    if (!Poco::NumberParser::tryParse64(PageCall::field(call.form, name), id))
        return std::nullopt;
    return id;
}

PageReply openRequest(PageCall &call)
{
    domain::NewRequest request;
    request.title = Poco::trim(PageCall::field(call.form, "title"));
    request.text = PageCall::field(call.form, "text");
    request.files = call.files;
    request.typeId = idField(call, "type_id");
    request.custom =
        customValuesOf(call, call.services.pool.read([](db::Tx &tx) { return CustomerRequests::customerFields(tx); }));
    auto group = idField(call, "group_id");
    if (!group)
        return newRequestForm(call, {{"queue", call.text("new_request_queue_needed")}}, 422);
    request.groupId = *group;
    try {
        auto number = call.services.pool.write(
            [&](db::Tx &tx) { return CustomerRequests::open(tx, *call.visitor.actor, request, quotaOf(call)); });
        return PageReply::redirect(requestHref(number) + "?notice=request_opened");
    } catch (const ApiError &e) {
        return newRequestForm(call, messageErrors(call, e), e.code() == ErrorCode::PayloadTooLarge ? 413 : 422);
    }
}
} // namespace

PageReply portalHome(PageCall &call)
{
    if (auto off = portalNotOffered(call))
        return *off;
    return requestList(call, RequestOwner::Mine);
}

std::optional<PageReply> portalNotOffered(const PageCall &call)
{
    if (call.services.pool.read([](db::Tx &tx) { return domain::PortalSettings::load(tx).enabled; }))
        return std::nullopt;
    return PageReply::show("portal-off", "portal_off_title");
}

std::vector<PageRoute> portalPages()
{
    return {
        customerRoute("GET", "/requests", [](PageCall &call) { return requestList(call, RequestOwner::Mine); }),
        customerRoute("GET", "/organization",
                      [](PageCall &call) { return requestList(call, RequestOwner::Organization); }),
        customerRoute("GET", "/requests/new", [](PageCall &call) { return newRequestForm(call, {}, 200); }),
        customerRoute("POST", "/requests/new", openRequest, true),
        customerRoute("GET", "/requests/{number}",
                      [](PageCall &call) { return requestPage(call, requestNumber(call), {}, {}, 200); }),
        customerRoute("POST", "/requests/{number}/reply", reply, true),
        customerRoute("POST", "/requests/{number}/reopen",
                      [](PageCall &call) {
                          const auto number = requestNumber(call);
                          call.services.pool.write(
                              [&](db::Tx &tx) { CustomerRequests::reopen(tx, *call.visitor.actor, number); });
                          return PageReply::redirect(requestHref(number) + "?notice=reopened");
                      }),
        customerRoute("GET", "/requests/{number}/files/{article}/{index}",
                      [](PageCall &call) {
                          const auto number = requestNumber(call);
                          Poco::Int64 article = 0;
                          Poco::UInt64 index = 0;
                          if (!Poco::NumberParser::tryParse64(PageCall::field(call.path, "article"), article) ||
                              !Poco::NumberParser::tryParseUnsigned64(PageCall::field(call.path, "index"), index))
                              throw ApiError(ErrorCode::NotFound, "no such file");
                          return PageReply::file(call.services.pool.read([&](db::Tx &tx) {
                              return CustomerRequests::attachment(tx, *call.visitor.actor, number, article,
                                                                  static_cast<std::size_t>(index));
                          }));
                      }),
    };
}

} // namespace helpdesk::web
