#include "domain/RatingLinks.h"

#include "db/ConfigRepository.h"
#include "db/ContentHash.h"
#include "db/RatingLinkRepository.h"
#include "db/TicketRepository.h"
#include "db/UserRepository.h"
#include "domain/MailOutbox.h"
#include "domain/MailTemplateCatalog.h"
#include "domain/MailTemplates.h"
#include "domain/Passwords.h"
#include "domain/TicketRatings.h"

#include <Poco/Logger.h>
#include <Poco/String.h>

#include <algorithm>

namespace helpdesk::domain {

namespace {
constexpr int kValidSeconds = RatingLinks::kValidDays * 24 * 3600;

Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.mail");
}

/// A group's rating options.
struct GroupRatings {
    bool enabled = false;
    std::string wording; // "" : the shipped one
    std::optional<std::string> language;
};

GroupRatings groupRatings(db::Tx &tx, std::int64_t groupId)
{
    GroupRatings g;
    if (auto row = db::ConfigRepository::get(tx, db::ConfigKind::Group, groupId)) {
        g.enabled = row->optValue<bool>("ratings_enabled", false);
        g.wording = Poco::trim(row->optValue<std::string>("rating_wording", ""));
        if (row->has("default_language") && !row->isNull("default_language"))
            g.language = row->getValue<std::string>("default_language");
    }
    return g;
}

/// The ticket's customer when it is a customer account with an address (staff rate nothing).
std::optional<protocol::User> ratingCustomer(db::Tx &tx, const protocol::Ticket &ticket)
{
    auto customer = db::UserRepository::findById(tx, ticket.customerId);
    if (!customer || customer->role != protocol::Role::Customer || customer->email.empty())
        return std::nullopt;
    return customer;
}

/// A new link's token, stored hashed; nullopt when the ticket's own link exists already.
std::optional<std::string> issue(db::Tx &tx, const protocol::Ticket &ticket, std::optional<std::int64_t> articleId,
                                 std::int64_t customerId)
{
    auto token = passwords::newToken("hdr_");
    if (!db::RatingLinkRepository::insert(tx, db::ContentHash::sha256Hex(token), ticket.id, articleId, customerId,
                                          kValidSeconds))
        return std::nullopt;
    return token;
}

std::string urlOf(const MailSettings &settings, const std::string &token)
{
    return settings.publicUrl + "/rate/" + token;
}

bool sameAddress(const std::string &a, const std::string &b)
{
    return Poco::icompare(Poco::trim(a), Poco::trim(b)) == 0;
}

/// The state of a link that exists, with the ticket's rating when this link gave it.
RatingLinkState stateOf(db::Tx &tx, const db::RatingLink &link)
{
    RatingLinkState state;
    auto ticket = db::TicketRepository::get(tx, link.ticketId);
    if (!ticket)
        return state;
    state.kind = link.expired ? RatingLinkState::Kind::Expired : RatingLinkState::Kind::Usable;
    state.ticketNumber = ticket->number;
    state.ticketTitle = ticket->title;
    state.ratesReply = link.articleId.has_value();
    if (auto rating = db::TicketRepository::rating(tx, link.ticketId, link.articleId)) {
        if (rating->getValue<std::string>("source") == "mail_link") {
            state.score = rating->getValue<int>("score");
            if (!rating->isNull("comment"))
                state.comment = rating->getValue<std::string>("comment");
        }
    }
    return state;
}
} // namespace

std::optional<RatingLinkLine> RatingLinks::forReply(db::Tx &tx, const MailSettings &settings,
                                                    const protocol::Ticket &ticket, const protocol::Article &article,
                                                    const std::vector<std::string> &recipients)
{
    auto group = groupRatings(tx, ticket.groupId);
    if (!group.enabled)
        return std::nullopt;
    auto customer = ratingCustomer(tx, ticket);
    // Only the customer rates: a reply mailed to someone else (a supplier, a colleague) has no link.
    if (!customer || std::none_of(recipients.begin(), recipients.end(),
                                  [&](const std::string &to) { return sameAddress(to, customer->email); }))
        return std::nullopt;
    auto token = issue(tx, ticket, article.id, customer->id);
    if (!token)
        return std::nullopt;
    auto wording = group.wording;
    if (wording.empty())
        wording = MailTemplateCatalog::builtIn().term(
            MailTemplates::shippedLanguageFor(settings, MailReader{customer->language, ticket.groupId, group.language}),
            kWordingTerm);
    return RatingLinkLine{wording, urlOf(settings, *token)};
}

bool RatingLinks::requestAfterSolved(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket)
{
    if (!groupRatings(tx, ticket.groupId).enabled)
        return false;
    auto customer = ratingCustomer(tx, ticket);
    if (!customer)
        return false;
    auto token = issue(tx, ticket, std::nullopt, customer->id);
    if (!token) // asked before: solved, reopened and solved again
        return false;
    MailValues values;
    const auto url = urlOf(settings, *token);
    values.text["rating_url"] = url;
    for (int score = 1; score <= 5; ++score)
        values.text["rating_url_" + std::to_string(score)] = url + "?score=" + std::to_string(score);
    if (!MailOutbox::queueCustomerMail(tx, settings, ticket, mailtemplates::kRatingRequest, values)) {
        logger().information("ticket %s: no rating request, the rules of automatic mail refused it",
                             std::to_string(ticket.number));
        return false;
    }
    return true;
}

RatingLinkState RatingLinks::state(db::Tx &tx, const std::string &token)
{
    auto link = db::RatingLinkRepository::find(tx, db::ContentHash::sha256Hex(token));
    return link ? stateOf(tx, *link) : RatingLinkState{};
}

RatingLinkState RatingLinks::rate(db::Tx &tx, const std::string &token, int score,
                                  const std::optional<std::string> &comment)
{
    auto link = db::RatingLinkRepository::find(tx, db::ContentHash::sha256Hex(token));
    if (!link)
        return {};
    if (!link->expired) {
        auto ticket = db::TicketRepository::get(tx, link->ticketId, true);
        if (!ticket)
            return {};
        TicketRatings::record(tx, *ticket, {link->articleId, link->customerId, score, comment, "mail_link"},
                              link->customerId);
    }
    return stateOf(tx, *link);
}

} // namespace helpdesk::domain
