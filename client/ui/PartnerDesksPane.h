#pragma once

#include <QPointer>
#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QTableView;
class QTimer;

namespace helpdesk::client {

class PanelModel;
class SharingClient;
class StatusMapDialog;

/// The settings pane's "Partner desks" section (ticket sharing): our sharing URL to give a partner,
/// the agreements (partner, our role, status, terms, last error, requests waiting), inviting a
/// partner, answering an invitation (accept into a group, decline), ending an agreement (after a
/// confirmation), changing its terms (we sent it) or receiving group (we received it), its status
/// map (StatusMapDialog), and its sync log. Agreements change on the partner's side too, so the
/// list reloads while it is shown. Main thread.
class PartnerDesksPane : public QWidget
{
    Q_OBJECT
public:
    explicit PartnerDesksPane(SharingClient &sharing, QWidget *parent = nullptr);

    /// Loads our sharing URL and the agreements.
    void reload();
    /// The agreements as last loaded.
    PanelModel *agreements() const { return m_agreements; }
    /// The selected agreement's sync log.
    PanelModel *log() const { return m_log; }
    /// Selects the agreement in row `row` (-1: none).
    void selectRow(int row);
    /// The row of the agreement with that partner sharing URL, or -1.
    int rowOfPartner(const QString &partnerUrl) const;
    /// The question asked before an agreement is ended, while it is open.
    QMessageBox *pendingConfirmation() const { return m_confirmation; }
    /// The selected agreement's status map, while it is open.
    StatusMapDialog *statusMapDialog() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showAgreements(const QVariantList &rows);
    /// Enables what may be done with the selected agreement, and fills its terms and group.
    void showSelected();
    void inviteFromForm();
    void askDeactivate();
    void saveChanges();
    void openStatusMap();
    QVariantMap selected() const;
    qint64 selectedId() const;
    /// The groups that may receive shared tickets (the server's list: the cache holds only the admin's own groups).
    void fillGroups(const QVariantList &groups);

    SharingClient &m_sharing;
    PanelModel *m_agreements;
    PanelModel *m_log;
    QTableView *m_table;
    QLabel *m_ownUrl;
    QLineEdit *m_partnerUrl;
    QLineEdit *m_ourName;
    QCheckBox *m_inviteFullDelegation;
    QCheckBox *m_inviteSyncTags;
    QCheckBox *m_inviteSyncFields;
    QCheckBox *m_fullDelegation;
    QCheckBox *m_syncTags;
    QCheckBox *m_syncFields;
    QComboBox *m_group;
    QPushButton *m_acceptButton;
    QPushButton *m_declineButton;
    QPushButton *m_deactivateButton;
    QPushButton *m_saveButton;
    QPushButton *m_statusMapButton;
    QLabel *m_status;
    QTimer *m_refresh;
    QMessageBox *m_confirmation = nullptr;
    QPointer<StatusMapDialog> m_statusMapDialog;
    qint64 m_selectedId = 0; // kept across reloads
    QVariantMap m_shown;     // the agreement the form was last filled from
    int m_shownGroups = 0;   // the group choices it was filled with
};

} // namespace helpdesk::client
