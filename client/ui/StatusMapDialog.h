#pragma once

#include <QDialog>
#include <QVariantMap>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace helpdesk::client {

class SharingClient;

/// The status map of one sharing agreement, edited by an admin (opened from PartnerDesksPane):
/// the word we send for each of our state types, and the state each of the partner's words puts a
/// ticket in; saved to the server, whose refusal is shown naming the entry. Main thread.
class StatusMapDialog : public QDialog
{
    Q_OBJECT
public:
    StatusMapDialog(SharingClient &sharing, qint64 agreementId, const QString &partner, QWidget *parent = nullptr);

    /// The word we send for tickets in a state of `stateType` (editable: a word may be typed).
    QComboBox *wordFor(const QString &stateType) const;
    /// The state type a partner's `word` puts a ticket in.
    QComboBox *stateFor(const QString &word) const;
    /// Sends the map as shown to the server.
    void save();
    /// What the dialog last said: loading, saving, saved, or why the server refused.
    QString statusText() const;

private:
    void showMap(const QVariantMap &outbound, const QVariantMap &inbound);
    /// Says why the server refused `field`, named as the admin sees it, and puts the focus there.
    void showRefusal(const QString &field, const QString &reason);

    SharingClient &m_sharing;
    qint64 m_agreementId;
    QTableWidget *m_outbound;
    QTableWidget *m_inbound;
    QPushButton *m_saveButton;
    QLabel *m_status;
};

} // namespace helpdesk::client
