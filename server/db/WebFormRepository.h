#pragma once

#include "db/ConnectionPool.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::db {

/// A group whose web form is on, as its form's pages need it.
struct WebFormGroup {
    std::int64_t id = 0;
    std::string name;
    std::vector<std::string> sites; // origins that may frame the form and post to it
};

/// A request sent through a web form, waiting for (or past) its sender's confirmation.
struct WebFormRequest {
    std::int64_t id = 0;
    std::int64_t groupId = 0;
    std::string email;
    std::string name;
    std::string subject;
    std::string message;
    std::optional<std::string> language;
    bool expired = false;                     // its link no longer confirms it
    bool confirmed = false;                   // its confirmation opened a ticket
    std::optional<std::int64_t> ticketNumber; // that ticket's number (while it exists)
};

/// SQL for the web form: the groups by their form's key, and the requests waiting for their
/// senders' confirmation, each named by a SHA-256 of its link's token. Any thread.
class WebFormRepository
{
public:
    /// The active group whose form is on and has `key`; nullopt otherwise.
    static std::optional<WebFormGroup> openFormByKey(Tx &tx, const std::string &key);
    /// Stores a request (its id is ignored) valid for `validSeconds`, and clears requests that
    /// expired more than `keepSeconds` ago.
    static void insert(Tx &tx, const std::string &tokenHash, const WebFormRequest &request,
                       const std::string &clientAddress, int validSeconds, int keepSeconds);
    /// The request of a token's hash, locked against a concurrent confirmation when `lock`.
    static std::optional<WebFormRequest> find(Tx &tx, const std::string &tokenHash, bool lock);
    /// Records that the request opened `ticketId`.
    static void markConfirmed(Tx &tx, std::int64_t requestId, std::int64_t ticketId);
    /// Gives a group's form a new random key (the old address stops working); returns it.
    static std::string renewKey(Tx &tx, std::int64_t groupId);
};

} // namespace helpdesk::db
