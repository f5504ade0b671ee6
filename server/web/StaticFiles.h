#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace helpdesk::web {

/// The files under resources/web/static, served at /static/<name> with their content hash in the
/// name ("helpdesk.css" → /static/helpdesk.3f2a9c1b7d04.css), so browsers may keep them a year
/// and a new server's file is fetched anew. Any thread.
class StaticFiles
{
public:
    /// The URL of static file `name` ("helpdesk.css").
    static std::string urlOf(const std::string &name);
    /// A static file asked for by its URL path: its bytes and content type; nullopt for any other
    /// path (an old hash included).
    struct File {
        std::string_view content;
        std::string contentType;
    };
    static std::optional<File> find(const std::string &path);
    /// The Cache-Control of a static file.
    static constexpr const char *kCacheControl = "public, max-age=31536000, immutable";
};

} // namespace helpdesk::web
