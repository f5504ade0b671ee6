#include "ui/NewTicketDialog.h"

#include "access/HelpdeskAccess.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kEmailRole = Qt::UserRole + 2;
constexpr int kNameRole = Qt::UserRole + 3;

bool looksLikeEmail(const QString &text)
{
    const auto at = text.indexOf(QLatin1Char('@'));
    return at > 0 && at < text.size() - 1 && !text.contains(QLatin1Char(' '));
}
} // namespace

NewTicketDialog::NewTicketDialog(HelpdeskAccess &access, QWidget *parent) : QDialog(parent), m_access(access)
{
    setWindowTitle(tr("New ticket"));
    m_channels = new QButtonGroup(this);
    auto *channelRow = new QHBoxLayout;
    const struct {
        NewTicket::Channel channel;
        const char *icon;
        QString label;
        const char *name;
    } channels[] = {
        {NewTicket::Channel::Email, ":/icons/email.svg", tr("E-mail"), "channelEmail"},
        {NewTicket::Channel::PhoneIn, ":/icons/phone-in.svg", tr("Phone call in"), "channelPhoneIn"},
        {NewTicket::Channel::PhoneOut, ":/icons/phone-out.svg", tr("Phone call out"), "channelPhoneOut"},
    };
    for (const auto &c : channels) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String(c.name));
        button->setText(c.label);
        button->setIcon(QIcon(QLatin1String(c.icon)));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setCheckable(true);
        button->setAutoRaise(true);
        m_channels->addButton(button, int(c.channel));
        channelRow->addWidget(button);
    }
    channelRow->addStretch();
    m_channels->button(int(NewTicket::Channel::Email))->setChecked(true);

    m_customerSearch = new QLineEdit(this);
    m_customerSearch->setObjectName(QStringLiteral("customerSearch"));
    m_customerSearch->setPlaceholderText(tr("Name or e-mail of the customer"));
    m_customerSearch->setClearButtonEnabled(true);
    m_matches = new QListWidget(this);
    m_matches->setObjectName(QStringLiteral("customerMatches"));
    m_matches->setMaximumHeight(m_matches->fontMetrics().height() * 6);
    m_matches->hide();
    m_chosen = new QLabel(this);
    m_chosen->setObjectName(QStringLiteral("customerChosen"));
    m_chosen->setTextFormat(Qt::PlainText);
    m_newCustomer = new QCheckBox(tr("New customer"), this);
    m_newCustomer->setObjectName(QStringLiteral("newCustomer"));
    m_newCustomerFields = new QWidget(this);
    m_newName = new QLineEdit(m_newCustomerFields);
    m_newName->setObjectName(QStringLiteral("newCustomerName"));
    m_newEmail = new QLineEdit(m_newCustomerFields);
    m_newEmail->setObjectName(QStringLiteral("newCustomerEmail"));
    m_newEmail->setPlaceholderText(tr("customer@example.com"));
    auto *newForm = new QFormLayout(m_newCustomerFields);
    newForm->setContentsMargins(0, 0, 0, 0);
    newForm->addRow(tr("Name"), m_newName);
    newForm->addRow(tr("E-mail"), m_newEmail);
    m_newCustomerFields->hide();

    auto *customerBox = new QVBoxLayout;
    customerBox->setSpacing(4);
    customerBox->addWidget(m_customerSearch);
    customerBox->addWidget(m_matches);
    customerBox->addWidget(m_chosen);
    customerBox->addWidget(m_newCustomer);
    customerBox->addWidget(m_newCustomerFields);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("group"));
    for (const auto &g : m_access.directory().groups())
        m_group->addItem(g.name, QVariant::fromValue<qint64>(g.id));
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("priority"));
    m_priority->addItem(tr("(default)"), QVariant::fromValue<qint64>(0));
    for (const auto &p : m_access.directory().priorities())
        m_priority->addItem(p.name, QVariant::fromValue<qint64>(p.id));
    m_textLabel = new QLabel(this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("text"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Channel"), channelRow);
    form->addRow(tr("Customer"), customerBox);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Group"), m_group);
    form->addRow(tr("Priority"), m_priority);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("create"));
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_textLabel);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_channels, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            channelChanged();
    });
    connect(m_customerSearch, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_customerId = 0; // typing anew drops the customer chosen before
        m_customerEmail.clear();
        m_chosen->clear();
        m_access.customers().search(text);
    });
    connect(&m_access.customers(), &CustomerLookup::found, this, &NewTicketDialog::showMatches);
    connect(m_matches, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        chooseCustomer(item->data(kIdRole).toLongLong(), item->data(kNameRole).toString(),
                       item->data(kEmailRole).toString());
    });
    connect(m_matches, &QListWidget::itemClicked, m_matches, &QListWidget::itemActivated);
    connect(m_newCustomer, &QCheckBox::toggled, this, [this](bool on) {
        m_newCustomerFields->setVisible(on);
        m_customerSearch->setEnabled(!on);
        m_matches->setVisible(!on && m_matches->count() > 0);
        if (on && m_newEmail->text().isEmpty() && looksLikeEmail(m_customerSearch->text().trimmed()))
            m_newEmail->setText(m_customerSearch->text().trimmed());
        if (on)
            m_newName->setFocus();
    });
    channelChanged();
    resize(sizeHint().expandedTo(QSize(620, 560)));
}

void NewTicketDialog::setChannel(NewTicket::Channel channel)
{
    m_channels->button(int(channel))->setChecked(true);
}

NewTicket::Channel NewTicketDialog::channel() const
{
    return NewTicket::Channel(m_channels->checkedId());
}

void NewTicketDialog::channelChanged()
{
    switch (channel()) {
    case NewTicket::Channel::Email:
        m_textLabel->setText(tr("Your e-mail to the customer"));
        m_create->setText(tr("Send"));
        break;
    case NewTicket::Channel::PhoneIn:
        m_textLabel->setText(tr("What the caller asked for"));
        m_create->setText(tr("Create"));
        break;
    case NewTicket::Channel::PhoneOut:
        m_textLabel->setText(tr("What you told the customer on the phone"));
        m_create->setText(tr("Create"));
        break;
    }
}

void NewTicketDialog::showMatches(const QString &text, const std::vector<NamedItem> &customers)
{
    if (text != m_customerSearch->text().trimmed())
        return;
    m_matches->clear();
    for (const auto &c : customers) {
        auto *item = new QListWidgetItem(c.name.isEmpty() ? c.detail : tr("%1 <%2>").arg(c.name, c.detail), m_matches);
        item->setData(kIdRole, c.id);
        item->setData(kNameRole, c.name);
        item->setData(kEmailRole, c.detail);
    }
    m_matches->setVisible(!customers.empty() && !m_newCustomer->isChecked());
}

void NewTicketDialog::chooseCustomer(qint64 id, const QString &name, const QString &email)
{
    m_customerId = id;
    m_customerEmail = email;
    m_customerSearch->setText(name.isEmpty() ? email : name);
    m_chosen->setText(tr("Customer: %1 <%2>").arg(name, email));
    m_matches->hide();
    m_title->setFocus();
}

NewTicket NewTicketDialog::ticket() const
{
    NewTicket t;
    t.channel = channel();
    if (m_newCustomer->isChecked()) {
        t.customerEmail = m_newEmail->text().trimmed();
        t.newCustomerName = m_newName->text().trimmed();
    } else if (m_customerId) {
        t.customerId = m_customerId;
        t.customerEmail = m_customerEmail;
    } else {
        t.customerEmail = m_customerSearch->text().trimmed(); // an address typed in full
    }
    t.title = m_title->text().trimmed();
    t.groupId = m_group->currentData().toLongLong();
    t.priorityId = m_priority->currentData().toLongLong();
    t.text = m_text->toPlainText();
    return t;
}

QString NewTicketDialog::missing() const
{
    const auto t = ticket();
    if (m_newCustomer->isChecked() && (t.newCustomerName.isEmpty() || !looksLikeEmail(t.customerEmail)))
        return tr("A new customer needs a name and an e-mail address.");
    if (!t.customerId && !looksLikeEmail(t.customerEmail))
        return tr("Choose a customer from the list, type their e-mail address, or make a new customer.");
    if (t.title.isEmpty())
        return tr("A new ticket needs a title.");
    if (!t.groupId)
        return tr("Choose a group.");
    if (t.text.trimmed().isEmpty())
        return channel() == NewTicket::Channel::Email ? tr("Write the e-mail to the customer.")
                                                      : tr("Note what was said on the phone.");
    return {};
}

void NewTicketDialog::accept()
{
    const QString problem = missing();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    m_access.actions().createTicket(ticket());
    QDialog::accept();
}

} // namespace helpdesk::client
