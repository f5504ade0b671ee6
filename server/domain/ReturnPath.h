#pragma once

#include "domain/MailSettings.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::domain {

/// VERP return paths: the envelope sender of a mail we send names its outbox row, signed, as
/// "bounces+<id>.<mac>@<domain of the From address>", so a bounce delivered there says which mail
/// failed even when it quotes nothing of it, and a stranger cannot forge one about another
/// mail. The MTA delivers bounces+*@ to the mailgate like any other address. Any thread.
namespace returnpath {
/// The return path for outbox row `outboundId` sent from `fromAddress`; "" without a signing
/// secret (then mail goes out with its From address as return path).
std::string make(const MailSettings &settings, std::int64_t outboundId, const std::string &fromAddress);
/// The outbox row a return path names, when it is one of ours and its signature is valid.
std::optional<std::int64_t> outboundOf(const MailSettings &settings, const std::string &address);
} // namespace returnpath

} // namespace helpdesk::domain
