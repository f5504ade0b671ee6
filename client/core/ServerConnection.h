#pragma once

#include "core/ConnectionState.h"
#include "protocol/Json.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <functional>
#include <map>

namespace helpdesk::client {

/// What a request got back: a result, or the server's error (code, message, field). `transient`
/// errors (connection lost, server unavailable) may be retried with the same idempotency key.
struct Reply {
    bool ok = false;
    protocol::JsonObject result;
    QString code;
    QString message;
    QString field;
    bool transient = false;
};

/// The WebSocket to the server (docs/api.md): hello with the session token and protocol version,
/// requests with ids answered in order, pushed event batches, a keep-alive every 30 s, and
/// reconnection with exponential backoff (0.5 s doubling to 30 s) until close(). Main thread.
class ServerConnection : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Reply &)>;

    explicit ServerConnection(QObject *parent = nullptr);
    ~ServerConnection() override;

    /// Connects to `server` (http(s)://host:port) with a session token, and keeps reconnecting.
    void open(const QUrl &server, const QString &token);
    /// Disconnects and stops reconnecting.
    void close();
    ConnectionState state() const { return m_state; }
    qint64 userId() const { return m_userId; }
    QString role() const { return m_role; }

    /// Sends a request when online; offline, the callback gets a transient error at once.
    void request(const QString &method, const protocol::JsonObject &params, Callback callback,
                 const QString &idempotencyKey = {});

signals:
    void stateChanged(helpdesk::client::ConnectionState state);
    /// The hello was accepted: the server's current event watermark.
    void helloAccepted(qint64 watermark);
    /// The hello was refused: the session is over (`sessionEnded`: the token expired or was
    /// revoked), or the protocol versions do not match.
    void sessionRefused(const QString &reason, bool sessionEnded);
    void eventsReceived(const protocol::JsonArray &events, qint64 lastSeq);
    void databaseAvailabilityChanged(bool available);
    /// A colleague's presence on a ticket: viewing, replying or left.
    void presenceReceived(qint64 ticketId, qint64 userId, const QString &name, const QString &activity);
    /// A message could not be read (malformed or unexpected); it was skipped and the connection
    /// stays up.
    void messageUnreadable(const QString &reason);

private:
    void connectNow();
    void onConnected();
    void onDisconnected();
    /// Every frame from the server enters here, and nothing it throws goes further.
    void onMessage(const QString &text);
    void dispatch(const QString &text);
    void setState(ConnectionState state);
    void failPending(const QString &message);
    void scheduleReconnect();

    QWebSocket m_socket;
    QUrl m_url;
    QString m_token;
    bool m_wanted = false;
    ConnectionState m_state = ConnectionState::Offline;
    qint64 m_userId = 0;
    QString m_role;
    qint64 m_nextId = 1;
    std::map<QString, Callback> m_pending;
    QTimer m_reconnect;
    QTimer m_keepAlive;
    int m_backoffMs = 500;
};

} // namespace helpdesk::client
