#pragma once

// Values the client's screens and models work with, in Qt types: no SQL, no wire JSON. The core
// (cache, sync, the account's services) fills them; models and the UI include only this header.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>
#include <vector>

namespace helpdesk::client {

/// A partner desk a ticket is shared with, and how the sync with it goes.
struct SharedPartner {
    qint64 agreementId = 0;
    QString partner;   // its name
    QString direction; // outbound: we shared it; inbound: the partner shared it with us
    QString state;     // in_sync, pending, failing
    QString reason;    // why it is failing
};

/// An object's id in an integration's system (a ticket's case, a customer's account there).
struct ExternalId {
    qint64 integrationId = 0;
    QString integration; // its name; empty when this account may not read integrations
    QString id;
};

/// Where a ticket comes from besides e-mail, and who it is for: the custom channel of an
/// integration it came by, its ids in integrations' systems, and its customer with theirs.
struct TicketOrigin {
    std::optional<qint64> channelId;
    QString channel;                     // the channel's name; empty when not known to this account
    QString channelIntegration;          // the channel's integration's name; empty when not known
    std::vector<ExternalId> externalIds; // the ticket's, as last read from the server
    QString customer;                    // name
    QString customerEmail;
    std::vector<ExternalId> customerExternalIds;
};

/// One inbox row: the ticket's list fields with names already resolved.
struct TicketRow {
    qint64 id = 0;
    qint64 number = 0;
    QString title;
    qint64 groupId = 0;
    std::optional<qint64> ownerId;
    qint64 customerId = 0;
    QString customer;
    QString group;
    QString owner;
    QString state;
    QString stateType;
    enum class StateClass { Active, Pending, Closed, Merged }; // stateType, for fast filtering
    StateClass stateClass = StateClass::Active;
    QString priority;
    int priorityRank = 0;
    QString updatedAt;             // ISO 8601, sorts as text
    QString slaDue;                // the nearest SLA deadline (ISO 8601), empty when none
    bool unread = false;           // never opened by the agent
    bool changedSinceLook = false; // opened before, changed since
    bool pending = false;          // a change of ours waits in the outbox
    std::vector<SharedPartner> sharedWith;
    // What saved views filter on, and what the inbox draws besides the columns above.
    qint64 stateId = 0;
    qint64 priorityId = 0;
    std::optional<qint64> organizationId;
    QStringList tags;
    QVariantMap custom;              // custom field name -> value (a list for a multiselect)
    QString createdVia;              // the first article's channel: email, phone_in, phone_out, web, note; or empty
    std::optional<qint64> channelId; // the custom channel it came by
    QString createdAt;               // ISO 8601, sorts as text
    QString preview;                 // the start of the last public message
    qint64 timeSpentMinutes = 0;     // accounted on its articles
};

/// A ticket as the agent's screens show and edit it: ids for the editors, the SLA's open
/// deadlines, and the custom fields' values as Qt variants (a list for a multiselect).
struct TicketDetails {
    qint64 id = 0;
    qint64 number = 0;
    QString title;
    qint64 groupId = 0;
    std::optional<qint64> ownerId;
    qint64 customerId = 0;
    qint64 stateId = 0;
    QString stateType; // new, open, pending_reminder, pending_close, closed, merged
    qint64 priorityId = 0;
    std::optional<qint64> typeId;
    QStringList tags;
    QVariantMap custom;
    QDateTime firstResponseDue; // invalid when no such promise is open
    QDateTime updateDue;
    QDateTime solutionDue;
    std::vector<SharedPartner> sharedWith; // the partner desks it is shared with
    TicketOrigin origin;                   // its channel, external ids and customer
    qint64 timeSpentMinutes = 0;           // accounted on its articles
};

/// A file on an article, by its content address.
struct AttachmentInfo {
    QString sha256;
    QString filename;
    QString contentType;
    qint64 size = 0;
    QString contentId{}; // the Content-ID an HTML body names it by (<img src="cid:…">); empty when none
};

/// How an outgoing article (an agent's e-mail, or a reply to a custom channel's webhook) travels,
/// as `ticket.mail` last told it.
struct Delivery {
    QString kind;  // reply (e-mail), channel
    QString state; // pending (queued or retrying), sent, failed
    int attempts = 0;
    QString error; // the last failed attempt's answer

    bool operator==(const Delivery &) const = default;
};

/// One article of a ticket's thread as the thread view shows it.
struct ThreadArticle {
    qint64 id = 0; // negative: ours, waiting in the outbox
    bool internal = false;
    QString sender;  // customer, agent, system
    QString channel; // email, phone_in, phone_out, note, web
    QString from;
    QString to;
    QString subject;
    QString text;
    QString html;      // sanitized by the server; empty when the article has none
    QString createdAt; // ISO 8601 (UTC)
    std::vector<AttachmentInfo> attachments;
    bool senderUnverified = false;      // a staff From the desk's mail server did not vouch for
    std::optional<Delivery> delivery{}; // an outgoing article's, once the server told it
};

/// A change the agent made, waiting to be sent (or refused by the server).
struct OutboxEntry {
    qint64 id = 0;
    QString idempotencyKey;
    QString method;
    QString params; // JSON text
    qint64 ticketId = 0;
    QString summary; // for the agent: "Reply to #10042"
    QString state;   // pending, rejected
    QString error;
};

/// A file the agent attached to an article still in the outbox; uploaded right before the article.
struct PendingFile {
    qint64 id = 0;
    QString filename;
    QString contentType;
    QByteArray data;
};

/// A named thing of the server's configuration (state, priority, group, type) or a person.
struct NamedItem {
    qint64 id = 0;
    QString name;
    QString detail; // state type, e-mail, role…
};

/// A text module the agent inserts by typing "::keyword".
struct TextModule {
    QString keyword;
    QString name;
    QString body;
    QString folder; // empty: unfiled
};

/// One condition of a saved view's filter (docs/api.md, "Saved views"): `value` is a QVariantList
/// for the list operators (an owner list may hold "me" and a null QVariant for unassigned), else a
/// QString, a number or a bool.
struct ViewCondition {
    QString field; // state_id, tags, custom.<name>, sla, created_at, channel, query, …
    QString op;    // in, not_in, any, all, none, eq, ne, contains, empty, breached, due_within_minutes, …
    QVariant value;
};

/// A saved view kept on the server: the agent's own (ownerId) or shared with a group (groupId).
struct SavedView {
    qint64 id = 0;
    QString name;
    std::optional<qint64> ownerId;
    std::optional<qint64> groupId;
    bool matchAll = true; // every condition must hold; false: any one
    std::vector<ViewCondition> conditions;
    QString sortField = QStringLiteral("updated_at"); // number, title, customer, …, sla_due
    bool sortAscending = false;
    QStringList columns; // shown in this order; empty: the inbox's own choice
    int position = 0;
    bool editable = false; // the signed-in agent may change or delete it
};

/// A custom field the admins defined on tickets; one an integration owns is read-only for agents.
struct CustomField {
    QString name;
    QString label;
    QString type; // text, integer, boolean, date, datetime, select, multiselect
    QStringList options;
    qint64 integrationId = 0; // the integration that fills it from outside; 0: the desk's own field
    QString integration{};    // that integration's name; empty when this account may not read it
};

/// A ticket the agent opens: an e-mail of theirs to the customer, or a phone call they took or made.
struct NewTicket {
    enum class Channel { Email, PhoneIn, PhoneOut };
    Channel channel = Channel::Email;
    qint64 customerId = 0;   // a known customer, or 0 and:
    QString customerEmail;   // the address (found, or created by the server)
    QString newCustomerName; // not empty: the customer is created first, with this name
    QString title;
    qint64 groupId = 0;
    qint64 priorityId = 0; // 0: the desk's default
    QString text;
};

} // namespace helpdesk::client
