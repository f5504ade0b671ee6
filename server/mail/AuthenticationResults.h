#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace helpdesk::mail {

/// One method's verdict in an Authentication-Results header: "dkim=pass header.d=example.com".
struct AuthMethodResult {
    std::string method;                            // lower-case: spf, dkim, dmarc, …
    std::string result;                            // lower-case: pass, fail, softfail, none, …
    std::map<std::string, std::string> properties; // "header.from" -> "example.com" (ptype lower-case)
};

/// One Authentication-Results header field (RFC 8601) as its MTA wrote it.
struct AuthenticationResults {
    std::string authservId; // lower-case
    std::vector<AuthMethodResult> results;

    /// Reads one field's value strictly: anything outside the RFC 8601 grammar, or over the
    /// bounds (8 KiB, 32 results, 16 properties each, comments nested 8 deep) gives nullopt.
    /// Time linear in the value. Any thread.
    static std::optional<AuthenticationResults> parse(std::string_view value);
};

/// What the receiving MTA's checks say about the author domain of a message.
struct SenderVerdict {
    bool vouched = false;          // dmarc=pass, or spf/dkim=pass for exactly the From domain
    bool spfOrDmarcFailed = false; // spf=fail or dmarc=fail: the sender is likely forged
    std::string summary;           // what was found, for notes and logs ("no trusted Authentication-Results")
};

/// Judges the message's topmost Authentication-Results fields (as MailParser keeps them) for the
/// domain of its From address, counting only those whose authserv-id is in `trustedIds`. A fail
/// outranks a pass, so a forged "pass" our MTA failed to strip cannot overturn its own "fail".
/// Any thread.
SenderVerdict judgeSender(const std::vector<std::string> &topmostFields, const std::vector<std::string> &trustedIds,
                          const std::string &fromAddress);

} // namespace helpdesk::mail
