#include "ui/MailTemplateEditor.h"

#include "core/MailTemplateClient.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {
/// The languages texts are shipped in, each named in itself.
const QList<QPair<QString, QString>> &shippedLanguages()
{
    static const QList<QPair<QString, QString>> all{
        {QStringLiteral("en"), QStringLiteral("English")},  {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")}, {QStringLiteral("it"), QStringLiteral("Italiano")},
        {QStringLiteral("pl"), QStringLiteral("Polski")},   {QStringLiteral("ru"), QStringLiteral("Русский")}};
    return all;
}
} // namespace

MailTemplateEditor::MailTemplateEditor(MailTemplateClient &client, qint64 groupId, const QString &groupName,
                                       QWidget *parent)
    : QDialog(parent), m_client(client), m_groupId(groupId)
{
    setObjectName(QStringLiteral("mailTemplates"));
    setWindowTitle(groupId ? tr("Mail templates of %1").arg(groupName) : tr("Mail templates of the whole desk"));
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("template"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    for (const auto &[code, name] : shippedLanguages())
        m_language->addItem(name, code);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("source"));
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subject"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setMinimumHeight(180);
    m_placeholders = new QLabel(this);
    m_placeholders->setObjectName(QStringLiteral("placeholders"));
    m_placeholders->setWordWrap(true);
    m_placeholders->setTextInteractionFlags(Qt::TextSelectableByMouse); // copied into the texts
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setReadOnly(true);
    m_preview->setPlaceholderText(tr("Preview shows the mail as the server writes it, with sample values."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_previewButton = new QPushButton(tr("Preview"), this);
    m_saveButton = new QPushButton(tr("Save"), this);
    m_resetButton = new QPushButton(tr("Reset to default"), this);
    auto *close = new QPushButton(tr("Close"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("Mail"), m_template);
    form->addRow(QString(), m_description);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Texts from"), m_source);
    form->addRow(tr("Subject"), m_subject);
    form->addRow(tr("Text"), m_body);
    form->addRow(tr("Placeholders"), m_placeholders);
    form->addRow(tr("Preview"), m_preview);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_resetButton);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(720, 680);

    connect(m_template, &QComboBox::currentIndexChanged, this, [this] { loadChosen(); });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { loadChosen(); });
    connect(m_previewButton, &QPushButton::clicked, this, [this] { preview(); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_resetButton, &QPushButton::clicked, this, [this] { reset(); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(&m_client, &MailTemplateClient::templatesListed, this,
            [this](qint64 groupId, const QVariantList &templates) {
                if (groupId != m_groupId)
                    return;
                const QSignalBlocker quiet(m_template);
                const auto chosen = chosenName();
                m_template->clear();
                for (const auto &item : templates) {
                    auto entry = item.toMap();
                    const auto name = entry.value(QStringLiteral("name")).toString();
                    m_template->addItem(name, name);
                    m_template->setItemData(m_template->count() - 1, entry.value(QStringLiteral("description")),
                                            Qt::ToolTipRole);
                    // A language only an override added ("es") can be chosen too.
                    for (const auto &language : entry.value(QStringLiteral("languages")).toList()) {
                        auto code = language.toMap().value(QStringLiteral("language")).toString();
                        if (m_language->findData(code) < 0) {
                            const QSignalBlocker quietLanguage(m_language);
                            m_language->addItem(code, code);
                        }
                    }
                }
                m_template->setCurrentIndex(std::max(0, m_template->findData(chosen)));
                loadChosen();
            });
    connect(&m_client, &MailTemplateClient::loaded, this, [this](const QVariantMap &entry) {
        if (entry.value(QStringLiteral("name")).toString() == chosenName() &&
            entry.value(QStringLiteral("language")).toString() == chosenLanguage()) {
            showTemplate(entry);
            m_status->clear();
        }
    });
    connect(&m_client, &MailTemplateClient::saved, this, [this](const QVariantMap &entry) {
        showTemplate(entry);
        m_status->setText(tr("Saved."));
    });
    connect(&m_client, &MailTemplateClient::previewed, this, [this](const QVariantMap &p) { showPreview(p); });
    connect(&m_client, &MailTemplateClient::failed, this, [this](const QString &field, const QString &reason) {
        m_status->setText(field.isEmpty() ? tr("Not saved: %1").arg(reason)
                                          : tr("Not saved (%1): %2").arg(field, reason));
    });
    m_client.list(m_groupId);
}

QString MailTemplateEditor::chosenName() const
{
    return m_template->currentData().toString();
}

QString MailTemplateEditor::chosenLanguage() const
{
    return m_language->currentData().toString();
}

void MailTemplateEditor::loadChosen()
{
    if (chosenName().isEmpty())
        return;
    m_preview->clear();
    m_client.load(m_groupId, chosenName(), chosenLanguage());
}

void MailTemplateEditor::choose(const QString &name, const QString &language)
{
    {
        const QSignalBlocker quietTemplate(m_template);
        const QSignalBlocker quietLanguage(m_language);
        m_template->setCurrentIndex(m_template->findData(name));
        m_language->setCurrentIndex(m_language->findData(language));
    }
    loadChosen();
}

void MailTemplateEditor::setTexts(const QString &subject, const QString &body)
{
    m_subject->setText(subject);
    m_body->setPlainText(body);
}

void MailTemplateEditor::preview()
{
    m_status->clear();
    m_client.preview(m_groupId, chosenName(), chosenLanguage(), m_subject->text(), m_body->toPlainText());
}

void MailTemplateEditor::save()
{
    m_status->setText(tr("Saving…"));
    m_client.save(m_groupId, chosenName(), chosenLanguage(), m_subject->text(), m_body->toPlainText());
}

void MailTemplateEditor::reset()
{
    m_status->setText(tr("Resetting…"));
    m_client.reset(m_groupId, chosenName(), chosenLanguage());
}

void MailTemplateEditor::showTemplate(const QVariantMap &entry)
{
    m_description->setText(entry.value(QStringLiteral("description")).toString());
    m_subject->setText(entry.value(QStringLiteral("subject")).toString());
    m_body->setPlainText(entry.value(QStringLiteral("body")).toString());
    // Where the texts come from: this level's override, the desk's beneath a group's, or the default.
    auto fromLevel = [&](QLatin1String level) {
        return entry.value(QStringLiteral("subject_from")).toString() == level ||
               entry.value(QStringLiteral("body_from")).toString() == level;
    };
    const QLatin1String own(m_groupId ? "group" : "desk");
    m_source->setText(fromLevel(own)                     ? (m_groupId ? tr("this group") : tr("the whole desk"))
                      : fromLevel(QLatin1String("desk")) ? tr("the whole desk")
                                                         : tr("the default text"));
    m_resetButton->setEnabled(fromLevel(own));
    QStringList names;
    for (const auto &placeholder : entry.value(QStringLiteral("placeholders")).toList())
        names << QStringLiteral("{{%1}}").arg(placeholder.toMap().value(QStringLiteral("name")).toString());
    m_placeholders->setText(names.join(QStringLiteral("  ")));
}

void MailTemplateEditor::showPreview(const QVariantMap &preview)
{
    const auto problems = preview.value(QStringLiteral("problems")).toList();
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const auto &item : problems) {
            auto problem = item.toMap();
            lines << tr("%1, line %2, column %3: %4")
                         .arg(problem.value(QStringLiteral("field")) == QLatin1String("subject") ? tr("Subject")
                                                                                                 : tr("Text"))
                         .arg(problem.value(QStringLiteral("line")).toInt())
                         .arg(problem.value(QStringLiteral("column")).toInt())
                         .arg(problem.value(QStringLiteral("message")).toString());
        }
        m_preview->setPlainText(lines.join(QLatin1Char('\n')));
        m_status->setText(tr("The template has a mistake; it cannot be saved like this."));
        return;
    }
    m_preview->setPlainText(tr("Subject: %1").arg(preview.value(QStringLiteral("subject")).toString()) +
                            QStringLiteral("\n\n") + preview.value(QStringLiteral("body")).toString());
}

QString MailTemplateEditor::subject() const
{
    return m_subject->text();
}

QString MailTemplateEditor::body() const
{
    return m_body->toPlainText();
}

QString MailTemplateEditor::previewText() const
{
    return m_preview->toPlainText();
}

QString MailTemplateEditor::status() const
{
    return m_status->text();
}

QString MailTemplateEditor::source() const
{
    return m_source->text();
}

} // namespace helpdesk::client
