#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace helpdesk::api {

/// What one request, one caller or one address may cost the server. The defaults are generous
/// enough for a desk's agents and its integrations (bench_api: 50 clients, one account, ~1,000
/// requests/s); zero turns a rate, a quota or a timeout off. Request rates are kept in memory per
/// server instance (behind a balancer, N instances allow N times the rates); the sign-in back-off
/// and lock, and the reset mails an account gets, are counted in the database for all instances.
struct ApiLimits {
    // Sizes of request bodies.
    std::size_t maxJsonBody = 4 * 1024 * 1024;
    std::size_t maxAttachment = 25 * 1024 * 1024;
    std::size_t maxInboundMail = 60 * 1024 * 1024;

    /// Each statement of an API request is cancelled after this (503); jobs, imports and
    /// migrations run without a limit.
    std::chrono::milliseconds statementTimeout = std::chrono::seconds(30);

    /// Token buckets: a caller may spend `burst` requests at once and regains `perSecond` a second.
    double requestsPerSecondPerUser = 1000;
    double requestBurstPerUser = 10000;
    double requestsPerSecondPerAddress = 2000;
    double requestBurstPerAddress = 20000;
    /// presence.set calls one WebSocket session may make (each is a write and a notification).
    double presenceUpdatesPerSecondPerSession = 2;
    double presenceUpdateBurstPerSession = 5;

    /// Sign-in back-off: after this many failures in a row an account (or an address) waits
    /// signInBackoff, doubling with each further failure up to signInBackoffMax. After
    /// signInLockAfterFailures the account is locked for signInLockDuration and its owner mailed.
    int signInFreeFailuresPerAccount = 5;
    int signInFreeFailuresPerAddress = 50;
    std::chrono::seconds signInBackoff{1};
    std::chrono::seconds signInBackoffMax{15 * 60};
    int signInLockAfterFailures = 10;
    std::chrono::seconds signInLockDuration{60 * 60};

    /// Password-reset requests an account, or an address, may make per hour (per instance); the
    /// account's figure also bounds the reset mails it gets per hour from all instances together.
    double passwordResetsPerAccountPerHour = 3;
    double passwordResetsPerAddressPerHour = 20;
    /// The same for the requester portal's one-time sign-in links ("e-mail me a sign-in link").
    double signInLinksPerAccountPerHour = 3;
    double signInLinksPerAddressPerHour = 20;
    /// Web form requests (each mails a confirmation link) per sender address and per client
    /// address per hour (per instance).
    double webFormsPerSenderPerHour = 3;
    double webFormsPerAddressPerHour = 20;
    /// Ticket-sharing invitations (POST /sharing/agreements/<uuid>, anyone may send one) per client
    /// address per hour, so that one sender cannot fill the unanswered ones' cap, and from all
    /// addresses together; counted in the database (all instances on it, across restarts); 0: no limit.
    double sharingInvitationsPerAddressPerHour = 20;
    double sharingInvitationsPerHour = 200;

    /// Bytes of attachments one user may upload per day (UTC).
    std::int64_t uploadBytesPerUserPerDay = 2LL * 1024 * 1024 * 1024;

    /// Password hashes (argon2id, ~64 MiB each) running at once (0: by cores and memory), and
    /// callers waiting for one before the next is refused with 503.
    int concurrentPasswordHashes = 0;
    int queuedPasswordHashes = 32;

    /// Peers whose X-Forwarded-For is believed (a reverse proxy); anyone else is its socket address.
    std::vector<std::string> trustedProxies;
    /// Callers (addresses, accounts, users) remembered per limit; the least recent are forgotten.
    std::size_t maxTrackedCallers = 50000;
};

} // namespace helpdesk::api
