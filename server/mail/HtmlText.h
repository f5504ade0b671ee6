#pragma once

#include <string>

namespace helpdesk::mail {

/// HTML handling for mail bodies. Pure functions; any thread.
namespace htmltext {
/// Readable plain text from HTML: tags dropped, block elements as line breaks, entities decoded,
/// script and style content removed.
std::string toPlainText(const std::string &html);
} // namespace htmltext

} // namespace helpdesk::mail
