#include "web/ErrorPages.h"

#include "protocol/ProtocolError.h"

#include <set>

namespace helpdesk::web {

PageReply ErrorPages::forStatus(int status, const Translations &translations, const std::string &language)
{
    // Each status shown has error_<status>_title and error_<status>_text; others fall to 400 or 500.
    static const std::set<int> known{400, 403, 404, 405, 413, 429, 500, 503};
    const int shown = known.count(status) ? status : (status >= 500 ? 500 : 400);
    const auto prefix = "error_" + std::to_string(shown);
    mstch::map values{{"heading", translations.text(language, prefix + "_title")},
                      {"text", translations.text(language, prefix + "_text")}};
    return PageReply::show("error", prefix + "_title", std::move(values), status);
}

PageReply ErrorPages::forError(const protocol::ApiError &error, const Translations &translations,
                               const std::string &language)
{
    auto reply = forStatus(error.httpStatus(), translations, language);
    reply.retryAfterSeconds = error.retryAfterSeconds();
    return reply;
}

PageReply ErrorPages::formExpired(const Translations &translations, const std::string &language)
{
    auto reply = forStatus(403, translations, language);
    reply.values["text"] = translations.text(language, "error_403_form_text");
    return reply;
}

} // namespace helpdesk::web
