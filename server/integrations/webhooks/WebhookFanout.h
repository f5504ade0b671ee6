#pragma once

#include "db/ConnectionPool.h"
#include "domain/EventFeed.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace helpdesk::integrations::webhooks {

/// Turns the desk's committed events into webhook deliveries (domain::Webhooks::fanOut). It reads
/// the event log after a cursor kept in the database, so events committed while no server ran
/// are fanned out at the next start, and several instances doing it at once create each delivery
/// once. The feed only wakes it: the work runs on a thread of its own, so a slow database never
/// holds the feed's other subscribers (the agents' sessions). Main thread for start and stop.
class WebhookFanout
{
public:
    WebhookFanout(db::ConnectionPool &pool, domain::EventFeed &feed);
    ~WebhookFanout();
    /// Subscribes to the feed and starts the thread; a desk's first start fans out from now on.
    void start();
    void stop();

private:
    class Wake;
    void run();
    /// Fans out everything after the cursor; returns false when the database failed.
    bool catchUp();
    /// In `tx`, under the fan-out lock: fans out the next batch of settled events after the
    /// cursor and moves the cursor past them; false when there was none.
    bool fanOutNextBatch(db::Tx &tx);

    db::ConnectionPool &m_pool;
    domain::EventFeed &m_feed;
    std::shared_ptr<Wake> m_wake;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_pending = true;
    bool m_stopping = false;
};

} // namespace helpdesk::integrations::webhooks
