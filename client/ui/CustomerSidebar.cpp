#include "ui/CustomerSidebar.h"

#include "core/Directory.h"
#include "core/TicketContext.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {
const QString kCollapsedKey = QStringLiteral("ticket/customerSidebarCollapsed");

QLabel *plainLabel(QWidget *parent, const QString &name)
{
    // Names, addresses and field values are the customer's own text: never markup.
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *sectionTitle(QWidget *parent, const QString &name)
{
    auto *label = plainLabel(parent, name);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}
} // namespace

CustomerSidebar::CustomerSidebar(const Directory &directory, TicketContext &context, QWidget *parent)
    : QWidget(parent), m_directory(directory), m_context(context)
{
    setObjectName(QStringLiteral("customerSidebar"));
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("sidebarToggle"));
    m_toggle->setAutoRaise(true);
    connect(m_toggle, &QToolButton::clicked, this, [this] {
        setCollapsed(!m_collapsed);
        QSettings().setValue(kCollapsedKey, m_collapsed);
    });

    m_body = new QWidget(this);
    m_name = sectionTitle(m_body, QStringLiteral("customerName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_name->setFont(big);
    m_contact = plainLabel(m_body, QStringLiteral("customerContact"));
    auto *fieldsBox = new QWidget(m_body);
    m_fields = new QFormLayout(fieldsBox);
    m_fields->setContentsMargins(0, 0, 0, 0);
    m_externalIds = plainLabel(m_body, QStringLiteral("customerExternalIds"));
    m_customerTicketsTitle = sectionTitle(m_body, QStringLiteral("customerTicketsTitle"));
    m_customerTickets = new QListWidget(m_body);
    m_customerTickets->setObjectName(QStringLiteral("customerTickets"));
    m_organizationTicketsTitle = sectionTitle(m_body, QStringLiteral("organizationTicketsTitle"));
    m_organizationTickets = new QListWidget(m_body);
    m_organizationTickets->setObjectName(QStringLiteral("organizationTickets"));
    for (auto *list : {m_customerTickets, m_organizationTickets}) {
        list->setUniformItemSizes(true);
        // Long titles end in "…" rather than scrolling sideways.
        list->setTextElideMode(Qt::ElideRight);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        // A click only: activation as well would open a second ticket on a double-click, the list
        // having rebuilt for the first one in between.
        connect(list, &QListWidget::itemClicked, this,
                [this](QListWidgetItem *item) { emit ticketActivated(item->data(Qt::UserRole).toLongLong()); });
    }

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_name);
    body->addWidget(m_contact);
    body->addWidget(fieldsBox);
    body->addWidget(m_externalIds);
    body->addWidget(m_customerTicketsTitle);
    body->addWidget(m_customerTickets, 1);
    body->addWidget(m_organizationTicketsTitle);
    body->addWidget(m_organizationTickets, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toggle, 0, Qt::AlignRight);
    layout->addWidget(m_body, 1);

    m_redrawSoon.setSingleShot(true);
    m_redrawSoon.setInterval(200);
    connect(&m_redrawSoon, &QTimer::timeout, this, [this] { redraw(); });
    connect(&m_context, &TicketContext::customerChanged, this, [this](qint64 customerId) {
        if (customerId == 0 || customerId == m_customerId)
            redraw();
    });
    connect(&m_directory, &Directory::ticketChanged, this, [this] {
        if (m_customerId && !m_collapsed)
            m_redrawSoon.start();
    });
    connect(&m_directory, &Directory::configurationChanged, this, [this] {
        if (m_customerId && !m_collapsed)
            m_redrawSoon.start();
    });
    setCollapsed(QSettings().value(kCollapsedKey, false).toBool());
}

void CustomerSidebar::setCollapsed(bool collapsed)
{
    m_collapsed = collapsed;
    m_body->setVisible(!collapsed);
    m_toggle->setText(collapsed ? QStringLiteral("\u2039") : QStringLiteral("\u203a"));
    m_toggle->setToolTip(collapsed ? tr("Show the customer") : tr("Hide the customer"));
    setMaximumWidth(collapsed ? m_toggle->sizeHint().width() + 12 : QWIDGETSIZE_MAX);
    if (!collapsed)
        redraw();
}

void CustomerSidebar::showTicket(qint64 ticketId, qint64 customerId, const TicketOrigin &origin)
{
    const bool newCustomer = customerId != m_customerId;
    m_ticketId = ticketId;
    m_customerId = customerId;
    m_origin = origin;
    redraw();
    if (newCustomer || !m_context.customer(customerId).complete)
        m_context.refreshCustomer(customerId);
}

void CustomerSidebar::redraw()
{
    if (m_collapsed)
        return;
    const auto card = m_context.customer(m_customerId);
    const QString name = !card.name.isEmpty() ? card.name : m_origin.customer;
    m_name->setText(name);
    QStringList contact;
    const QString email = !card.email.isEmpty() ? card.email : m_origin.customerEmail;
    if (!email.isEmpty())
        contact << email;
    if (card.organizationId)
        contact << (card.organization.isEmpty() ? tr("organization %1").arg(card.organizationId)
                                                : tr("of %1").arg(card.organization));
    m_contact->setText(contact.join(QLatin1Char('\n')));

    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    for (const auto &[label, value] : card.fields) {
        auto *shown = plainLabel(m_fields->parentWidget(), QString());
        shown->setText(value);
        m_fields->addRow(label, shown);
    }

    // Ids in integrations: the card's once read, else those the ticket's origin carries.
    const auto &ids = card.complete ? card.externalIds : m_origin.customerExternalIds;
    QStringList parts;
    for (const auto &id : ids)
        parts << tr("%1: %2").arg(
            id.integration.isEmpty() ? tr("integration %1").arg(id.integrationId) : id.integration, id.id);
    m_externalIds->setText(parts.isEmpty() ? QString()
                                           : tr("Ids in integrations: %1").arg(parts.join(QStringLiteral(" · "))));
    m_externalIds->setVisible(!parts.isEmpty());

    const auto mine = m_context.ticketsOfCustomer(m_customerId, m_ticketId);
    m_customerTicketsTitle->setText(mine.empty() ? tr("No other tickets of this customer")
                                                 : tr("Other tickets of this customer (%1)").arg(mine.size()));
    fillTickets(m_customerTickets, mine);
    m_customerTickets->setVisible(!mine.empty());

    const auto organization = m_context.ticketsOfOrganization(card.organizationId, m_customerId);
    m_organizationTicketsTitle->setText(
        card.organization.isEmpty() ? tr("Other tickets of the organization (%1)").arg(organization.size())
                                    : tr("Other tickets of %1 (%2)").arg(card.organization).arg(organization.size()));
    m_organizationTicketsTitle->setVisible(card.organizationId != 0);
    fillTickets(m_organizationTickets, organization);
    m_organizationTickets->setVisible(!organization.empty());
}

void CustomerSidebar::fillTickets(QListWidget *list, const std::vector<TicketRow> &rows)
{
    list->clear();
    for (const auto &row : rows) {
        auto *item =
            new QListWidgetItem(QStringLiteral("#%1 %2 \u2014 %3").arg(row.number).arg(row.title, row.state), list);
        item->setData(Qt::UserRole, row.id);
        // The customer's name is their text: never markup.
        item->setToolTip(Qt::convertFromPlainText(tr("%1, updated %2").arg(row.customer, row.updatedAt.left(10)),
                                                  Qt::WhiteSpaceNormal));
        if (row.stateClass == TicketRow::StateClass::Closed || row.stateClass == TicketRow::StateClass::Merged)
            item->setForeground(list->palette().brush(QPalette::Disabled, QPalette::Text));
    }
}

} // namespace helpdesk::client
