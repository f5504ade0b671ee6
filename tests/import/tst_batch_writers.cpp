// The import's batch writers: batches are written at once, yet a file's position is recorded only
// after every batch before it is in (a resumed import never skips one), positions in the order
// given, and nothing submitted after a failed batch moves a position on.

#include "integrations/freshdesk/BatchWriters.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using helpdesk::integrations::freshdesk::BatchWriters;
using namespace std::chrono_literals;

class TestBatchWriters : public QObject
{
    Q_OBJECT

private slots:
    void twoBatchesAreWrittenAtOnce()
    {
        std::atomic<int> running{0}, most{0};
        {
            BatchWriters writers(2);
            for (int i = 0; i < 4; ++i)
                writers.submit([&] {
                    int now = ++running;
                    for (int seen = most; now > seen && !most.compare_exchange_weak(seen, now);) {
                    }
                    std::this_thread::sleep_for(50ms);
                    --running;
                });
            writers.drain();
        }
        QCOMPARE(most.load(), 2);
    }

    void aPositionIsRecordedOnlyAfterEveryEarlierBatch()
    {
        std::mutex mutex;
        std::vector<std::string> finished;
        auto record = [&](const std::string &what) {
            std::lock_guard lock(mutex);
            finished.push_back(what);
        };
        std::atomic<bool> secondDone{false};
        BatchWriters writers(2);
        // The first batch ends only after the second: its position must still wait for it.
        writers.submit([&] {
            for (int i = 0; i < 500 && !secondDone; ++i)
                std::this_thread::sleep_for(10ms);
            record("batch 1");
        });
        writers.afterEarlier([&] { record("position 1"); });
        writers.submit([&] {
            record("batch 2");
            secondDone = true;
        });
        writers.afterEarlier([&] { record("position 2"); });
        writers.drain();
        const std::vector<std::string> expected{"batch 2", "batch 1", "position 1", "position 2"};
        QCOMPARE(finished, expected);
    }

    void aFailedBatchStopsThePositionsBehindIt()
    {
        std::atomic<bool> positionRecorded{false};
        BatchWriters writers(2);
        writers.submit([] {
            std::this_thread::sleep_for(50ms);
            throw std::runtime_error("the database went away");
        });
        writers.afterEarlier([&] { positionRecorded = true; });
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, writers.drain());
        QVERIFY(!positionRecorded);
        writers.drain(); // told once
    }
};

QTEST_GUILESS_MAIN(TestBatchWriters)
#include "tst_batch_writers.moc"
