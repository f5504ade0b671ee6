#include "core/ServerConnection.h"

#include "core/IncomingMessage.h"
#include "protocol/Messages.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNet, "helpdesk.client.net")

namespace helpdesk::client {

namespace {
constexpr int kMaxBackoffMs = 30000;
constexpr int kKeepAliveMs = 30000;
} // namespace

ServerConnection::ServerConnection(QObject *parent) : QObject(parent)
{
    m_socket.setParent(nullptr);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, [this] { connectNow(); });
    connect(&m_socket, &QWebSocket::connected, this, [this] { onConnected(); });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] { onDisconnected(); });
    // A refused or failed connection attempt may report only an error, without disconnected().
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                if (m_socket.state() == QAbstractSocket::UnconnectedState)
                    onDisconnected();
            });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) { onMessage(text); });
    m_keepAlive.setInterval(kKeepAliveMs);
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        // The server closes sessions idle for 90 s; a cheap request keeps this one alive.
        request(QStringLiteral("server.info"), protocol::newObject(), [](const Reply &) {});
    });
}

ServerConnection::~ServerConnection()
{
    m_wanted = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

void ServerConnection::open(const QUrl &server, const QString &token)
{
    m_url = server;
    m_url.setScheme(server.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    m_url.setPath(QStringLiteral("/api/v1/ws"));
    m_token = token;
    m_wanted = true;
    m_backoffMs = 500;
    connectNow();
}

void ServerConnection::close()
{
    m_wanted = false;
    m_reconnect.stop();
    m_keepAlive.stop();
    m_socket.close();
    failPending(tr("signed out"));
    setState(ConnectionState::Offline);
}

void ServerConnection::connectNow()
{
    if (!m_wanted || m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    setState(ConnectionState::Connecting);
    qCInfo(lcNet) << "connecting to" << m_url.toString();
    m_socket.open(m_url);
}

void ServerConnection::onConnected()
{
    auto hello = protocol::newObject();
    hello->set("type", "hello");
    hello->set("protocol_version", protocol::kProtocolVersion);
    hello->set("token", m_token.toStdString());
    hello->set("client", "helpdesk-client 0.1");
    m_socket.sendTextMessage(QString::fromStdString(protocol::toJsonText(hello)));
}

void ServerConnection::onDisconnected()
{
    if (m_reconnect.isActive())
        return; // already handled (error and disconnected both reported)
    m_keepAlive.stop();
    failPending(tr("the connection to the server was lost"));
    setState(m_wanted ? ConnectionState::Connecting : ConnectionState::Offline);
    if (m_wanted)
        scheduleReconnect();
}

void ServerConnection::scheduleReconnect()
{
    qCInfo(lcNet) << "reconnecting in" << m_backoffMs << "ms";
    m_reconnect.start(m_backoffMs);
    m_backoffMs = std::min(kMaxBackoffMs, m_backoffMs * 2);
    // Offline while we wait: the agent sees it, and the outbox keeps collecting.
    setState(ConnectionState::Offline);
}

void ServerConnection::setState(ConnectionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ServerConnection::failPending(const QString &message)
{
    auto pending = std::exchange(m_pending, {});
    for (auto &[id, callback] : pending) {
        Reply reply;
        reply.code = QStringLiteral("unavailable");
        reply.message = message;
        reply.transient = true;
        callback(reply);
    }
}

void ServerConnection::request(const QString &method, const protocol::JsonObject &params, Callback callback,
                               const QString &idempotencyKey)
{
    if (m_state != ConnectionState::Online) {
        Reply reply;
        reply.code = QStringLiteral("unavailable");
        reply.message = tr("offline");
        reply.transient = true;
        callback(reply);
        return;
    }
    QString id = QStringLiteral("c%1").arg(m_nextId++);
    auto message = protocol::newObject();
    message->set("type", "request");
    message->set("id", id.toStdString());
    message->set("method", method.toStdString());
    message->set("params", params ? params : protocol::newObject());
    if (!idempotencyKey.isEmpty())
        message->set("idempotency_key", idempotencyKey.toStdString());
    m_pending.emplace(id, std::move(callback));
    m_socket.sendTextMessage(QString::fromStdString(protocol::toJsonText(message)));
}

void ServerConnection::onMessage(const QString &text)
{
    // The handling below (events applied to the cache, reply callbacks) runs inside the guard.
    if (auto problem = handleServerMessage("WebSocket message", [&] { dispatch(text); }))
        emit messageUnreadable(*problem);
}

void ServerConnection::dispatch(const QString &text)
{
    auto message = protocol::parseJsonObject(text.toStdString());
    auto type = message->optValue<std::string>("type", "");
    if (type == "hello") {
        m_userId = message->optValue<std::int64_t>("user_id", 0);
        m_role = QString::fromStdString(message->optValue<std::string>("role", ""));
        m_backoffMs = 500;
        m_keepAlive.start();
        setState(ConnectionState::Online);
        emit helloAccepted(message->optValue<std::int64_t>("watermark", 0));
        return;
    }
    if (type == "events") {
        emit eventsReceived(message->getArray("events"), message->optValue<std::int64_t>("last_seq", 0));
        return;
    }
    if (type == "presence") {
        emit presenceReceived(message->optValue<std::int64_t>("ticket_id", 0),
                              message->optValue<std::int64_t>("user_id", 0),
                              QString::fromStdString(message->optValue<std::string>("name", "")),
                              QString::fromStdString(message->optValue<std::string>("activity", "")));
        return;
    }
    if (type == "status") {
        emit databaseAvailabilityChanged(message->optValue<bool>("database_available", true));
        return;
    }
    if (type != "response")
        return;
    auto id = QString::fromStdString(message->optValue<std::string>("id", ""));
    Reply reply;
    if (auto error = message->getObject("error")) {
        reply.code = QString::fromStdString(error->optValue<std::string>("code", "internal"));
        reply.message = QString::fromStdString(error->optValue<std::string>("message", ""));
        if (error->has("field") && !error->isNull("field"))
            reply.field = QString::fromStdString(error->getValue<std::string>("field"));
        // Busy or throttled: the same request goes through later (the outbox backs off).
        reply.transient =
            reply.code == QLatin1String("unavailable") || reply.code == QLatin1String("too_many_requests");
    } else {
        reply.ok = true;
        reply.result = message->getObject("result");
    }
    if (id == QLatin1String("hello") && reply.transient) {
        m_socket.close(); // the server could not check the sign-in now: reconnect with back-off
        return;
    }
    if (id == QLatin1String("hello")) {
        // The hello was refused: the token or the protocol version. Do not hammer the server.
        m_wanted = false;
        m_socket.close();
        setState(ConnectionState::Offline);
        emit sessionRefused(reply.message, reply.code != QLatin1String("protocol_version"));
        return;
    }
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    auto callback = std::move(it->second);
    m_pending.erase(it);
    callback(reply);
}

} // namespace helpdesk::client
