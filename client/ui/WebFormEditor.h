#pragma once

#include "ui/SettingsEditors.h"

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace helpdesk::client {

/// A group's web form in the settings pane: the form's address (its key), the HTML to copy into a
/// site (a frame, or a form of the site's own that posts to the address), and the choice of a new
/// key when the group is saved (the old address stops working). The key is the server's to make:
/// value() sends nothing; wantsNewKey() says whether to ask for a new one. Main thread.
class WebFormEditor : public StructuredEditor
{
    Q_OBJECT
public:
    explicit WebFormEditor(QWidget *parent = nullptr);
    /// The form's key (empty: the group is not saved yet).
    void setValue(const QVariant &value) override;
    QVariant value(QString &problem) const override;
    /// The server's public address the snippet links to ("https://help.example.com").
    void setPublicUrl(const QString &url);
    /// Whether the admin asked for a new key.
    bool wantsNewKey() const;
    /// The form's address, "" before the group is saved.
    QString formUrl() const;
    /// The HTML to copy into a site.
    QString snippet() const;

private:
    void refresh();

    QString m_key;
    QString m_publicUrl;
    QLabel *m_address = nullptr;
    QPlainTextEdit *m_snippet = nullptr;
    QCheckBox *m_newKey = nullptr;
};

} // namespace helpdesk::client
