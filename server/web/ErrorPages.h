#pragma once

#include "web/PageSpec.h"

namespace helpdesk::protocol {
class ApiError;
}

namespace helpdesk::web {

/// The pages of refusals and failures (400, 403, 404, 405, 413, 429, 500, 503), in the layout and
/// the visitor's language, saying what the visitor can do and never what went wrong inside.
/// Stateless.
class ErrorPages
{
public:
    /// The page of an HTTP status, its texts in `language`.
    static PageReply forStatus(int status, const Translations &translations, const std::string &language);
    /// The page of an error a handler threw (its status; a retry-after carried over).
    static PageReply forError(const protocol::ApiError &error, const Translations &translations,
                              const std::string &language);
    /// A POST without a valid form token: 403, "reload the page and send it again".
    static PageReply formExpired(const Translations &translations, const std::string &language);
};

} // namespace helpdesk::web
