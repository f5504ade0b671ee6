#include "ui/UnreadTray.h"

#include "core/AwayStatus.h"
#include "core/DeskNotifier.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QWidget>

#include <algorithm>

namespace helpdesk::client {

UnreadTray::UnreadTray(DeskNotifier &notifier, AwayStatus &away, const std::function<void()> &askAway, QWidget *window)
    : QObject(window), m_away(away), m_window(window)
{
    m_menu = new QMenu(window);
    m_menu->addAction(tr("Open Helpdesk"), this, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    m_awayAction = m_menu->addAction(QString(), this, [this, askAway] {
        if (m_away.isAway())
            m_away.setBack();
        else
            askAway();
    });
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), qApp, &QApplication::quit);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastTicket)
                emit ticketRequested(m_lastTicket);
        });
    }
    connect(&m_away, &AwayStatus::changed, this, &UnreadTray::updateAwayAction);
    connect(&notifier, &DeskNotifier::unreadCountChanged, this, &UnreadTray::setCount);
    updateAwayAction();
    setCount(notifier.unreadCount());
    if (m_tray)
        m_tray->show();
}

void UnreadTray::setCount(int count)
{
    if (count == m_count)
        return;
    m_count = count;
    m_icon = iconWithCount(count);
    m_toolTip = count ? tr("Helpdesk — %n unread ticket(s)", nullptr, count) : tr("Helpdesk — nothing unread");
    if (m_tray) {
        m_tray->setIcon(m_icon);
        m_tray->setToolTip(m_toolTip);
    }
}

void UnreadTray::updateAwayAction()
{
    m_awayAction->setText(m_away.isAway() ? tr("I am back") : tr("I am away…"));
}

bool UnreadTray::showMessage(const QString &title, const QString &text, qint64 ticketId)
{
    m_lastTicket = ticketId;
    if (!m_tray)
        return false;
    m_tray->showMessage(title, text, m_icon);
    return true;
}

QIcon UnreadTray::iconWithCount(int count)
{
    QIcon app(QStringLiteral(":/icons/app.svg"));
    if (count <= 0)
        return app;
    QIcon icon;
    for (int size : {16, 22, 32, 48, 64}) {
        QPixmap pixmap = app.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(QColor(0x2f, 0x6f, 0xb3));
        }
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QString label = count > 99 ? QStringLiteral("99+") : QString::number(count);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(std::max(7, size * (label.size() > 2 ? 5 : 6) / 14));
        painter.setFont(font);
        const int height = size * 9 / 16;
        const int width = std::max(height, painter.fontMetrics().horizontalAdvance(label) + size / 6);
        const QRectF badge(size - width, size - height, width, height);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xd9, 0x30, 0x25));
        painter.drawRoundedRect(badge, height / 2.0, height / 2.0);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, label);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace helpdesk::client
