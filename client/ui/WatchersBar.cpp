#include "ui/WatchersBar.h"

#include "core/AccountSession.h"
#include "core/Directory.h"
#include "core/TicketActions.h"
#include "core/TicketContext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

namespace helpdesk::client {

WatchersBar::WatchersBar(const AccountSession &session, const Directory &directory, TicketContext &context,
                         TicketActions &actions, QWidget *parent)
    : QWidget(parent), m_session(session), m_directory(directory), m_context(context), m_actions(actions)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chips = new QHBoxLayout;
    m_chips->setSpacing(4);
    layout->addLayout(m_chips);
    m_add = new QToolButton(this);
    m_add->setObjectName(QStringLiteral("addWatcher"));
    m_add->setText(tr("Add watcher…"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_add);
    m_add->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        QSet<qint64> watching;
        for (const auto &watcher : m_context.watchers(m_ticketId))
            watching.insert(watcher.id);
        for (const auto &agent : m_directory.agents())
            if (!watching.contains(agent.id))
                menu->addAction(QStringLiteral("%1 <%2>").arg(agent.name, agent.detail), this,
                                [this, id = agent.id] { m_actions.watch(m_ticketId, id); });
        if (menu->isEmpty())
            menu->addAction(tr("(every agent watches it)"))->setEnabled(false);
    });
    m_watch = new QPushButton(this);
    m_watch->setObjectName(QStringLiteral("watch"));
    connect(m_watch, &QPushButton::clicked, this, [this] {
        if (!m_ticketId)
            return;
        bool watching = false;
        for (const auto &watcher : m_context.watchers(m_ticketId))
            watching = watching || watcher.id == m_session.userId();
        if (watching)
            m_actions.unwatch(m_ticketId);
        else
            m_actions.watch(m_ticketId);
    });
    layout->addWidget(m_add);
    layout->addWidget(m_watch);
    layout->addStretch();
    connect(&m_context, &TicketContext::watchersChanged, this, [this](qint64 ticketId) {
        if (ticketId == m_ticketId)
            redraw();
    });
}

void WatchersBar::setTicket(qint64 ticketId)
{
    m_ticketId = ticketId;
    redraw();
    m_context.refreshWatchers(ticketId);
}

void WatchersBar::redraw()
{
    while (auto *item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto watchers = m_context.watchers(m_ticketId);
    bool watching = false;
    if (watchers.empty()) {
        auto *none = new QLabel(tr("No one watches this ticket."), this);
        none->setObjectName(QStringLiteral("noWatchers"));
        m_chips->addWidget(none);
    }
    for (const auto &watcher : watchers) {
        watching = watching || watcher.id == m_session.userId();
        // A chip: the name, and × to stop their watching.
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("watcher_%1").arg(watcher.id));
        chip->setText(QStringLiteral("%1  \u00d7").arg(watcher.name));
        chip->setToolTip(tr("%1 gets this ticket's customer follow-ups. Click to remove.").arg(watcher.detail));
        chip->setAutoRaise(false);
        chip->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 9px;"
                                           " padding: 1px 8px; }"));
        connect(chip, &QToolButton::clicked, this, [this, id = watcher.id] { m_actions.unwatch(m_ticketId, id); });
        m_chips->addWidget(chip);
    }
    m_watch->setText(watching ? tr("Stop watching") : tr("Watch"));
    m_watch->setToolTip(watching ? tr("Stop getting this ticket's customer follow-ups")
                                 : tr("Get this ticket's customer follow-ups, as its owner does"));
}

} // namespace helpdesk::client
