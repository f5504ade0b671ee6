#include "web/StaticFiles.h"

#include "web/WebResources.h"

#include <sodium.h>

#include <array>
#include <map>

namespace helpdesk::web {

namespace {
constexpr const char *kStaticDirectory = "static/";

std::string contentHash(std::string_view content)
{
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char *>(content.data()), content.size());
    std::array<char, 2 * crypto_hash_sha256_BYTES + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return std::string(hex.data(), 12); // 48 bits tell versions apart; the URL stays short
}

std::string contentTypeOf(const std::string &name)
{
    static const std::map<std::string, std::string> types{{".css", "text/css; charset=utf-8"},
                                                          {".svg", "image/svg+xml"},
                                                          {".png", "image/png"},
                                                          {".ico", "image/x-icon"}};
    auto dot = name.rfind('.');
    auto found = dot == std::string::npos ? types.end() : types.find(name.substr(dot));
    return found == types.end() ? "application/octet-stream" : found->second;
}

/// URL path → file, for every static file (built once).
const std::map<std::string, StaticFiles::File> &byUrl()
{
    static const std::map<std::string, StaticFiles::File> files = [] {
        std::map<std::string, StaticFiles::File> out;
        for (const auto &[path, content] : webResources()) {
            if (path.rfind(kStaticDirectory, 0) != 0)
                continue;
            auto name = path.substr(std::string(kStaticDirectory).size());
            out[StaticFiles::urlOf(name)] = {content, contentTypeOf(name)};
        }
        return out;
    }();
    return files;
}
} // namespace

std::string StaticFiles::urlOf(const std::string &name)
{
    auto content = webResource(kStaticDirectory + name);
    auto dot = name.rfind('.');
    auto stem = dot == std::string::npos ? name : name.substr(0, dot);
    auto extension = dot == std::string::npos ? std::string() : name.substr(dot);
    return "/static/" + stem + "." + contentHash(content) + extension;
}

std::optional<StaticFiles::File> StaticFiles::find(const std::string &path)
{
    auto found = byUrl().find(path);
    if (found == byUrl().end())
        return std::nullopt;
    return found->second;
}

} // namespace helpdesk::web
