#pragma once

#include "protocol/Json.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>

#include <functional>

namespace helpdesk::client {

class AccountSession;

/// Ticket sharing with partner desks (docs/api.md, Ticket sharing), online only: the admins'
/// agreements (sharing_agreement.*) and the agents' shares of one ticket (ticket.shares, .share,
/// .unshare), as Qt variants. Each call answers with one signal, or `failed` with the method, the
/// field the server refused and why. Main thread.
class SharingClient : public QObject
{
    Q_OBJECT
public:
    explicit SharingClient(AccountSession &session, QObject *parent = nullptr);

    /// Every agreement, newest first, and this desk's own sharing URL (agreementsLoaded).
    void loadAgreements();
    /// Invites the desk at `partnerUrl` (its sharing URL) under `name` and the terms
    /// (allows_public_comments, sync_tags, sync_custom_fields) (agreementChanged).
    void invite(const QString &partnerUrl, const QString &name, const QVariantMap &terms);
    /// Accepts a pending invitation we received; its tickets arrive in `groupId` (agreementChanged).
    void accept(qint64 agreementId, qint64 groupId);
    /// Declines a pending invitation we received (agreementChanged).
    void decline(qint64 agreementId);
    /// Ends a pending or accepted agreement for both sides (agreementChanged).
    void deactivate(qint64 agreementId);
    /// Changes the terms (we sent it) or the receiving group_id (we received it) (agreementChanged).
    void update(qint64 agreementId, const QVariantMap &changes);
    /// The desk's active groups, as the server has them, to receive shared tickets (groupsLoaded).
    void loadGroups();
    /// The agreement's sync log, newest first (logLoaded).
    void loadLog(qint64 agreementId);
    /// The agreement's status map in effect (statusMapLoaded).
    void loadStatusMap(qint64 agreementId);
    /// Replaces the agreement's status map (statusMapSaved); an entry the server refuses goes to
    /// `failed` with its field ("outbound.<state type>", "inbound.<word>").
    void setStatusMap(qint64 agreementId, const QVariantMap &outbound, const QVariantMap &inbound);
    /// The accepted agreements this desk sent, which a ticket may be shared under (targetsLoaded).
    void loadTargets();
    /// The ticket's shares (sharesLoaded).
    void loadShares(qint64 ticketId);
    /// Shares the ticket under an accepted agreement we sent (the cache hears of it by an event).
    void share(qint64 ticketId, qint64 agreementId);
    /// Stops sharing the ticket under the agreement (the cache hears of it by an event).
    void unshare(qint64 ticketId, qint64 agreementId);

signals:
    /// `ownUrl`: this desk's sharing URL ({public_url}/sharing), which a partner invites.
    void agreementsLoaded(const QVariantList &agreements, const QString &ownUrl);
    /// An agreement as the server now has it (after invite, accept, decline, deactivate, update).
    void agreementChanged(const QVariantMap &agreement);
    /// id, name of each active group.
    void groupsLoaded(const QVariantList &groups);
    /// direction, method, path, status, error, duration_ms, at.
    void logLoaded(qint64 agreementId, const QVariantList &rows);
    /// `outbound`: the word we send for each of our state types; `inbound`: the state type each of
    /// the partner's words puts a ticket in.
    void statusMapLoaded(qint64 agreementId, const QVariantMap &outbound, const QVariantMap &inbound);
    /// The map as the server has it after setStatusMap.
    void statusMapSaved(qint64 agreementId, const QVariantMap &outbound, const QVariantMap &inbound);
    /// id, partner_url and the terms of each agreement a ticket may be shared under.
    void targetsLoaded(const QVariantList &targets);
    /// agreement_id, partner, uuid, direction, state, sync_state, last_error, last_synced_at, created_at.
    void sharesLoaded(qint64 ticketId, const QVariantList &shares);
    void failed(const QString &method, const QString &field, const QString &reason);

private:
    /// Sends `method` with `params`; `done` gets the result, a refusal goes to `failed`.
    void call(const QString &method, const QVariantMap &params,
              const std::function<void(const protocol::JsonObject &)> &done);
    /// Sends an agreement method whose answer is the agreement (agreementChanged).
    void changeAgreement(const QString &method, const QVariantMap &params);

    AccountSession &m_session;
};

} // namespace helpdesk::client
