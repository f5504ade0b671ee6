#pragma once

#include <QDialog>
#include <QVariantMap>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace helpdesk::client {

class MailTemplateClient;

/// The mail templates of one group, or of the whole desk (group 0): choose a template and a
/// language, edit its subject and body, see the server render it with sample values (or say where
/// it breaks), save it, or reset it to what lies beneath (the desk's texts, or the shipped ones).
/// Main thread.
class MailTemplateEditor : public QDialog
{
    Q_OBJECT
public:
    MailTemplateEditor(MailTemplateClient &client, qint64 groupId, const QString &groupName, QWidget *parent = nullptr);

    /// Shows template `name` in `language` (as the server has it).
    void choose(const QString &name, const QString &language);
    /// Types texts into the editor (tests, and the agent's typing).
    void setTexts(const QString &subject, const QString &body);
    /// Asks the server to render the texts in the editor, saved or not.
    void preview();
    /// Stores the texts in the editor for this group (or the desk).
    void save();
    /// Removes this group's (or the desk's) texts of the template in the language.
    void reset();

    QString subject() const;
    QString body() const;
    /// The rendered subject and body, or the problems of the last preview.
    QString previewText() const;
    /// What the last action came to ("Saved.", a refusal).
    QString status() const;
    /// Where the shown texts come from ("this group", "the whole desk", "the default text").
    QString source() const;

private:
    void showTemplate(const QVariantMap &entry);
    void showPreview(const QVariantMap &preview);
    QString chosenName() const;
    QString chosenLanguage() const;
    void loadChosen();

    MailTemplateClient &m_client;
    qint64 m_groupId;
    QComboBox *m_template;
    QComboBox *m_language;
    QLabel *m_description;
    QLabel *m_source;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QLabel *m_placeholders;
    QPlainTextEdit *m_preview;
    QLabel *m_status;
    QPushButton *m_previewButton;
    QPushButton *m_saveButton;
    QPushButton *m_resetButton;
};

} // namespace helpdesk::client
