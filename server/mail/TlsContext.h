#pragma once

#include <Poco/Net/Context.h>

#include <string>

namespace helpdesk::mail {

/// Client-side TLS for the mail servers we talk to (IMAP, POP3, SMTP). Peers are verified
/// against the system's CA store plus an optional extra CA file (an internal CA, or a test CA),
/// unless a mailbox or the SMTP settings turn verification off for a self-signed server.
/// Any thread.
namespace tls {

/// Adds a PEM file of CA certificates trusted besides the system store (empty: none).
/// Called once at start-up, before any connection.
void trustCaFile(const std::string &path);

/// A client context; `verifyPeer` false accepts any certificate (the mailbox's explicit choice).
Poco::Net::Context::Ptr clientContext(bool verifyPeer);

} // namespace tls
} // namespace helpdesk::mail
