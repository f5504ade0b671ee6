#pragma once

#include "core/CacheStore.h"
#include "core/Outbox.h"
#include "core/ServerConnection.h"
#include "core/SyncEngine.h"

namespace helpdesk::client {

/// The open account's machinery: its cache file, the WebSocket, the sync engine keeping the cache
/// a replica, and the outbox. Built by AccountSession when an account opens, dropped when it
/// closes; the account's services in core reach it through the session, the UI never. Main thread.
struct Replica {
    /// Opens the cache file; check cache.isOpen().
    Replica(const QString &cacheFile, Outbox::Uploader uploader)
        : cache(cacheFile), sync(cache, connection), outbox(cache, connection, sync, std::move(uploader))
    {
    }

    CacheStore cache;
    ServerConnection connection;
    SyncEngine sync;
    Outbox outbox;
};

} // namespace helpdesk::client
