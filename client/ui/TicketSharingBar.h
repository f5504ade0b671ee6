#pragma once

#include <QVariantList>
#include <QWidget>

#include <functional>

class QDialog;
class QLabel;
class QListWidget;
class QPushButton;

namespace helpdesk::client {

class SharingClient;

/// A ticket's sharing with partner desks, in its header: a badge per partner with the sync state
/// (in sync, pending, failing with the reason as tooltip), "Share with…" (a choice of the accepted
/// agreements this desk sent) and "Stop sharing". Reloads when the ticket is shown, changes, or
/// the agent shared or unshared it. Main thread.
class TicketSharingBar : public QWidget
{
    Q_OBJECT
public:
    explicit TicketSharingBar(SharingClient &sharing, QWidget *parent = nullptr);

    /// Shows the shares of `ticketId` (0: none).
    void setTicket(qint64 ticketId);
    /// Reloads the shown ticket's shares.
    void refresh();
    /// The badge texts, one per active share ("Shared with partner · in sync").
    QStringList badges() const;
    /// Opens the choice of partners to share with; nullptr when there is no ticket.
    QDialog *askShare();
    /// The open "Share with…" choice (its list has a checkable item per partner), or nullptr.
    QListWidget *shareChoice() const { return m_choice; }
    /// Opens the choice of partners to stop sharing with (every active share of ours checked).
    QDialog *askUnshare();

private:
    void showShares(const QVariantList &shares);
    /// A dialog with a checkable item per (agreement id, label); `run` gets the checked ids on OK.
    QDialog *choose(const QString &title, const QList<QPair<qint64, QString>> &items, bool checked,
                    const std::function<void(qint64)> &run);

    SharingClient &m_sharing;
    qint64 m_ticketId = 0;
    QVariantList m_shares; // as last loaded
    QWidget *m_badgeBox;
    QList<QLabel *> m_badges;
    QPushButton *m_shareButton;
    QPushButton *m_unshareButton;
    QListWidget *m_choice = nullptr;
};

} // namespace helpdesk::client
