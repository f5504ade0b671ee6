#include "jobs/SlaWatcher.h"

#include "db/DashboardRepository.h"
#include "db/SlaRepository.h"
#include "domain/SlaService.h"
#include "domain/TriggerService.h"

#include <Poco/Logger.h>

namespace helpdesk::jobs {

namespace {
constexpr long long kEscalationLock = 0x534c4100LL; // "SLA": one instance escalates at a time
constexpr int kRecomputeBatch = 500;

Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.sla");
}
} // namespace

SlaWatcher::SlaWatcher(db::ConnectionPool &pool) : m_pool(pool) {}

SlaWatcher::~SlaWatcher()
{
    stop();
}

void SlaWatcher::registerJobs(JobQueue &queue)
{
    queue.registerHandler("sla.recompute", [this](const db::Job &job) {
        // Open tickets after `after_id`, one batch per transaction, then the job queues its own
        // continuation: a million tickets never hold one transaction.
        auto after = job.payload->optValue<std::int64_t>("after_id", 0);
        auto last = m_pool.write([&](db::Tx &tx) {
            std::int64_t lastId = 0;
            for (auto ticketId : db::SlaRepository::openTicketsAfter(tx, after, kRecomputeBatch)) {
                lastId = ticketId;
                domain::SlaService::refresh(tx, lastId);
            }
            if (lastId != 0) {
                auto payload = protocol::newObject();
                payload->set("after_id", lastId);
                db::JobRepository::enqueue(tx, "sla.recompute", payload, 0, 5, std::nullopt);
            }
            return lastId;
        });
        if (last == 0)
            logger().information("SLA due times recomputed for every open ticket");
    });
}

int SlaWatcher::checkNow()
{
    return m_pool.write([&](db::Tx &tx) {
        if (!db::SlaRepository::tryTransactionLock(tx, kEscalationLock))
            return 0;
        int recorded = domain::SlaService::escalate(tx);
        db::DashboardRepository::foldDailyStats(tx);     // the dashboards' daily counts
        db::DashboardRepository::foldTimeHistograms(tx); // and response-time histograms
        domain::TriggerService::runTimeTriggers(tx);     // time passing is an event too
        return recorded;
    });
}

void SlaWatcher::start()
{
    m_stopping = false;
    m_thread = std::thread([this] {
        while (!m_stopping) {
            try {
                checkNow();
            } catch (const std::exception &e) {
                logger().warning("SLA check failed: %s", std::string(e.what()));
            }
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::seconds(30), [&] { return m_stopping.load(); });
        }
    });
}

void SlaWatcher::stop()
{
    m_stopping = true;
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace helpdesk::jobs
