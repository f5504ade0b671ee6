#pragma once

namespace helpdesk::client {

class CacheStore;

/// Cache writes applied together or not at all: begun when constructed, rolled back when
/// destroyed unless commit() was called, so an exception half-way (a malformed event in a batch)
/// leaves the cache as it was. Guards nest: an inner one joins the outermost transaction, and a
/// rollback at any level undoes all of it. Change signals go out after the outermost commit, none
/// after a rollback. Main thread.
class CacheTransaction
{
public:
    explicit CacheTransaction(CacheStore &cache);
    ~CacheTransaction();
    CacheTransaction(const CacheTransaction &) = delete;
    CacheTransaction &operator=(const CacheTransaction &) = delete;

    /// Keeps the writes (at the outermost level: commits them and signals the changes).
    void commit();

private:
    CacheStore &m_cache;
    bool m_done = false;
};

} // namespace helpdesk::client
