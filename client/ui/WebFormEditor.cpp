#include "ui/WebFormEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk::client {

WebFormEditor::WebFormEditor(QWidget *parent) : StructuredEditor(parent)
{
    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("webFormAddress"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setWordWrap(true);
    m_snippet = new QPlainTextEdit(this);
    m_snippet->setObjectName(QStringLiteral("webFormSnippet"));
    m_snippet->setReadOnly(true);
    m_snippet->setMaximumHeight(110);
    auto *copy = new QPushButton(tr("Copy the HTML"), this);
    copy->setObjectName(QStringLiteral("webFormCopy"));
    m_newKey = new QCheckBox(tr("Make a new address when saving (the current one stops working)"), this);
    m_newKey->setObjectName(QStringLiteral("webFormNewKey"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_newKey, 1);
    row->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_address);
    layout->addWidget(m_snippet);
    layout->addLayout(row);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(snippet()); });
    refresh();
}

void WebFormEditor::setValue(const QVariant &value)
{
    m_key = value.toString();
    m_newKey->setChecked(false);
    refresh();
}

QVariant WebFormEditor::value(QString &) const
{
    return {};
}

void WebFormEditor::setPublicUrl(const QString &url)
{
    m_publicUrl = url;
    while (m_publicUrl.endsWith(QLatin1Char('/')))
        m_publicUrl.chop(1);
    refresh();
}

bool WebFormEditor::wantsNewKey() const
{
    return m_newKey->isChecked();
}

QString WebFormEditor::formUrl() const
{
    return m_key.isEmpty() ? QString() : m_publicUrl + QStringLiteral("/form/") + m_key;
}

QString WebFormEditor::snippet() const
{
    const auto url = formUrl();
    if (url.isEmpty())
        return {};
    // A frame shows our page; a site's own form posts the same four fields (the site must be listed).
    return QStringLiteral(
               "<iframe src=\"%1\" title=\"%2\" width=\"100%\" height=\"720\" style=\"border:0\"></iframe>\n\n"
               "<form method=\"post\" action=\"%1\">\n"
               "  <input name=\"name\" required> <input name=\"email\" type=\"email\" required>\n"
               "  <input name=\"subject\" required> <textarea name=\"message\" required></textarea>\n"
               "  <button type=\"submit\">%3</button>\n</form>")
        .arg(url, tr("Contact form"), tr("Send"));
}

void WebFormEditor::refresh()
{
    m_address->setText(m_key.isEmpty() ? tr("The form's address is made when the group is saved.")
                                       : tr("Address: %1").arg(formUrl()));
    m_snippet->setPlainText(snippet());
}

} // namespace helpdesk::client
