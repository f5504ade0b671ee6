#include "integrations/webhooks/WebhookFanout.h"

#include "db/WebhookRepository.h"
#include "domain/FieldLookups.h"
#include "domain/Webhooks.h"

#include <Poco/Logger.h>

#include <chrono>

namespace helpdesk::integrations::webhooks {

namespace {
constexpr int kBatch = 500;
// A lost wake-up (or a database that was down) is made good by a look this often.
constexpr auto kPollInterval = std::chrono::seconds(10);
} // namespace

/// The feed's subscriber: any batch just wakes the fan-out thread.
class WebhookFanout::Wake : public domain::EventSubscriber
{
public:
    explicit Wake(WebhookFanout &owner) : m_owner(owner) {}
    bool deliverEvents(const domain::FeedBatch &batch) override
    {
        if (!batch.empty()) {
            const std::lock_guard lock(m_owner.m_mutex);
            m_owner.m_pending = true;
            m_owner.m_changed.notify_one();
        }
        return true;
    }
    void databaseAvailability(bool available) override { (void)available; }

private:
    WebhookFanout &m_owner;
};

WebhookFanout::WebhookFanout(db::ConnectionPool &pool, domain::EventFeed &feed) : m_pool(pool), m_feed(feed) {}

WebhookFanout::~WebhookFanout()
{
    stop();
}

void WebhookFanout::start()
{
    m_wake = std::make_shared<Wake>(*this);
    m_feed.subscribe(m_wake, m_feed.watermark());
    m_thread = std::thread([this] { run(); });
}

void WebhookFanout::stop()
{
    if (m_wake) {
        m_feed.unsubscribe(m_wake.get());
        m_wake.reset();
    }
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_changed.notify_one();
    }
    if (m_thread.joinable())
        m_thread.join();
}

void WebhookFanout::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_changed.wait_for(lock, kPollInterval, [this] { return m_pending || m_stopping; });
        if (m_stopping)
            break;
        m_pending = false;
        lock.unlock();
        catchUp();
        lock.lock();
    }
}

bool WebhookFanout::catchUp()
{
    try {
        while (m_pool.write([this](db::Tx &tx) { return fanOutNextBatch(tx); }))
            continue;
        return true;
    } catch (const std::exception &e) {
        Poco::Logger::get("webhooks").error("fanning events out to webhooks: %s", std::string(e.what()));
        return false;
    }
}

bool WebhookFanout::fanOutNextBatch(db::Tx &tx)
{
    // One instance at a time, from the cursor read under the lock: each event is fanned out once,
    // and each subscription's deliveries keep the events' order.
    db::WebhookRepository::lockFanout(tx);
    const auto cursor = db::WebhookRepository::fanoutCursor(tx);
    if (!cursor) {
        // A desk's first start: what happened before webhooks existed is not sent.
        db::WebhookRepository::advanceFanoutCursor(tx, m_feed.watermark());
        return false;
    }
    // (The feed reads on a connection of its own: this thread holds two for a moment.)
    auto batch = m_feed.readSettled(*cursor, kBatch);
    if (batch.empty())
        return false;
    std::vector<db::EventRow> rows;
    rows.reserve(batch.size());
    for (const auto &event : batch)
        rows.push_back(event->row);
    domain::Webhooks::fanOut(tx, db::WebhookRepository::activeSubscriptions(tx), rows);
    domain::FieldLookups::queueFor(tx, rows);
    db::WebhookRepository::advanceFanoutCursor(tx, rows.back().event.seq);
    return true;
}

} // namespace helpdesk::integrations::webhooks
