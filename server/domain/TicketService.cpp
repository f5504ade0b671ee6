#include "domain/TicketService.h"

#include "db/ArticleRepository.h"
#include "db/ConfigRepository.h"
#include "db/ContentHash.h"
#include "db/EventRepository.h"
#include "db/TicketRepository.h"
#include "db/UploadRepository.h"
#include "db/UserRepository.h"
#include "domain/CustomChannels.h"
#include "domain/CustomFields.h"
#include "domain/CustomerAccounts.h"
#include "domain/EmailAddress.h"
#include "domain/ExternalIds.h"
#include "domain/HtmlSanitizer.h"
#include "domain/MailOutbox.h"
#include "domain/MailSettings.h"
#include "domain/MailTemplateCatalog.h"
#include "domain/Permissions.h"
#include "domain/PublicHistory.h"
#include "domain/RatingLinks.h"
#include "domain/SlaService.h"
#include "domain/TicketEvents.h"
#include "domain/TicketRatings.h"
#include "domain/TicketView.h"
#include "domain/TriggerService.h"
#include "domain/Validation.h"
#include "protocol/ProtocolError.h"

#include <algorithm>
#include <set>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;
using helpdesk::protocol::Role;

namespace helpdesk::domain {

namespace {
constexpr std::size_t kMaxTitle = 500;
constexpr std::size_t kMaxBody = std::size_t{2} * 1024 * 1024;
constexpr std::size_t kMaxSubject = 1000;
constexpr std::size_t kMaxAttachments = 100;
constexpr std::size_t kMaxTags = 50;

protocol::Ticket loadTicket(db::Tx &tx, std::int64_t id, bool lock)
{
    auto ticket = db::TicketRepository::get(tx, id, lock);
    if (!ticket)
        throw permissions::noSuchTicket();
    return *ticket;
}

/// The links of a ticket whose other end the caller may read: a link names a ticket, and a
/// customer must not learn the ids of other customers' tickets (nor an agent those of other groups).
protocol::JsonArray visibleLinks(db::Tx &tx, const Actor &actor, std::int64_t ticketId)
{
    auto visible = protocol::newArray();
    auto all = db::TicketRepository::links(tx, ticketId);
    for (unsigned i = 0; i < all->size(); ++i) {
        auto link = all->getObject(i);
        auto source = link->getValue<std::int64_t>("source_id");
        auto other = source == ticketId ? link->getValue<std::int64_t>("target_id") : source;
        auto ticket = db::TicketRepository::get(tx, other, false);
        if (ticket && permissions::canReadTicket(actor, scopeOf(*ticket)))
            visible->add(link);
    }
    return visible;
}

/// The event that a ticket's watchers changed: for staff only, as it names agents and their addresses.
db::NewEvent watchersChanged(db::Tx &tx, const protocol::Ticket &ticket, std::int64_t actorId)
{
    auto event = TicketEvents::about("ticket.watchers_changed", ticket, actorId);
    event.internal = true;
    event.data->set("watchers", db::TicketRepository::watchers(tx, ticket.id));
    return event;
}

void requireConfig(db::Tx &tx, db::ConfigKind kind, std::int64_t id, const std::string &field)
{
    auto row = db::ConfigRepository::get(tx, kind, id);
    if (!row || !row->optValue<bool>("active", true))
        throw ApiError(ErrorCode::ValidationFailed, field + " " + std::to_string(id) + " does not exist", field);
}

std::string stateTypeOf(db::Tx &tx, std::int64_t stateId, const std::string &field)
{
    auto row = db::ConfigRepository::get(tx, db::ConfigKind::State, stateId);
    if (!row || !row->optValue<bool>("active", true))
        throw ApiError(ErrorCode::ValidationFailed, "state " + std::to_string(stateId) + " does not exist", field);
    return row->getValue<std::string>("state_type");
}

void requireOwnerFits(db::Tx &tx, std::int64_t ownerId, std::int64_t groupId)
{
    auto owner = loadActor(tx, ownerId);
    if (!owner || !owner->isStaff())
        throw ApiError(ErrorCode::ValidationFailed, "the owner must be an active agent", "owner_id");
    if (!owner->isAdmin() && !permissions::canWriteTicket(*owner, {groupId, 0, std::nullopt, std::nullopt}))
        throw ApiError(ErrorCode::ValidationFailed, "the owner has no full access to the ticket's group", "owner_id");
}

/// Whether the actor may use a stored file: they uploaded it, or may read an article carrying it.
/// Knowing a file's hash is not enough, as hashes show up in places a file's readers do not control.
bool mayUseBlob(db::Tx &tx, const Actor &actor, const std::string &sha256)
{
    if (db::UploadRepository::uploadedBy(tx, actor.userId, sha256))
        return true;
    for (const auto &[ticketId, internal] : db::ArticleRepository::blobOwners(tx, sha256)) {
        auto ticket = db::TicketRepository::get(tx, ticketId);
        if (ticket && permissions::canReadTicket(actor, scopeOf(*ticket)) &&
            permissions::canSeeArticle(actor, internal))
            return true;
    }
    return false;
}

/// An attachment's name, type and Content-ID become MIME headers of the mail that carries it.
void requireAttachmentHeaders(const protocol::AttachmentRef &ref, const std::string &field)
{
    requireHeaderSafe(ref.filename, field + ".filename");
    if (ref.contentId)
        requireHeaderSafe(*ref.contentId, field + ".content_id");
    requireHeaderSafe(ref.contentType, field + ".content_type");
    // type "/" subtype, each an RFC 2045 token, then parameters if any ("text/plain; charset=utf-8",
    // as an upload's Content-Type may carry them).
    static const std::string tspecials = "()<>@,;:\\\"/[]?=";
    auto isToken = [](std::string_view part) {
        return !part.empty() && std::all_of(part.begin(), part.end(), [](char c) {
            return c > ' ' && c < 127 && tspecials.find(c) == std::string::npos;
        });
    };
    std::string_view type(ref.contentType);
    type = type.substr(0, type.find(';'));
    type = type.substr(0, type.find_last_not_of(" \t") + 1);
    auto slash = type.find('/');
    if (slash == std::string_view::npos || !isToken(type.substr(0, slash)) || !isToken(type.substr(slash + 1)))
        throw ApiError(ErrorCode::ValidationFailed, "content_type must be type/subtype, such as image/png",
                       field + ".content_type");
}

/// At most `maxBytes` of `text`, cut before a UTF-8 continuation byte so no character is split.
std::string utf8Prefix(const std::string &text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes)
        return text;
    auto end = maxBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U)
        --end;
    return text.substr(0, end);
}

void validateTitle(const std::string &title)
{
    if (title.empty() || title.size() > kMaxTitle)
        throw ApiError(ErrorCode::ValidationFailed, "the title must have 1 to 500 characters", "title");
    requireHeaderSafe(title, "title"); // it becomes the subject of the ticket's mail
}

std::vector<std::string> normalizeTags(std::vector<std::string> tags)
{
    std::set<std::string> unique;
    for (auto &tag : tags) {
        tag.erase(0, tag.find_first_not_of(" \t"));
        tag.erase(tag.find_last_not_of(" \t") + 1);
        if (tag.empty() || tag.size() > 100)
            throw ApiError(ErrorCode::ValidationFailed, "each tag must have 1 to 100 characters", "tags");
        unique.insert(tag);
    }
    if (unique.size() > kMaxTags)
        throw ApiError(ErrorCode::ValidationFailed, "a ticket has at most 50 tags", "tags");
    return {unique.begin(), unique.end()};
}

std::string joined(const std::vector<std::string> &values)
{
    std::string out;
    for (const auto &v : values)
        out += (out.empty() ? "" : ", ") + v;
    return out;
}

std::optional<std::string> str(const std::optional<std::int64_t> &v)
{
    if (!v)
        return std::nullopt;
    return std::to_string(*v);
}

/// Finds the customer a staff member opens a ticket for, creating one for a new e-mail address
/// (announced and audited as user.create would).
protocol::User resolveCustomer(db::Tx &tx, const Actor &actor, const protocol::TicketCreateParams &params)
{
    if (params.customerId) {
        auto user = db::UserRepository::findById(tx, *params.customerId);
        if (!user)
            throw ApiError(ErrorCode::ValidationFailed, "no user " + std::to_string(*params.customerId), "customer_id");
        return *user;
    }
    if (!params.customerEmail)
        throw ApiError(ErrorCode::ValidationFailed, "a ticket needs a customer: customer_id or customer_email",
                       "customer_id");
    if (!looksLikeEmail(*params.customerEmail))
        throw ApiError(ErrorCode::ValidationFailed, "customer_email is not an e-mail address", "customer_email");
    return customerAccountFor(tx, {.email = *params.customerEmail, .name = {}, .language = std::nullopt}, &actor);
}

const std::set<std::string> kChannels{"email", "phone_in", "phone_out", "note", "web"};

/// The minutes a staff article accounts (time accounting): optional, 0 to 1440 (a day), staff only,
/// and required of staff writing in a signed-in session when the ticket's group says so (API tokens,
/// partner desks and imports cannot ask a person for minutes).
std::optional<std::int64_t> accountedMinutes(db::Tx &tx, const Actor &actor, const protocol::Ticket &ticket,
                                             const protocol::ArticleParams &params, const std::string &field)
{
    if (!actor.isStaff()) {
        if (params.timeSpentMinutes)
            throw ApiError(ErrorCode::ValidationFailed, "only agents account their time", field);
        return std::nullopt;
    }
    if (params.timeSpentMinutes && (*params.timeSpentMinutes < 0 || *params.timeSpentMinutes > 1440))
        throw ApiError(ErrorCode::ValidationFailed, "time_spent_minutes must be between 0 and 1440", field);
    if (!params.timeSpentMinutes && !actor.sessionHash.empty()) {
        auto group = db::ConfigRepository::get(tx, db::ConfigKind::Group, ticket.groupId);
        if (group && group->optValue<std::string>("time_accounting", "off") == "required")
            throw ApiError(ErrorCode::ValidationFailed,
                           "this group accounts time: say how many minutes you spent (time_spent_minutes)", field);
    }
    return params.timeSpentMinutes;
}

constexpr std::size_t kMaxMentions = 50;

/// Mentions go with an internal note by staff, and each names an active staff member who may read
/// the ticket (else the note would tell them of a ticket they cannot open).
void requireMentionable(db::Tx &tx, const Actor &actor, const protocol::Ticket &ticket,
                        const protocol::Article &article, const std::vector<std::int64_t> &mentions,
                        const std::string &field)
{
    if (mentions.empty())
        return;
    if (!actor.isStaff() || !article.internal)
        throw ApiError(ErrorCode::ValidationFailed, "only an agent's internal note mentions colleagues", field);
    // Each colleague counts once; a note tells at most 50 of them.
    if (std::set<std::int64_t>(mentions.begin(), mentions.end()).size() > kMaxMentions)
        throw ApiError(ErrorCode::ValidationFailed,
                       "a note mentions at most " + std::to_string(kMaxMentions) + " colleagues", field);
    std::set<std::int64_t> checked;
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        if (!checked.insert(mentions[i]).second)
            continue;
        auto mentioned = loadActor(tx, mentions[i]);
        if (!mentioned || !mentioned->isStaff() || !permissions::canReadTicket(*mentioned, scopeOf(ticket)))
            throw ApiError(ErrorCode::ValidationFailed,
                           "user " + std::to_string(mentions[i]) + " is no active agent who may read this ticket",
                           field + "[" + std::to_string(i) + "]");
    }
}

protocol::Article buildArticle(db::Tx &tx, const Actor &actor, const protocol::Ticket &ticket,
                               const protocol::ArticleParams &params, const std::string &fieldPrefix,
                               const MailSettings &settings)
{
    auto field = [&](const std::string &name) { return fieldPrefix + name; };
    if (!kChannels.count(params.channel))
        throw ApiError(ErrorCode::ValidationFailed, "channel must be one of email, phone_in, phone_out, note, web",
                       field("channel"));
    if (params.bodyText.size() > kMaxBody || (params.bodyHtml && params.bodyHtml->size() > kMaxBody))
        throw ApiError(ErrorCode::PayloadTooLarge, "the article body is larger than 2 MiB", field("body_text"));
    if (params.bodyText.empty() && !params.bodyHtml && params.attachments.empty())
        throw ApiError(ErrorCode::ValidationFailed, "an article needs a text, an HTML body or an attachment",
                       field("body_text"));
    protocol::Article a;
    a.ticketId = ticket.id;
    a.authorId = actor.userId;
    a.channel = params.channel;
    a.bodyText = params.bodyText;
    a.bodyHtml = params.bodyHtml;
    a.subject = params.subject.value_or(ticket.title);
    if (params.subject) {
        if (params.subject->size() > kMaxSubject)
            throw ApiError(ErrorCode::ValidationFailed, "the subject may have at most 1000 characters",
                           field("subject"));
        requireHeaderSafe(*params.subject, field("subject"));
    }
    a.from = actor.name + " <" + actor.email + ">";
    // Whoever an article names in cc may write to the ticket by mail (the participant check of
    // incoming replies): staff decide who joins a conversation, not a customer.
    if (!actor.isStaff() && params.cc && !params.cc->empty())
        throw ApiError(ErrorCode::ValidationFailed, "customers cannot send copies; leave cc empty", field("cc"));
    a.cc = params.cc.value_or("");
    EmailAddress::requireList(a.cc, field("cc"));
    if (actor.isStaff()) {
        a.sender = "agent";
        a.internal = params.internal || params.channel == "note";
        // A channel's ticket is answered through the channel (CustomChannels), not by mail.
        if (params.channel == "email" && !a.internal && !ticket.channelId) {
            auto customer = db::UserRepository::findById(tx, ticket.customerId);
            a.to = params.to.value_or(customer ? customer->email : std::string());
            if (EmailAddress::requireList(a.to, field("to")).empty())
                throw ApiError(ErrorCode::ValidationFailed, "an e-mail needs a recipient", field("to"));
            // Known before the insert so the reply can be matched to this ticket when it comes back.
            a.messageId = messageids::make(settings, ticket.id);
        } else {
            a.to = params.to.value_or("");
            requireHeaderSafe(a.to, field("to"));
        }
    } else {
        if (params.internal)
            throw ApiError(ErrorCode::Forbidden, "customers cannot write internal notes", field("internal"));
        a.sender = "customer";
        a.internal = false;
        a.channel = "web";
        a.to = "";
    }
    a.timeSpentMinutes = accountedMinutes(tx, actor, ticket, params, field("time_spent_minutes"));
    requireMentionable(tx, actor, ticket, a, params.mentions, field("mentions"));
    if (params.attachments.size() > kMaxAttachments)
        throw ApiError(ErrorCode::ValidationFailed, "an article has at most 100 attachments", field("attachments"));
    for (std::size_t i = 0; i < params.attachments.size(); ++i) {
        const auto &ref = params.attachments[i];
        requireAttachmentHeaders(ref, field("attachments[" + std::to_string(i) + "]"));
        auto size = db::ArticleRepository::blobSize(tx, ref.sha256);
        // A file the writer may not use answers as one that was never uploaded.
        if (!size || !mayUseBlob(tx, actor, ref.sha256))
            throw ApiError(ErrorCode::ValidationFailed, "attachment " + ref.sha256 + " was not uploaded",
                           field("attachments"));
        auto stored = ref;
        stored.size = *size;
        if (stored.filename.empty())
            stored.filename = "attachment";
        a.attachments.push_back(stored);
    }
    return a;
}

/// Stores an article (HTML sanitized) counted on its ticket, its article.created event and the SLA
/// times it moves; `after`, when given, receives the ticket as it then stands.
protocol::Article storeArticle(db::Tx &tx, std::optional<std::int64_t> actorId, bool byStaff,
                               const protocol::Ticket &ticket, const protocol::Article &draft,
                               protocol::Ticket *after = nullptr)
{
    // Every article's HTML passes the one sanitizer here, whichever way it came (API, mail).
    auto safe = draft;
    if (safe.bodyHtml)
        safe.bodyHtml = HtmlSanitizer::sanitize(*safe.bodyHtml);
    bool agentPublicReply = byStaff && !safe.internal;
    auto [article, counted] = db::TicketRepository::insertArticle(tx, safe, agentPublicReply);
    auto created = TicketEvents::articleCreated(ticket, article, actorId);
    if (!article.internal && article.sender == "agent") // what customers are sent instead (EventFeed::encode)
        created.data->set(std::string(TicketEvents::kCustomerArticle),
                          TicketView::articleForCustomer(tx, ticket, article.toJson()));
    db::EventRepository::append(tx, created);
    // A reply meets the first response or next update; a customer's message sets a new one.
    if (SlaService::refresh(tx, ticket.id)) {
        counted = *db::TicketRepository::get(tx, ticket.id);
        db::EventRepository::append(tx, TicketEvents::updated(counted, actorId));
    }
    if (after)
        *after = std::move(counted);
    return article;
}
/// Tells each colleague an internal note mentions (checked by requireMentionable): a
/// ticket.mentioned event that only they receive, and a mail when their notification settings
/// want one (MailOutbox, NotificationSettings). The writer is not told of their own mention.
void tellMentioned(db::Tx &tx, const Actor &actor, const protocol::Ticket &ticket, const protocol::Article &article,
                   const std::vector<std::int64_t> &mentions)
{
    std::set<std::int64_t> told;
    for (auto userId : mentions) {
        if (userId == actor.userId || !told.insert(userId).second)
            continue;
        db::NewEvent event;
        event.kind = "ticket.mentioned";
        event.ticketId = ticket.id;
        event.audience = db::Audience::User;
        event.userId = userId;
        event.actorId = actor.userId;
        event.internal = true;
        event.data = protocol::newObject();
        event.data->set("ticket_id", ticket.id);
        event.data->set("article_id", article.id);
        event.data->set("by", actor.userId);
        event.data->set("by_name", actor.name);
        db::EventRepository::append(tx, event);
        if (auto user = db::UserRepository::findById(tx, userId)) {
            MailValues values;
            values.text["mentioned_by"] = actor.name.empty() ? actor.email : actor.name;
            values.text["message"] = article.bodyText;
            MailOutbox::queueStaffMail(tx, MailSettings::load(tx), ticket, {user->email},
                                       mailtemplates::kAgentMentioned, values);
        }
    }
}

/// Whether a new ticket's customer is mailed an acknowledgement: by the desk's usual rules, or
/// never (a custom channel's end user hears from us through the channel).
enum class Acknowledgement { ByMail, None };

/// The mail a new ticket causes: an outbound e-mail ticket sends its article; any other ticket
/// with a public first article (or none) is acknowledged to the customer (unless `acknowledgement`
/// says none); a customer's own ticket is announced to the agents.
void mailAboutNewTicket(db::Tx &tx, const MailSettings &settings, const Actor &actor, const protocol::Ticket &ticket,
                        const std::optional<protocol::Article> &article, Acknowledgement acknowledgement)
{
    if (article && actor.isStaff() && article->channel == "email" && !article->internal) {
        MailOutbox::queueArticle(tx, settings, ticket, *article, actor);
        return;
    }
    if (acknowledgement == Acknowledgement::ByMail && (!article || !article->internal))
        MailOutbox::queueAcknowledgement(tx, settings, ticket, std::nullopt);
    if (!actor.isStaff() && article)
        MailOutbox::queueAgentNotification(tx, settings, ticket, *article, true);
}

/// A ticket as it stands once opened, with its first article if it came with one.
struct OpenedTicket {
    protocol::Ticket ticket;
    std::optional<protocol::Article> article;
};

/// The second half of opening a ticket, the same for every way in (ticket.create, a custom
/// channel): stores the checked `draft` with its history row and first article (`message`, its
/// fields named under `fieldPrefix` in errors), the ticket.created event, the mail it causes and
/// the "created" triggers, all as `actor`.
OpenedTicket storeNewTicket(db::Tx &tx, const Actor &actor, const protocol::Ticket &draft,
                            const std::optional<protocol::ArticleParams> &message, const std::string &fieldPrefix,
                            Acknowledgement acknowledgement)
{
    OpenedTicket opened{db::TicketRepository::insert(tx, draft, db::TicketRepository::Creator{actor.userId}),
                        std::nullopt};
    auto &ticket = opened.ticket;
    auto settings = MailSettings::load(tx);
    if (message) {
        auto article = buildArticle(tx, actor, ticket, *message, fieldPrefix, settings);
        auto counted = ticket;
        opened.article = storeArticle(tx, actor.userId, actor.isStaff(), ticket, article, &counted);
        ticket = std::move(counted);
    }
    db::EventRepository::append(tx, TicketEvents::about("ticket.created", ticket, actor.userId));
    // After ticket.created, so a client hears of the ticket before it is told it is mentioned in it.
    if (message)
        tellMentioned(tx, actor, ticket, *opened.article, message->mentions);
    mailAboutNewTicket(tx, settings, actor, ticket, opened.article, acknowledgement);
    if (TriggerService::run(tx, ticket.id, "created") > 0)
        ticket = *db::TicketRepository::get(tx, ticket.id);
    return opened;
}
} // namespace

TicketService::ChannelTicket TicketService::openChannelTicket(db::Tx &tx, const Actor &customer, protocol::Ticket draft,
                                                              const protocol::ArticleParams &message)
{
    validateTitle(draft.title);
    draft.stateId = db::ConfigRepository::defaultStateId(tx);
    draft.priorityId = db::ConfigRepository::defaultPriorityId(tx);
    draft.custom = customfields::apply(db::ConfigRepository::customFields(tx, "ticket"), nullptr, protocol::newObject(),
                                       true, customfields::Writer::Customer);
    auto opened = storeNewTicket(tx, customer, draft, message, "", Acknowledgement::None);
    return {opened.ticket, *opened.article};
}

protocol::Ticket TicketService::openTicket(db::Tx &tx, std::optional<std::int64_t> actorId,
                                           const protocol::Ticket &draft)
{
    auto ticket = db::TicketRepository::insert(tx, draft, db::TicketRepository::Creator{actorId});
    if (SlaService::refresh(tx, ticket.id))
        ticket = *db::TicketRepository::get(tx, ticket.id);
    db::EventRepository::append(tx, TicketEvents::about("ticket.created", ticket, actorId));
    return ticket;
}

protocol::Article TicketService::appendArticle(db::Tx &tx, std::optional<std::int64_t> actorId, bool byStaff,
                                               const protocol::Ticket &ticket, const protocol::Article &draft)
{
    return storeArticle(tx, actorId, byStaff, ticket, draft);
}

protocol::Ticket TicketService::changeState(db::Tx &tx, std::optional<std::int64_t> actorId,
                                            const protocol::Ticket &ticket, std::int64_t stateId,
                                            std::optional<std::int64_t> priorityId)
{
    auto after = ticket;
    after.stateId = stateId;
    if (priorityId)
        after.priorityId = *priorityId;
    after.pendingUntil.reset();
    if (after.stateId == ticket.stateId && after.priorityId == ticket.priorityId)
        return ticket;
    auto stored = db::TicketRepository::update(tx, after);
    if (SlaService::refresh(tx, stored.id))
        stored = *db::TicketRepository::get(tx, stored.id);
    if (stored.stateId != ticket.stateId)
        db::TicketRepository::addHistory(tx, ticket.id, actorId, "state_id", str(ticket.stateId), str(stored.stateId));
    if (stored.priorityId != ticket.priorityId)
        db::TicketRepository::addHistory(tx, ticket.id, actorId, "priority_id", str(ticket.priorityId),
                                         str(stored.priorityId));
    db::EventRepository::append(tx, TicketEvents::updated(stored, actorId));
    return stored;
}

protocol::JsonObject TicketService::create(db::Tx &tx, const Actor &actor, const protocol::TicketCreateParams &p)
{
    validateTitle(p.title);
    requireConfig(tx, db::ConfigKind::Group, p.groupId, "group_id");
    protocol::Ticket t;
    t.title = p.title;
    t.groupId = p.groupId;
    if (actor.isStaff()) {
        auto customer = resolveCustomer(tx, actor, p);
        t.customerId = customer.id;
        t.organizationId = customer.organizationId;
        if (!permissions::canWriteTicket(actor, {p.groupId, t.customerId, t.organizationId, std::nullopt}))
            throw ApiError(ErrorCode::Forbidden, "you have no full access to this group", "group_id");
        if (p.ownerId) {
            requireOwnerFits(tx, *p.ownerId, p.groupId);
            t.ownerId = p.ownerId;
        }
        t.stateId = p.stateId.value_or(0);
        t.priorityId = p.priorityId.value_or(0);
        t.typeId = p.typeId;
        t.tags = normalizeTags(p.tags);
    } else {
        if (p.customerId || p.customerEmail || p.ownerId || p.stateId || p.priorityId || !p.tags.empty())
            throw ApiError(ErrorCode::Forbidden, "customers may set only the title, group, type and message");
        if (!p.article)
            throw ApiError(ErrorCode::ValidationFailed, "describe your request in the article", "article");
        if (!db::ConfigRepository::get(tx, db::ConfigKind::Group, p.groupId)
                 ->optValue<bool>("offered_to_customers", false))
            throw ApiError(ErrorCode::ValidationFailed,
                           "customers may open requests only in the groups offered to them", "group_id");
        t.customerId = actor.userId;
        t.organizationId = actor.organizationId;
        t.typeId = p.typeId;
    }
    if (t.stateId == 0)
        t.stateId = db::ConfigRepository::defaultStateId(tx);
    else if (auto type = stateTypeOf(tx, t.stateId, "state_id"); type == "merged")
        throw ApiError(ErrorCode::ValidationFailed, "a new ticket cannot be merged", "state_id");
    if (t.priorityId == 0)
        t.priorityId = db::ConfigRepository::defaultPriorityId(tx);
    else
        requireConfig(tx, db::ConfigKind::Priority, t.priorityId, "priority_id");
    if (t.typeId)
        requireConfig(tx, db::ConfigKind::Type, *t.typeId, "type_id");
    t.custom = customfields::apply(db::ConfigRepository::customFields(tx, "ticket"), nullptr, p.custom, true,
                                   actor.isStaff() ? customfields::Writer::Staff : customfields::Writer::Customer);

    auto [ticket, article] = storeNewTicket(tx, actor, t, p.article, "article.", Acknowledgement::ByMail);
    auto out = protocol::newObject();
    out->set("ticket", TicketView::ofNew(tx, actor, ticket));
    if (article)
        out->set("article", article->toJson());
    else
        out->set("article", Poco::Dynamic::Var());
    return out;
}

protocol::Ticket TicketService::get(db::Tx &tx, const Actor &actor, std::int64_t id)
{
    auto ticket = db::TicketRepository::get(tx, id);
    if (!ticket || !permissions::canReadTicket(actor, scopeOf(*ticket)))
        throw permissions::noSuchTicket();
    return *ticket;
}

protocol::JsonArray TicketService::list(db::Tx &tx, const Actor &actor, const protocol::TicketListParams &params)
{
    db::TicketQuery q;
    q.params = params;
    switch (actor.role) {
    case Role::Admin:
    case Role::Supervisor:
        q.allGroups = true;
        break;
    case Role::Agent:
        for (const auto &[groupId, access] : actor.groups)
            q.visibleGroups.push_back(groupId);
        break;
    case Role::Customer:
        q.onlyCustomer = actor.userId;
        if (actor.organizationShared)
            q.orCustomerOrganization = actor.organizationId;
        break;
    }
    if (actor.integration) // an integration's token sees no ticket of another integration's channel
        q.onlyIntegrationChannels = actor.integration->id;
    return TicketView::ofAll(tx, actor, db::TicketRepository::list(tx, q));
}

protocol::Ticket TicketService::update(db::Tx &tx, const Actor &actor, const protocol::TicketUpdateParams &p)
{
    auto before = loadTicket(tx, p.id, true);
    permissions::requireWrite(actor, scopeOf(before));
    auto after = before;
    std::vector<std::tuple<std::string, std::optional<std::string>, std::optional<std::string>>> changes;
    auto record = [&](const std::string &field, std::optional<std::string> oldValue,
                      std::optional<std::string> newValue) {
        if (oldValue != newValue)
            changes.emplace_back(field, std::move(oldValue), std::move(newValue));
    };
    if (p.title) {
        validateTitle(*p.title);
        after.title = *p.title;
        record("title", before.title, after.title);
    }
    if (p.groupId) {
        requireConfig(tx, db::ConfigKind::Group, *p.groupId, "group_id");
        // Moving a ticket hands it to a group: as with a macro, one needs full access there too.
        if (*p.groupId != before.groupId &&
            !permissions::canWriteTicket(
                actor, {*p.groupId, before.customerId, before.organizationId, before.channelIntegrationId}))
            throw ApiError(ErrorCode::Forbidden, "you have no full access to the group you move the ticket to",
                           "group_id");
        after.groupId = *p.groupId;
        record("group_id", str(before.groupId), str(after.groupId));
    }
    if (p.clearOwner) {
        after.ownerId.reset();
    } else if (p.ownerId) {
        requireOwnerFits(tx, *p.ownerId, after.groupId);
        after.ownerId = p.ownerId;
    }
    record("owner_id", str(before.ownerId), str(after.ownerId));
    if (p.stateId) {
        auto type = stateTypeOf(tx, *p.stateId, "state_id");
        if (type == "merged")
            throw ApiError(ErrorCode::ValidationFailed, "use ticket.merge to merge tickets", "state_id");
        after.stateId = *p.stateId;
        after.stateType = type;
        record("state_id", str(before.stateId), str(after.stateId));
        if (type.rfind("pending", 0) == 0 && !p.pendingUntil && !before.pendingUntil)
            throw ApiError(ErrorCode::ValidationFailed, "a pending state needs pending_until", "pending_until");
    }
    if (p.pendingUntil) {
        after.pendingUntil = p.pendingUntil;
        record("pending_until", before.pendingUntil, after.pendingUntil);
    }
    if (p.priorityId) {
        requireConfig(tx, db::ConfigKind::Priority, *p.priorityId, "priority_id");
        after.priorityId = *p.priorityId;
        record("priority_id", str(before.priorityId), str(after.priorityId));
    }
    if (p.typeId) {
        requireConfig(tx, db::ConfigKind::Type, *p.typeId, "type_id");
        after.typeId = p.typeId;
        record("type_id", str(before.typeId), str(after.typeId));
    }
    if (p.custom && p.custom->size() > 0) {
        after.custom =
            customfields::apply(db::ConfigRepository::customFields(tx, "ticket"), before.custom, p.custom, false);
        for (const auto &[key, value] : *p.custom) {
            std::optional<std::string> oldValue, newValue;
            if (before.custom->has(key))
                oldValue = before.custom->get(key).toString();
            if (after.custom->has(key))
                newValue = after.custom->get(key).toString();
            record("custom." + key, oldValue, newValue);
        }
    }
    bool tagsChanged = false;
    if (p.tags) {
        auto tags = normalizeTags(*p.tags);
        if (tags != before.tags) {
            tagsChanged = true;
            after.tags = tags;
            record("tags", joined(before.tags), joined(tags));
        }
    }
    if (changes.empty())
        return before;
    if (tagsChanged)
        db::TicketRepository::setTags(tx, after.id, after.tags);
    auto stored = db::TicketRepository::update(tx, after);
    if (SlaService::refresh(tx, stored.id))
        stored = *db::TicketRepository::get(tx, stored.id);
    for (const auto &[field, oldValue, newValue] : changes)
        db::TicketRepository::addHistory(tx, stored.id, actor.userId, field, oldValue, newValue);
    std::vector<std::string> changed;
    changed.reserve(changes.size());
    for (const auto &change : changes)
        changed.push_back(std::get<0>(change));
    db::EventRepository::append(tx, TicketEvents::updated(stored, actor.userId, changed, before.groupId));
    // An agent taking the ticket sends the acknowledgement its group held back until then.
    if (std::find(changed.begin(), changed.end(), "owner_id") != changed.end() ||
        std::find(changed.begin(), changed.end(), "state_id") != changed.end())
        MailOutbox::acknowledgeOnAcceptance(tx, MailSettings::load(tx), stored);
    // An agent solving the ticket asks its customer "how did we do?" (once, groups with ratings on).
    if (actor.isStaff() && stored.stateType == "closed" && before.stateType != "closed" && !stored.channelId)
        RatingLinks::requestAfterSolved(tx, MailSettings::load(tx), stored);
    if (TriggerService::run(tx, stored.id, "updated") > 0)
        stored = *db::TicketRepository::get(tx, stored.id);
    return stored;
}

protocol::Article TicketService::addArticle(db::Tx &tx, const Actor &actor, std::int64_t ticketId,
                                            const protocol::ArticleParams &params)
{
    auto ticket = loadTicket(tx, ticketId, true);
    if (actor.isStaff())
        permissions::requireWrite(actor, scopeOf(ticket));
    else
        permissions::requireRead(actor, scopeOf(ticket));
    if (ticket.stateType == "merged")
        throw ApiError(ErrorCode::Conflict,
                       "ticket " + std::to_string(ticketId) + " was merged into " +
                           std::to_string(ticket.mergedIntoId.value_or(0)),
                       "ticket_id");
    auto settings = MailSettings::load(tx);
    auto draft = buildArticle(tx, actor, ticket, params, "", settings);
    auto article = storeArticle(tx, actor.userId, actor.isStaff(), ticket, draft);
    tellMentioned(tx, actor, ticket, article, params.mentions);
    if (actor.isStaff() && ticket.channelId) {
        // A channel's ticket is answered on the channel's webhook, never by mail.
        if (CustomChannels::isDeliveredReply(article))
            CustomChannels::queueReply(tx, ticket, article);
    } else if (actor.isStaff() && article.channel == "email" && !article.internal)
        MailOutbox::queueArticle(tx, settings, ticket, article, actor);
    else if (!actor.isStaff())
        MailOutbox::queueAgentNotification(tx, settings, ticket, article);
    // A customer writing on a closed or pending ticket reopens it.
    if (!actor.isStaff())
        if (auto state = stateOnCustomerReturn(tx, ticket))
            changeState(tx, actor.userId, ticket, *state, std::nullopt);
    if (!actor.isStaff())
        TriggerService::run(tx, ticket.id, "customer_reply");
    return article;
}

protocol::JsonArray TicketService::articles(db::Tx &tx, const Actor &actor, std::int64_t ticketId)
{
    auto ticket = get(tx, actor, ticketId);
    auto out = protocol::newArray();
    for (const auto &a : db::ArticleRepository::list(tx, ticket.id, actor.isStaff()))
        out->add(actor.isStaff() ? a.toJson() : TicketView::articleForCustomer(tx, ticket, a.toJson()));
    ExternalIds::addLinks(tx, actor, ExternalKind::Article, out);
    return out;
}

protocol::JsonArray TicketService::history(db::Tx &tx, const Actor &actor, std::int64_t ticketId)
{
    auto ticket = get(tx, actor, ticketId);
    if (!actor.isStaff())
        return PublicHistory::of(tx, ticket);
    auto out = protocol::newArray();
    for (const auto &h : db::TicketRepository::history(tx, ticket.id))
        out->add(h.toJson());
    return out;
}

std::optional<std::int64_t> TicketService::stateOnCustomerReturn(db::Tx &tx, const protocol::Ticket &ticket)
{
    if (ticket.stateType == "new" || ticket.stateType == "open" || ticket.stateType == "merged")
        return std::nullopt;
    return db::ConfigRepository::stateIdOfType(tx, "open");
}

protocol::Ticket TicketService::reopen(db::Tx &tx, const Actor &actor, std::int64_t id)
{
    auto ticket = loadTicket(tx, id, true);
    if (actor.isStaff())
        permissions::requireWrite(actor, scopeOf(ticket));
    else
        permissions::requireRead(actor, scopeOf(ticket)); // as writing to it would
    if (ticket.stateType != "closed" && ticket.stateType != "pending_close")
        throw ApiError(ErrorCode::Conflict, "only a solved or closed ticket can be reopened", "id");
    auto state = stateOnCustomerReturn(tx, ticket);
    if (!state)
        throw ApiError(ErrorCode::ValidationFailed, "no active state of type open is configured");
    auto stored = changeState(tx, actor.userId, ticket, *state, std::nullopt);
    // The customer wants an answer again: the agents who hear of a reply hear of this too.
    if (!actor.isStaff()) {
        MailValues values;
        values.text["sender"] = actor.name.empty() ? actor.email : actor.name + " <" + actor.email + ">";
        MailOutbox::queueAgentMail(tx, MailSettings::load(tx), stored, mailtemplates::kAgentTicketReopened, values);
    }
    if (TriggerService::run(tx, stored.id, "updated") > 0)
        stored = *db::TicketRepository::get(tx, stored.id);
    return stored;
}

protocol::Ticket TicketService::merge(db::Tx &tx, const Actor &actor, std::int64_t id, std::int64_t intoId)
{
    if (id == intoId)
        throw ApiError(ErrorCode::ValidationFailed, "a ticket cannot be merged into itself", "into_id");
    // Lock in id order so two opposite merges cannot deadlock.
    auto first = loadTicket(tx, std::min(id, intoId), true);
    auto second = loadTicket(tx, std::max(id, intoId), true);
    auto source = id < intoId ? first : second;
    auto target = id < intoId ? second : first;
    permissions::requireWrite(actor, scopeOf(source));
    permissions::requireWrite(actor, scopeOf(target));
    if (source.stateType == "merged" || target.stateType == "merged")
        throw ApiError(ErrorCode::Conflict, "one of the tickets is already merged", "into_id");
    auto merged = db::ConfigRepository::stateIdOfType(tx, "merged");
    if (!merged)
        throw ApiError(ErrorCode::ValidationFailed, "no active state of type merged is configured");
    db::TicketRepository::moveArticles(tx, source.id, target.id);
    auto after = source;
    after.stateId = *merged;
    after.mergedIntoId = target.id;
    auto stored = db::TicketRepository::update(tx, after);
    db::TicketRepository::addHistory(tx, source.id, actor.userId, "merged_into", std::nullopt,
                                     std::to_string(target.number));
    db::TicketRepository::addHistory(tx, target.id, actor.userId, "merged_from", std::nullopt,
                                     std::to_string(source.number));
    db::EventRepository::append(tx, TicketEvents::updated(stored, actor.userId));
    db::EventRepository::append(tx, TicketEvents::updated(*db::TicketRepository::get(tx, target.id), actor.userId));
    return stored;
}

protocol::JsonArray TicketService::link(db::Tx &tx, const Actor &actor, std::int64_t id, std::int64_t targetId,
                                        const std::string &kind)
{
    if (kind != "related" && kind != "parent" && kind != "duplicate")
        throw ApiError(ErrorCode::ValidationFailed, "kind must be related, parent or duplicate", "kind");
    if (id == targetId)
        throw ApiError(ErrorCode::ValidationFailed, "a ticket cannot be linked to itself", "target_id");
    auto source = loadTicket(tx, id, false);
    permissions::requireWrite(actor, scopeOf(source));
    auto target = get(tx, actor, targetId);
    db::TicketRepository::link(tx, source.id, target.id, kind);
    db::TicketRepository::addHistory(tx, source.id, actor.userId, "link." + kind, std::nullopt,
                                     std::to_string(target.number));
    auto event = TicketEvents::about("ticket.linked", source, actor.userId);
    event.internal = true; // it names the other ticket, which the customer may not know
    event.data->set("target_id", target.id);
    event.data->set("kind", kind);
    db::EventRepository::append(tx, event);
    return visibleLinks(tx, actor, source.id);
}

protocol::JsonObject TicketService::split(db::Tx &tx, const Actor &actor, std::int64_t id, std::int64_t articleId,
                                          const std::optional<std::string> &title, std::optional<std::int64_t> groupId)
{
    auto source = loadTicket(tx, id, true);
    permissions::requireWrite(actor, scopeOf(source));
    if (source.stateType == "merged")
        throw ApiError(ErrorCode::Conflict, "a merged ticket cannot be split", "id");
    std::optional<protocol::Article> original;
    for (auto &a : db::ArticleRepository::list(tx, source.id, true))
        if (a.id == articleId)
            original = std::move(a);
    if (!original)
        throw ApiError(ErrorCode::ValidationFailed, "article " + std::to_string(articleId) + " is not on this ticket",
                       "article_id");
    protocol::Ticket draft;
    // A subject may be longer than a title may: the default is cut to fit, at a character's end.
    draft.title = title.value_or(original->subject.empty() ? source.title : utf8Prefix(original->subject, kMaxTitle));
    validateTitle(draft.title);
    draft.groupId = groupId.value_or(source.groupId);
    if (draft.groupId != source.groupId) {
        requireConfig(tx, db::ConfigKind::Group, draft.groupId, "group_id");
        if (!permissions::canWriteTicket(
                actor, {draft.groupId, source.customerId, source.organizationId, source.channelIntegrationId}))
            throw ApiError(ErrorCode::Forbidden, "you have no full access to the group of the new ticket", "group_id");
    }
    draft.customerId = source.customerId;
    draft.organizationId = source.organizationId;
    draft.stateId = db::ConfigRepository::defaultStateId(tx);
    draft.priorityId = source.priorityId;
    draft.typeId = source.typeId;
    draft.custom = source.custom;
    auto ticket = db::TicketRepository::insert(tx, draft, db::TicketRepository::Creator{actor.userId});
    // A copy, not a move: the conversation stays whole where it was. It is no mail of its own
    // (no Message-ID to thread on) and its minutes stay counted once, on the ticket they were spent on.
    auto copy = *original;
    copy.id = 0;
    copy.ticketId = ticket.id;
    copy.messageId.reset();
    copy.inReplyTo.reset();
    copy.timeSpentMinutes.reset();
    // Not an answer to anyone: the new ticket's first response is still to come.
    auto article = storeArticle(tx, actor.userId, false, ticket, copy);
    db::TicketRepository::link(tx, ticket.id, source.id, "related");
    db::TicketRepository::addHistory(tx, source.id, actor.userId, "split_into", std::nullopt,
                                     std::to_string(ticket.number));
    db::TicketRepository::addHistory(tx, ticket.id, actor.userId, "split_from", std::nullopt,
                                     std::to_string(source.number));
    ticket = *db::TicketRepository::get(tx, ticket.id);
    db::EventRepository::append(tx, TicketEvents::about("ticket.created", ticket, actor.userId));
    auto linked = TicketEvents::about("ticket.linked", source, actor.userId);
    linked.internal = true; // it names the other ticket
    linked.data->set("target_id", ticket.id);
    linked.data->set("kind", std::string("related"));
    db::EventRepository::append(tx, linked);
    // No acknowledgement and no triggers: the customer asked nothing new, an agent sorted their mail.
    auto out = protocol::newObject();
    out->set("ticket", TicketView::of(tx, actor, ticket));
    out->set("article", article.toJson());
    return out;
}

protocol::JsonObject TicketService::timeAccounted(db::Tx &tx, const Actor &actor, std::int64_t id)
{
    auto ticket = get(tx, actor, id);
    permissions::requireStaff(actor);
    auto entries = protocol::newArray();
    std::int64_t total = 0;
    for (const auto &e : db::ArticleRepository::timeEntries(tx, ticket.id)) {
        auto o = protocol::newObject();
        o->set("article_id", e.articleId);
        protocol::setOptional(o, "agent_id", e.agentId);
        o->set("agent_name", e.agentName);
        o->set("minutes", e.minutes);
        o->set("at", e.at);
        entries->add(o);
        total += e.minutes;
    }
    auto out = protocol::newObject();
    out->set("entries", entries);
    out->set("total_minutes", total);
    return out;
}

protocol::JsonArray TicketService::links(db::Tx &tx, const Actor &actor, std::int64_t id)
{
    auto ticket = get(tx, actor, id);
    return visibleLinks(tx, actor, ticket.id);
}

protocol::JsonArray TicketService::watch(db::Tx &tx, const Actor &actor, std::int64_t id,
                                         std::optional<std::int64_t> userId)
{
    auto ticket = get(tx, actor, id);
    if (!actor.isStaff())
        throw ApiError(ErrorCode::Forbidden, "only staff can watch tickets");
    const std::int64_t watcherId = userId.value_or(actor.userId);
    if (watcherId != actor.userId)
        permissions::requireWrite(actor, scopeOf(ticket));
    auto watcher = loadActor(tx, watcherId);
    if (!watcher || !watcher->isStaff() || !permissions::canReadTicket(*watcher, scopeOf(ticket)))
        throw ApiError(ErrorCode::ValidationFailed,
                       "user " + std::to_string(watcherId) + " is no agent who may read this ticket", "user_id");
    if (db::TicketRepository::addWatcher(tx, ticket.id, watcherId)) {
        db::TicketRepository::addHistory(tx, ticket.id, actor.userId, "watcher", std::nullopt, watcher->email);
        db::EventRepository::append(tx, watchersChanged(tx, ticket, actor.userId));
    }
    return db::TicketRepository::watchers(tx, ticket.id);
}

protocol::JsonArray TicketService::unwatch(db::Tx &tx, const Actor &actor, std::int64_t id, std::int64_t userId)
{
    auto ticket = get(tx, actor, id);
    // The answer lists the watching agents, which customers do not see (ticket.watchers).
    if (!actor.isStaff())
        throw ApiError(ErrorCode::Forbidden, "only staff can watch tickets");
    if (userId != actor.userId)
        permissions::requireWrite(actor, scopeOf(ticket));
    if (db::TicketRepository::removeWatcher(tx, ticket.id, userId)) {
        auto watcher = db::UserRepository::findById(tx, userId);
        db::TicketRepository::addHistory(tx, ticket.id, actor.userId, "watcher",
                                         watcher ? std::optional<std::string>(watcher->email) : std::nullopt,
                                         std::nullopt);
        db::EventRepository::append(tx, watchersChanged(tx, ticket, actor.userId));
    }
    return db::TicketRepository::watchers(tx, ticket.id);
}

protocol::JsonArray TicketService::watchers(db::Tx &tx, const Actor &actor, std::int64_t id)
{
    auto ticket = get(tx, actor, id);
    if (!actor.isStaff())
        throw ApiError(ErrorCode::Forbidden, "only staff can see a ticket's watchers");
    return db::TicketRepository::watchers(tx, ticket.id);
}

protocol::JsonObject TicketService::rate(db::Tx &tx, const Actor &actor, std::int64_t id, int score,
                                         const std::optional<std::string> &comment,
                                         std::optional<std::int64_t> articleId)
{
    auto ticket = loadTicket(tx, id, true);
    permissions::requireRead(actor, scopeOf(ticket));
    if (actor.isStaff() || ticket.customerId != actor.userId)
        throw ApiError(ErrorCode::Forbidden, "only the ticket's customer rates it");
    // A reply may be rated when it is read; the ticket as a whole once it is solved. The score
    // and comment are checked where every rating is stored (TicketRatings::record).
    if (!articleId && ticket.stateType != "closed")
        throw ApiError(ErrorCode::Conflict, "a ticket can be rated once it is solved", "id");
    return TicketRatings::record(tx, ticket, {articleId, actor.userId, score, comment, "customer"}, actor.userId);
}

protocol::JsonObject TicketService::syncRating(db::Tx &tx, const Actor &actor, std::int64_t id, std::int64_t articleId,
                                               int score, const std::optional<std::string> &comment)
{
    // Agents rate nothing: a rating that did not come from the customer comes from a system the
    // desk's admins trust with it (an integration's token, on the tickets its account may read).
    if (!actor.isAdmin() && !actor.integration)
        throw ApiError(ErrorCode::Forbidden, "only admins and integrations set ratings they collected");
    auto ticket = loadTicket(tx, id, true);
    permissions::requireRead(actor, scopeOf(ticket));
    return TicketRatings::record(tx, ticket, {articleId, ticket.customerId, score, comment, "sync"}, actor.userId);
}

protocol::JsonObject TicketService::rating(db::Tx &tx, const Actor &actor, std::int64_t id)
{
    auto ticket = loadTicket(tx, id, false);
    permissions::requireRead(actor, scopeOf(ticket));
    return db::TicketRepository::newestRating(tx, id);
}

protocol::JsonArray TicketService::ratings(db::Tx &tx, const Actor &actor, std::int64_t id)
{
    auto ticket = loadTicket(tx, id, false);
    permissions::requireRead(actor, scopeOf(ticket));
    return db::TicketRepository::ratings(tx, id);
}

int TicketService::replaceTag(db::Tx &tx, const Actor &actor, const std::string &from,
                              const std::optional<std::string> &to)
{
    permissions::requireAdmin(actor);
    std::optional<std::string> target;
    if (to) {
        if (to->find_first_not_of(" \t") == std::string::npos || to->size() > 100)
            throw ApiError(ErrorCode::ValidationFailed, "a tag must have 1 to 100 characters", "to");
        target = normalizeTags({*to}).front();
    }
    int changed = 0;
    for (auto id : db::TicketRepository::taggedWith(tx, from)) {
        auto before = loadTicket(tx, id, true);
        auto tags = before.tags;
        tags.erase(std::remove(tags.begin(), tags.end(), from), tags.end());
        if (target)
            tags.push_back(*target);
        tags = normalizeTags(tags);
        if (tags == before.tags)
            continue;
        auto after = before;
        after.tags = tags;
        db::TicketRepository::setTags(tx, id, tags);
        auto stored = db::TicketRepository::update(tx, after);
        db::TicketRepository::addHistory(tx, id, actor.userId, "tags", joined(before.tags), joined(tags));
        db::EventRepository::append(tx, TicketEvents::updated(stored, actor.userId, {"tags"}));
        ++changed;
    }
    return changed;
}

protocol::AttachmentRef TicketService::storeAttachment(db::Tx &tx, const Actor &actor, const std::string &content)
{
    protocol::AttachmentRef ref;
    ref.sha256 = db::ContentHash::sha256Hex(content);
    ref.size = static_cast<std::int64_t>(content.size());
    db::ArticleRepository::storeBlob(tx, ref.sha256, content);
    db::UploadRepository::recordUploader(tx, actor.userId, ref.sha256);
    return ref;
}

std::string TicketService::attachmentContent(db::Tx &tx, const Actor &actor, const std::string &sha256)
{
    if (mayUseBlob(tx, actor, sha256))
        if (auto content = db::ArticleRepository::blobContent(tx, sha256))
            return *content;
    throw ApiError(ErrorCode::NotFound, "no attachment " + sha256 + " that you may see", "sha256");
}

} // namespace helpdesk::domain
