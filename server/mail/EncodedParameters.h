#pragma once

#include "mail/LegacyCharset.h"

#include <optional>
#include <string_view>
#include <vector>

namespace helpdesk::mail {

/// RFC 2231 parameter values (`filename*=charset'lang'%XX…`, continued as `filename*0*=…;
/// filename*1*=…`) in a Content-Type or Content-Disposition value, read like any labelled text
/// (LegacyCharset::read): a charset iconv does not know, or UTF-8 labelled as a single-byte
/// charset, no longer gives a garbled file name. Any thread.
class EncodedParameters
{
public:
    /// `raw` (the field's value as written) with each encoded parameter that GMime reads
    /// differently from those rules rewritten as one `name*=UTF-8''…` parameter; nullopt when
    /// GMime already reads every one right. `fallbacks` are tried when the label fails.
    static std::optional<RepairedValue> repair(std::string_view raw, const std::vector<CharsetCandidate> &fallbacks);
};

} // namespace helpdesk::mail
