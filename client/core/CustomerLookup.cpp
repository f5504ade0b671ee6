#include "core/CustomerLookup.h"

#include "core/AccountSession.h"
#include "core/Replica.h"

namespace helpdesk::client {

CustomerLookup::CustomerLookup(AccountSession &session, QObject *parent) : QObject(parent), m_session(session)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(kPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &CustomerLookup::ask);
}

void CustomerLookup::search(const QString &text)
{
    m_text = text.trimmed();
    if (m_text.size() < 2) {
        m_pause.stop();
        emit found(m_text, {});
        return;
    }
    m_pause.start(); // a keystroke restarts the pause: one request per pause, not per key
}

void CustomerLookup::ask()
{
    auto *replica = m_session.replica();
    if (!replica || replica->connection.state() != ConnectionState::Online)
        return;
    auto params = protocol::newObject();
    params->set("role", std::string("customer"));
    params->set("query", m_text.toStdString());
    params->set("limit", 20);
    replica->connection.request(QStringLiteral("user.list"), params, [this, text = m_text](const Reply &reply) {
        if (!reply.ok || text != m_text)
            return; // the agent typed on: a newer search is coming
        std::vector<NamedItem> customers;
        auto users = reply.result->getArray("users");
        for (unsigned i = 0; users && i < users->size(); ++i) {
            auto user = users->getObject(i);
            customers.push_back({user->getValue<std::int64_t>("id"),
                                 QString::fromStdString(user->optValue<std::string>("name", "")),
                                 QString::fromStdString(user->optValue<std::string>("email", ""))});
        }
        emit found(text, customers);
    });
}

} // namespace helpdesk::client
