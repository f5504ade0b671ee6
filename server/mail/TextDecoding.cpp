#include "mail/TextDecoding.h"

#include "mail/GMimeSupport.h"

namespace helpdesk::mail {

namespace {
/// How far into an HTML part a <meta charset> is looked for (HTML5 says the first 1024 bytes;
/// mail HTML often has a long <style> first).
constexpr std::size_t kMetaCharsetWindow = 4096;

/// The charset an HTML document declares for itself (`<meta charset=…>` or `<meta
/// http-equiv=Content-Type content="…; charset=…">`), "" when none.
std::string metaCharset(std::string_view html)
{
    std::string head = lower(std::string(html.substr(0, kMetaCharsetWindow)));
    for (std::size_t meta = head.find("<meta"); meta != std::string::npos; meta = head.find("<meta", meta + 5)) {
        std::size_t close = head.find('>', meta);
        std::string_view tag(head.data() + meta, (close == std::string::npos ? head.size() : close) - meta);
        std::size_t at = tag.find("charset");
        if (at == std::string_view::npos)
            continue;
        at += 7;
        while (at < tag.size() && (tag[at] == ' ' || tag[at] == '=' || tag[at] == '"' || tag[at] == '\''))
            ++at;
        std::size_t end = at;
        while (end < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[end])) || tag[end] == '-' ||
                                    tag[end] == '_' || tag[end] == '.' || tag[end] == ':'))
            ++end;
        if (end > at)
            return std::string(tag.substr(at, end - at));
    }
    return {};
}
} // namespace

DecodedText TextDecoding::decode(std::string_view bytes, std::string_view label, bool isHtml)
{
    std::string declared(label);
    bool declaredInHtml = false;
    if (declared.empty() && isHtml && LegacyCharset::hasEightBit(bytes)) {
        declared = metaCharset(bytes);
        declaredInHtml = !declared.empty();
    }
    auto decoded = LegacyCharset::read(bytes, declared, [bytes] {
        std::vector<CharsetCandidate> candidates;
        if (auto guess = LegacyCharset::detect(bytes))
            candidates.push_back({*guess, "detected by uchardet"});
        return candidates;
    });
    if (declaredInHtml)
        decoded.rule = "its <meta> " + decoded.rule;
    return decoded;
}

std::string TextDecoding::textOf(GMimePart *part, ParsedMail &mail)
{
    auto *object = GMIME_OBJECT(part);
    std::string bytes = bytesOf(g_mime_part_get_content(part));
    const char *charset = g_mime_object_get_content_type_parameter(object, "charset");
    GMimeContentType *type = g_mime_object_get_content_type(object);
    bool isHtml = type && g_mime_content_type_is_type(type, "text", "html");
    auto decoded = decode(bytes, charset ? charset : "", isHtml);
    mail.explain("charset", std::string(isHtml ? "text/html" : "text") + " part: " + decoded.rule);
    return unixNewlines(std::move(decoded.text));
}

} // namespace helpdesk::mail
