#include "domain/EventFeed.h"

#include "db/NotificationListener.h"
#include "domain/TicketEvents.h"
#include "domain/TicketView.h"
#include "protocol/Json.h"
#include "protocol/ProtocolError.h"

#include <Poco/Logger.h>

#include <algorithm>
#include <limits>

namespace helpdesk::domain {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.events");
}

constexpr int kPageSize = 1000;
constexpr auto kFallbackPoll = std::chrono::milliseconds(1000);
constexpr auto kGapRetry = std::chrono::milliseconds(1);
constexpr auto kGapRetryMax = std::chrono::milliseconds(50);
constexpr std::int64_t kNoUpperBound = std::numeric_limits<std::int64_t>::max();

constexpr const char *kPresenceChannel = "helpdesk_presence";

/// A page read by `read`, with the ticket fields customers see when the page carries a ticket.
template <typename Read>
db::EventPage readPage(db::ConnectionPool &pool, Read read, TicketView::FieldNames &customerFields)
{
    return pool.read([&](db::Tx &tx) {
        auto page = read(tx);
        for (const auto &row : page.rows)
            if (row.event.data && row.event.data->getObject("ticket")) {
                customerFields = TicketView::customerFields(tx);
                break;
            }
        return page;
    });
}
} // namespace

void FeedEvent::makeCustomerView() const
{
    const auto &data = row.event.data;
    auto customerData = protocol::newObject();
    for (const auto &[key, value] : *data)
        customerData->set(key, value);
    if (auto ticket = data->getObject("ticket"))
        customerData->set("ticket",
                          TicketView::forCustomer(ticket, customerFields ? *customerFields : std::set<std::string>{}));
    if (customerArticle)
        customerData->set("article", customerArticle);
    m_customerEvent = row.event.toJson();
    m_customerEvent->set("data", customerData);
    m_customerJson = protocol::toJsonText(m_customerEvent);
}

const std::string &FeedEvent::textFor(const Actor &actor) const
{
    if (actor.isStaff() || !hasCustomerView)
        return json;
    std::call_once(m_customerOnce, [this] { makeCustomerView(); });
    return m_customerJson;
}

protocol::JsonObject FeedEvent::objectFor(const Actor &actor) const
{
    if (actor.isStaff() || !hasCustomerView)
        return row.event.toJson();
    std::call_once(m_customerOnce, [this] { makeCustomerView(); });
    return m_customerEvent;
}

void EventFeed::publishPresence(db::Tx &tx, const PresenceNotice &n)
{
    auto o = protocol::newObject();
    o->set("ticket_id", n.ticketId);
    o->set("group_id", n.scope.groupId);
    o->set("customer_id", n.scope.customerId);
    protocol::setOptional(o, "organization_id", n.scope.organizationId);
    protocol::setOptional(o, "channel_integration_id", n.scope.channelIntegrationId);
    o->set("user_id", n.userId);
    o->set("name", n.name);
    o->set("activity", n.activity);
    o->set("session", n.session);
    db::EventRepository::notify(tx, kPresenceChannel, protocol::toJsonText(o));
}

void EventFeed::fanOutPresence(const std::string &payload)
{
    PresenceNotice n;
    try {
        auto o = protocol::parseJsonObject(payload);
        n.ticketId = o->getValue<std::int64_t>("ticket_id");
        n.scope.groupId = o->getValue<std::int64_t>("group_id");
        n.scope.customerId = o->getValue<std::int64_t>("customer_id");
        if (o->has("organization_id") && !o->isNull("organization_id"))
            n.scope.organizationId = o->getValue<std::int64_t>("organization_id");
        if (o->has("channel_integration_id") && !o->isNull("channel_integration_id"))
            n.scope.channelIntegrationId = o->getValue<std::int64_t>("channel_integration_id");
        n.userId = o->getValue<std::int64_t>("user_id");
        n.name = o->getValue<std::string>("name");
        n.activity = o->getValue<std::string>("activity");
        n.session = o->getValue<std::string>("session");
    } catch (const std::exception &e) {
        logger().warning("unreadable presence notification: %s", std::string(e.what()));
        return;
    }
    std::vector<std::shared_ptr<EventSubscriber>> subscribers;
    {
        std::lock_guard lock(m_mutex);
        subscribers = m_subscribers;
    }
    for (const auto &s : subscribers)
        s->deliverPresence(n);
}

EventFeed::EventFeed(std::string conninfo, db::ConnectionPool &pool)
    : m_conninfo(std::move(conninfo)), m_pool(pool), m_ownPool(std::make_unique<db::ConnectionPool>(m_conninfo, 1))
{
}

EventFeed::~EventFeed()
{
    stop();
}

std::shared_ptr<const FeedEvent> EventFeed::encode(db::EventRow row, const TicketView::FieldNames &customerFields)
{
    auto event = std::make_shared<FeedEvent>();
    auto customerArticle = row.event.data ? row.event.data->getObject(TicketEvents::kCustomerArticle) : nullptr;
    if (customerArticle) { // the customers' view of the article is theirs alone
        auto staffData = protocol::newObject();
        for (const auto &[key, value] : *row.event.data)
            if (key != TicketEvents::kCustomerArticle)
                staffData->set(key, value);
        row.event.data = staffData;
    }
    const auto &data = row.event.data;
    event->json = protocol::toJsonText(row.event.toJson());
    if (row.audience == db::Audience::Ticket && data && (data->getObject("ticket") || customerArticle)) {
        event->hasCustomerView = true;
        event->customerArticle = customerArticle;
        event->customerFields = customerFields;
    }
    event->row = std::move(row);
    return event;
}

void EventFeed::start()
{
    // The starting watermark: the highest visible seq, once every transaction that was in flight
    // when it was read has ended (so nothing below it can still appear).
    auto first = m_ownPool->read([&](db::Tx &tx) { return db::EventRepository::readAfter(tx, 0, 0, 1); });
    std::int64_t highest = m_ownPool->read([&](db::Tx &tx) { return db::EventRepository::highestVisible(tx); });
    for (;;) {
        auto now = m_ownPool->read([&](db::Tx &tx) { return db::EventRepository::readAfter(tx, 0, 0, 1); });
        if (now.snapshotXmin >= first.snapshotXmax)
            break;
        std::this_thread::sleep_for(kGapRetry);
    }
    {
        std::lock_guard lock(m_mutex);
        m_watermark = highest;
    }
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void EventFeed::stop()
{
    m_stopping = true;
    if (m_thread.joinable())
        m_thread.join();
    std::lock_guard lock(m_mutex);
    m_subscribers.clear();
}

std::int64_t EventFeed::watermark() const
{
    std::lock_guard lock(m_mutex);
    return m_watermark;
}

std::size_t EventFeed::subscriberCount() const
{
    std::lock_guard lock(m_mutex);
    return m_subscribers.size();
}

void EventFeed::setAvailable(bool available)
{
    if (m_available.exchange(available) == available)
        return;
    logger().information(available ? "database reachable again" : "database unreachable");
    std::vector<std::shared_ptr<EventSubscriber>> subscribers;
    {
        std::lock_guard lock(m_mutex);
        subscribers = m_subscribers;
    }
    for (const auto &s : subscribers)
        s->databaseAvailability(available);
}

void EventFeed::run()
{
    while (!m_stopping) {
        try {
            // Presence notifications go straight to the subscribers; they carry no sequence number.
            bool woken = false;
            db::NotificationListener listener(m_conninfo, {db::kEventsChannel, kPresenceChannel},
                                              [&](const std::string &channel, const std::string &payload) {
                                                  if (channel == db::kEventsChannel)
                                                      woken = true;
                                                  else
                                                      fanOutPresence(payload);
                                              });
            setAvailable(true);
            bool gapPending = pollOnce(*m_ownPool);
            int gapWaits = 0;
            while (!m_stopping) {
                woken = false;
                if (gapPending) {
                    // A gap usually settles within a commit's time; back off for long transactions.
                    std::this_thread::sleep_for(std::min(kGapRetry * (1 << std::min(gapWaits++, 6)), kGapRetryMax));
                    listener.deliverArrived();
                } else {
                    // Short waits keep stop() prompt; a notification ends the wait at once.
                    auto waited = std::chrono::milliseconds(0);
                    while (!woken && !m_stopping && waited < kFallbackPoll) {
                        listener.await(std::chrono::milliseconds(100));
                        waited += std::chrono::milliseconds(100);
                    }
                }
                if (m_stopping)
                    break;
                gapPending = pollOnce(*m_ownPool);
                if (!gapPending)
                    gapWaits = 0;
            }
        } catch (const std::exception &e) {
            logger().warning("event feed lost the database: %s", std::string(e.what()));
            setAvailable(false);
            for (int i = 0; i < 10 && !m_stopping; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
}

bool EventFeed::pollOnce(db::ConnectionPool &pool)
{
    std::int64_t from = watermark();
    TicketView::FieldNames customerFields;
    auto page = readPage(
        pool, [&](db::Tx &tx) { return db::EventRepository::readAfter(tx, from, kNoUpperBound, kPageSize); },
        customerFields);
    FeedBatch accepted;
    std::int64_t next = from;
    bool gapPending = false;
    for (auto &row : page.rows) {
        if (row.event.seq != next + 1) {
            if (m_gapSeq != next + 1) {
                m_gapSeq = next + 1;
                m_gapXmax = page.snapshotXmax;
                gapPending = true;
                break;
            }
            if (page.snapshotXmin < m_gapXmax) {
                gapPending = true;
                break;
            }
            // Settled: the missing numbers belong to rolled-back transactions.
        }
        next = row.event.seq;
        accepted.push_back(encode(std::move(row), customerFields));
    }
    if (!gapPending && accepted.size() == page.rows.size() && page.rows.size() == static_cast<std::size_t>(kPageSize))
        gapPending = true; // more to read right away
    if (accepted.empty())
        return gapPending;
    // Delivered outside the lock (10,000 sessions take a while; hellos and subscribes need the
    // watermark meanwhile). Order still holds: only this thread delivers live events, and a
    // subscriber added after the copy caught up to this watermark by itself.
    std::vector<std::shared_ptr<EventSubscriber>> subscribers;
    {
        std::lock_guard lock(m_mutex);
        m_watermark = next;
        subscribers = m_subscribers;
    }
    std::vector<const EventSubscriber *> gone;
    for (const auto &s : subscribers)
        if (!s->deliverEvents(accepted))
            gone.push_back(s.get());
    for (const auto *s : gone)
        unsubscribe(s);
    return gapPending;
}

void EventFeed::subscribe(const std::shared_ptr<EventSubscriber> &subscriber, std::int64_t after)
{
    for (;;) {
        const std::int64_t target = watermark();
        while (after < target) {
            TicketView::FieldNames customerFields;
            auto page = readPage(
                m_pool, [&](db::Tx &tx) { return db::EventRepository::replayAfter(tx, after, target, kPageSize); },
                customerFields);
            FeedBatch batch;
            for (auto &row : page.rows)
                batch.push_back(encode(std::move(row), customerFields));
            after = batch.empty() ? target : batch.back()->row.event.seq;
            if (!batch.empty() && !subscriber->deliverEvents(batch))
                return;
        }
        std::lock_guard lock(m_mutex);
        if (m_watermark == target) {
            m_subscribers.push_back(subscriber);
            return;
        }
    }
}

void EventFeed::unsubscribe(const EventSubscriber *subscriber)
{
    std::lock_guard lock(m_mutex);
    m_subscribers.erase(
        std::remove_if(m_subscribers.begin(), m_subscribers.end(),
                       [&](const std::shared_ptr<EventSubscriber> &s) { return s.get() == subscriber; }),
        m_subscribers.end());
}

FeedBatch EventFeed::readSettled(std::int64_t after, int limit)
{
    const std::int64_t target = watermark();
    FeedBatch batch;
    if (after >= target)
        return batch;
    TicketView::FieldNames customerFields;
    auto page = readPage(
        m_pool, [&](db::Tx &tx) { return db::EventRepository::replayAfter(tx, after, target, limit); }, customerFields);
    for (auto &row : page.rows)
        batch.push_back(encode(std::move(row), customerFields));
    return batch;
}

} // namespace helpdesk::domain
