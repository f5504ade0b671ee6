#include "core/CacheTransaction.h"

#include "core/CacheStore.h"

namespace helpdesk::client {

CacheTransaction::CacheTransaction(CacheStore &cache) : m_cache(cache)
{
    m_cache.beginBatch();
}

CacheTransaction::~CacheTransaction()
{
    if (!m_done)
        m_cache.endBatch(false);
}

void CacheTransaction::commit()
{
    // Done only once the level has ended: if committing throws (indexing), the destructor rolls back.
    m_cache.endBatch(true);
    m_done = true;
}

} // namespace helpdesk::client
