// The page of a rating link from the mail (domain::RatingLinks), usable without signing in.
// Opening the link records nothing: mail scanners open every link of a mail to check it, and would
// give each of the "how did we do?" mail's five scores in turn. So the page shows the score the
// link chose already selected, with a comment box and one button; the POST (with the form token)
// records it. The link works again until it expires: a later POST replaces the score and comment.

#include "web/PageSpec.h"

#include "domain/RatingLinks.h"
#include "domain/TicketRatings.h"

#include <Poco/NumberParser.h>
#include <Poco/String.h>

namespace helpdesk::web {

namespace {
using Kind = domain::RatingLinkState::Kind;

/// A score 1–5 from a field, or nullopt.
std::optional<int> scoreIn(const std::string &text)
{
    int score = 0;
    if (!Poco::NumberParser::tryParse(Poco::trim(text), score) || score < 1 || score > 5)
        return std::nullopt;
    return score;
}

/// The page of a link that does not work (unknown: 404, expired: 410).
PageReply deadLink(const PageCall &call, Kind kind)
{
    const bool expired = kind == Kind::Expired;
    return PageReply::show("rate-dead", "rate_dead_title",
                           mstch::map{{"reason", call.text(expired ? "rate_expired" : "rate_unknown")}},
                           expired ? 410 : 404);
}

/// The form of a usable link: `score` selected (none: nothing), `comment` filled in.
PageReply ratingForm(const PageCall &call, const std::string &token, const domain::RatingLinkState &state,
                     std::optional<int> score, const std::string &comment, const std::string &notice,
                     const std::string &scoreError, const std::string &formError, int status)
{
    mstch::array scores;
    for (int value = 5; value >= 1; --value)
        scores.emplace_back(mstch::map{{"value", std::to_string(value)},
                                       {"label", call.text("rate_score_" + std::to_string(value))},
                                       {"checked", score == value}});
    mstch::map values{
        {"token", token},
        {"about", call.format(state.ratesReply ? "rate_about_reply" : "rate_about_ticket",
                              {{"number", std::to_string(state.ticketNumber)}, {"title", state.ticketTitle}})},
        {"scores", scores},
        {"comment", comment},
        {"button", call.text(state.score ? "rate_change_button" : "rate_button")}};
    if (!notice.empty())
        values.emplace("notice", notice);
    if (!scoreError.empty())
        values.emplace("score_error", scoreError);
    if (!formError.empty())
        values.emplace("form_error", formError);
    return PageReply::show("rate", "rate_title", std::move(values), status);
}

PageReply openLink(PageCall &call)
{
    const auto &token = call.path.at("token");
    auto state = call.services.pool.read([&](db::Tx &tx) { return domain::RatingLinks::state(tx, token); });
    if (state.kind != Kind::Usable)
        return deadLink(call, state.kind);
    // The score the mail's link chose wins over the one given before: the reader changes their mind.
    auto chosen = scoreIn(PageCall::field(call.query, "score"));
    auto saved = PageCall::field(call.query, "saved") == "1" && state.score;
    return ratingForm(call, token, state, chosen ? chosen : state.score, state.comment,
                      saved ? call.text("rate_thanks") : std::string(), {}, {}, 200);
}

PageReply rate(PageCall &call)
{
    const auto &token = call.path.at("token");
    auto comment = Poco::trim(PageCall::field(call.form, "comment"));
    auto score = scoreIn(PageCall::field(call.form, "score"));
    auto state = call.services.pool.read([&](db::Tx &tx) { return domain::RatingLinks::state(tx, token); });
    if (state.kind != Kind::Usable)
        return deadLink(call, state.kind);
    if (!score)
        return ratingForm(call, token, state, std::nullopt, comment, {}, call.text("rate_score_needed"), {}, 422);
    if (comment.size() > domain::TicketRatings::kMaxComment)
        return ratingForm(call, token, state, score, comment, {}, {}, call.text("rate_comment_too_long"), 422);
    state = call.services.pool.write([&](db::Tx &tx) {
        return domain::RatingLinks::rate(tx, token, *score,
                                         comment.empty() ? std::nullopt : std::optional<std::string>(comment));
    });
    if (state.kind != Kind::Usable)
        return deadLink(call, state.kind);
    return PageReply::redirect("/rate/" + token + "?saved=1");
}
} // namespace

std::vector<PageRoute> ratingPages()
{
    return {
        {"GET", "/rate/{token}", openLink},
        {"POST", "/rate/{token}", rate},
    };
}

} // namespace helpdesk::web
