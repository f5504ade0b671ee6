#pragma once

#include <string>

namespace helpdesk::mail {

/// HTML handling for mail bodies. Pure functions; any thread.
namespace htmltext {
/// Readable plain text from HTML: tags dropped, block elements as line breaks, entities decoded,
/// script and style content removed.
std::string toPlainText(const std::string &html);
/// HTML with active content removed: script, style, iframe, object, embed, form and their
/// contents, every on* attribute, and javascript:/vbscript:/data: (except data:image) URLs.
/// Remote images are kept; the client blocks them until the agent allows them.
std::string sanitize(const std::string &html);
} // namespace htmltext

} // namespace helpdesk::mail
