#pragma once

#include "core/CacheTypes.h"

#include <QWidget>

#include <functional>
#include <vector>

class QDialog;
class QLabel;
class QListWidget;
class QPushButton;

namespace helpdesk::client {

class SharingClient;

/// A ticket's sharing with partner desks, in its header: a badge per partner with the sync state
/// (in sync, pending, failing with the reason as tooltip), "Share with…" (a choice of the accepted
/// agreements this desk sent) and "Stop sharing". Shows what the cache has (Ticket.shared_with,
/// kept current by the server's ticket_share.changed events): nothing is polled. Main thread.
class TicketSharingBar : public QWidget
{
    Q_OBJECT
public:
    explicit TicketSharingBar(SharingClient &sharing, QWidget *parent = nullptr);

    /// Shows the partner desks `ticketId` is shared with (0: no ticket).
    void setTicket(qint64 ticketId, const std::vector<SharedPartner> &partners);
    /// The badge texts, one per partner ("Shared with partner · in sync").
    QStringList badges() const;
    /// Opens the choice of partners to share with; nullptr when there is no ticket.
    QDialog *askShare();
    /// The open "Share with…" choice (its list has a checkable item per partner), or nullptr.
    QListWidget *shareChoice() const { return m_choice; }
    /// Opens the choice of partners to stop sharing with (every active share of ours checked).
    QDialog *askUnshare();

private:
    /// A dialog with a checkable item per (agreement id, label); `run` gets the checked ids on OK.
    QDialog *choose(const QString &title, const QList<QPair<qint64, QString>> &items, bool checked,
                    const std::function<void(qint64)> &run);

    SharingClient &m_sharing;
    qint64 m_ticketId = 0;
    std::vector<SharedPartner> m_partners; // as last shown
    QWidget *m_badgeBox;
    QList<QLabel *> m_badges;
    QPushButton *m_shareButton;
    QPushButton *m_unshareButton;
    QListWidget *m_choice = nullptr;
};

} // namespace helpdesk::client
