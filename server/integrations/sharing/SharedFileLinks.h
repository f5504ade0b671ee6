#pragma once

#include <cstdint>
#include <string>

namespace helpdesk::integrations::sharing {

/// The download links of a shared ticket's files: a partner fetches each file from
/// `{sharing base}/attachments/{sha256}?agreement=…&expires=…&signature=…` without a token, so the
/// link itself is the permission (while the agreement is accepted and a ticket shared under it
/// carries the file: TicketShares::linkedFile). The signature is an HMAC-SHA256 (libsodium
/// crypto_auth) of the file's hash, the agreement under a key derived from the desk's signing secret, as our
/// Message-IDs are signed; nothing is stored, and a link stops working when it expires. Pure; any thread.
class SharedFileLinks
{
public:
    /// How long a partner has to fetch a file (a partner down for a few days still gets it).
    static constexpr std::int64_t kValidSeconds = 7 * 24 * 3600;

    /// Links under `sharingBaseUrl`, signed with `secret` (MailSettings::secret).
    SharedFileLinks(std::string sharingBaseUrl, std::string secret);

    /// The link to the file `sha256` for the partner of `agreementId`, valid until `expiresAt`
    /// (seconds since the epoch).
    std::string urlFor(const std::string &sha256, std::int64_t agreementId, std::int64_t expiresAt) const;
    /// Whether `signature` is ours for this file, agreement and expiry and the link has not expired at `now`.
    bool verify(const std::string &sha256, std::int64_t agreementId, std::int64_t expiresAt,
                const std::string &signature, std::int64_t now) const;

private:
    std::string signatureOf(const std::string &sha256, std::int64_t agreementId, std::int64_t expiresAt) const;

    std::string m_baseUrl;
    std::string m_secret;
};

} // namespace helpdesk::integrations::sharing
