#include "ui/InboxDelegate.h"

#include "models/TicketListModel.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>

namespace helpdesk::client {

namespace {
constexpr int kPadding = 8;     // left and right of a row
constexpr int kLinePadding = 5; // above and below the two lines
constexpr int kGap = 6;         // between the pieces of a line
constexpr int kDotWidth = 14;   // the unread dot's column

QColor secondaryText(const QStyleOptionViewItem &option, bool selected)
{
    if (selected)
        return option.palette.color(QPalette::HighlightedText);
    QColor c = option.palette.color(QPalette::Text);
    c.setAlphaF(0.62f);
    return c;
}

/// The resource of E's icon set for a channel or mark, as `:/icons/<file>.svg`.
QString iconResource(const QString &name)
{
    QString file = name;
    file.replace(QLatin1Char('_'), QLatin1Char('-'));
    return QStringLiteral(":/icons/%1.svg").arg(file);
}

/// A letter standing for an icon when the icon set lacks it.
QString fallbackLetter(const QString &name)
{
    if (name == QLatin1String("email"))
        return QStringLiteral("@");
    if (name.startsWith(QLatin1String("phone")))
        return QStringLiteral("P");
    if (name == QLatin1String("shared"))
        return QStringLiteral("S");
    return name.left(1).toUpper();
}
} // namespace

InboxDelegate::InboxDelegate(QObject *parent) : QStyledItemDelegate(parent)
{
    setFont(QApplication::font());
}

void InboxDelegate::setDensity(Density density)
{
    m_density = density;
}

void InboxDelegate::setFont(const QFont &font)
{
    m_font = font;
    m_boldFont = font;
    m_boldFont.setBold(true);
    m_smallFont = font;
    if (font.pointSizeF() > 0)
        m_smallFont.setPointSizeF(font.pointSizeF() * 0.85);
    else
        m_smallFont.setPixelSize(std::max(8, font.pixelSize() * 85 / 100));
    m_metrics = QFontMetrics(m_font);
    m_boldMetrics = QFontMetrics(m_boldFont);
    m_smallMetrics = QFontMetrics(m_smallFont);
    m_icons.clear();
}

int InboxDelegate::rowHeight() const
{
    if (m_density == Density::Compact)
        return std::max(m_metrics.height(), m_smallMetrics.height() + 4) + 6;
    return 2 * kLinePadding + m_boldMetrics.height() + 4 + std::max(m_metrics.height(), m_smallMetrics.height() + 4);
}

QSize InboxDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &index) const
{
    // Asked only by columns that fit their contents (the number's, in compact rows): rows are uniform.
    if (m_density == Density::Compact)
        return {m_metrics.horizontalAdvance(index.data().toString()) + 16, rowHeight()};
    return {200, rowHeight()};
}

void InboxDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background and selection only; the text is ours
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (m_density == Density::Comfortable)
        paintTwoLines(painter, option, index);
    else
        paintCell(painter, option, index);
    painter->restore();
}

void InboxDelegate::paintTwoLines(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = secondaryText(option, selected);
    const bool unread = index.data(TicketListModel::UnreadRole).toBool();
    const bool changed = index.data(TicketListModel::ChangedSinceLookRole).toBool();
    const QRect r = option.rect.adjusted(kPadding, kLinePadding, -kPadding, -kLinePadding);
    const int line1 = r.top() + m_boldMetrics.height() / 2;
    const int line2 = r.bottom() - std::max(m_metrics.height(), m_smallMetrics.height() + 4) / 2;

    drawUnreadDot(painter, r.left(), line1, unread, changed, option.palette.color(QPalette::Highlight));
    const int left = r.left() + kDotWidth;

    // Line 1, right to left: time, pending mark, owner initials, shared and channel icons.
    int right = r.right();
    painter->setFont(m_smallFont);
    painter->setPen(muted);
    const QString time = index.data(TicketListModel::TimeRole).toString();
    const int timeWidth = m_smallMetrics.horizontalAdvance(time);
    painter->drawText(QRect(right - timeWidth, line1 - m_smallMetrics.height() / 2, timeWidth, m_smallMetrics.height()),
                      Qt::AlignRight | Qt::AlignVCenter, time);
    right -= timeWidth + kGap;
    if (index.data(TicketListModel::PendingRole).toBool()) {
        const QString waiting = tr("sending…");
        const int w = m_smallMetrics.horizontalAdvance(waiting);
        painter->drawText(QRect(right - w, line1 - m_smallMetrics.height() / 2, w, m_smallMetrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter, waiting);
        right -= w + kGap;
    }
    const QString initials = index.data(TicketListModel::OwnerInitialsRole).toString();
    if (!initials.isEmpty())
        right = drawInitials(painter, right, line1, initials, index.data(TicketListModel::OwnerRole).toString()) - kGap;
    if (index.data(TicketListModel::SharedRole).toBool())
        right = drawIcon(painter, right, line1, QStringLiteral("shared"),
                         index.data(TicketListModel::SharedColourRole).value<QColor>()) -
                kGap;
    const QString channel = index.data(TicketListModel::ChannelRole).toString();
    if (!channel.isEmpty())
        right = drawIcon(painter, right, line1, channel, QColor()) - kGap;

    painter->setFont(unread ? m_boldFont : m_font);
    painter->setPen(text);
    const auto &customerMetrics = unread ? m_boldMetrics : m_metrics;
    const QString customer = customerMetrics.elidedText(index.data(TicketListModel::CustomerRole).toString(),
                                                        Qt::ElideRight, std::max(0, right - left));
    painter->drawText(
        QRect(left, line1 - customerMetrics.height() / 2, std::max(0, right - left), customerMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter, customer);

    // Line 2, right to left: SLA badge, priority and state chips; then the subject and preview.
    right = r.right();
    const auto sla = static_cast<TicketListModel::SlaState>(index.data(TicketListModel::SlaRole).toInt());
    if (sla == TicketListModel::SlaState::Soon || sla == TicketListModel::SlaState::Late)
        right = drawChip(painter, right, line2, index.data(TicketListModel::SlaTextRole).toString(),
                         TicketListModel::slaColour(sla), true) -
                kGap;
    right = drawChip(painter, right, line2, index.data(TicketListModel::PriorityRole).toString(),
                     index.data(TicketListModel::PriorityColourRole).value<QColor>(), false) -
            kGap;
    right = drawChip(painter, right, line2, index.data(TicketListModel::StateRole).toString(),
                     index.data(TicketListModel::StateColourRole).value<QColor>(), false) -
            kGap;

    const int width = std::max(0, right - left);
    const QString title = index.data(TicketListModel::TitleRole).toString();
    const auto &titleMetrics = unread ? m_boldMetrics : m_metrics;
    const QString shownTitle = titleMetrics.elidedText(title, Qt::ElideRight, width);
    const int titleWidth = titleMetrics.horizontalAdvance(shownTitle);
    painter->setFont(unread ? m_boldFont : m_font);
    painter->setPen(text);
    painter->drawText(QRect(left, line2 - titleMetrics.height() / 2, titleWidth, titleMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, shownTitle);
    const int previewLeft = left + titleWidth + kGap;
    const QString preview = index.data(TicketListModel::PreviewRole).toString();
    if (shownTitle == title && !preview.isEmpty() && previewLeft + 20 < right) {
        painter->setFont(m_font);
        painter->setPen(muted);
        const QString shownPreview = m_metrics.elidedText(preview, Qt::ElideRight, right - previewLeft);
        painter->drawText(QRect(previewLeft, line2 - m_metrics.height() / 2, right - previewLeft, m_metrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, shownPreview);
    }
}

void InboxDelegate::paintCell(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect r = option.rect.adjusted(4, 0, -4, 0);
    const int centre = r.center().y();
    const bool unread = index.data(TicketListModel::UnreadRole).toBool();
    auto drawText = [&](const QString &value, int left, const QFont &font, const QFontMetrics &metrics,
                        const QColor &colour) {
        painter->setFont(font);
        painter->setPen(colour);
        painter->drawText(QRect(left, r.top(), std::max(0, r.right() - left), r.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(value, Qt::ElideRight, std::max(0, r.right() - left)));
    };
    switch (index.column()) {
    case TicketListModel::Title: {
        drawUnreadDot(painter, r.left(), centre, unread, index.data(TicketListModel::ChangedSinceLookRole).toBool(),
                      option.palette.color(QPalette::Highlight));
        int right = r.right();
        const QString channel = index.data(TicketListModel::ChannelRole).toString();
        if (!channel.isEmpty())
            right = drawIcon(painter, right, centre, channel, QColor()) - kGap;
        QString title = index.data(TicketListModel::TitleRole).toString();
        if (index.data(TicketListModel::PendingRole).toBool())
            title += QLatin1Char(' ') + tr("(sending…)");
        const auto &metrics = unread ? m_boldMetrics : m_metrics;
        painter->setFont(unread ? m_boldFont : m_font);
        painter->setPen(text);
        const int left = r.left() + kDotWidth;
        painter->drawText(QRect(left, r.top(), std::max(0, right - left), r.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(title, Qt::ElideRight, std::max(0, right - left)));
        return;
    }
    case TicketListModel::State:
        drawChip(painter,
                 r.left() + m_smallMetrics.horizontalAdvance(index.data(TicketListModel::StateRole).toString()) + 12,
                 centre, index.data(TicketListModel::StateRole).toString(),
                 index.data(TicketListModel::StateColourRole).value<QColor>(), false);
        return;
    case TicketListModel::Priority:
        drawChip(painter,
                 r.left() + m_smallMetrics.horizontalAdvance(index.data(TicketListModel::PriorityRole).toString()) + 12,
                 centre, index.data(TicketListModel::PriorityRole).toString(),
                 index.data(TicketListModel::PriorityColourRole).value<QColor>(), false);
        return;
    case TicketListModel::SlaDue: {
        const auto sla = static_cast<TicketListModel::SlaState>(index.data(TicketListModel::SlaRole).toInt());
        if (sla == TicketListModel::SlaState::Soon || sla == TicketListModel::SlaState::Late) {
            const QString badge = index.data(TicketListModel::SlaTextRole).toString();
            drawChip(painter, r.left() + m_smallMetrics.horizontalAdvance(badge) + 12, centre, badge,
                     TicketListModel::slaColour(sla), true);
        } else {
            drawText(index.data(TicketListModel::SlaTextRole).toString(), r.left(), m_font, m_metrics, text);
        }
        return;
    }
    case TicketListModel::Owner: {
        const QString initials = index.data(TicketListModel::OwnerInitialsRole).toString();
        if (initials.isEmpty())
            return;
        const QString owner = index.data(TicketListModel::OwnerRole).toString();
        const int diameter = m_smallMetrics.height() + 4;
        drawInitials(painter, r.left() + diameter, centre, initials, owner);
        drawText(owner, r.left() + diameter + 4, m_font, m_metrics, text);
        return;
    }
    case TicketListModel::Updated:
        drawText(index.data(TicketListModel::TimeRole).toString(), r.left(), m_font, m_metrics, text);
        return;
    case TicketListModel::Shared: {
        if (!index.data(TicketListModel::SharedRole).toBool())
            return;
        const int size = m_smallMetrics.height();
        drawIcon(painter, r.left() + size, centre, QStringLiteral("shared"),
                 index.data(TicketListModel::SharedColourRole).value<QColor>());
        drawText(index.data(Qt::DisplayRole).toString(), r.left() + size + 4, m_font, m_metrics,
                 index.data(TicketListModel::SharedColourRole).value<QColor>());
        return;
    }
    default:
        drawText(index.data(Qt::DisplayRole).toString(), r.left(), unread ? m_boldFont : m_font,
                 unread ? m_boldMetrics : m_metrics, text);
    }
}

int InboxDelegate::drawChip(QPainter *painter, int right, int centreY, const QString &text, const QColor &colour,
                            bool filled) const
{
    if (text.isEmpty())
        return right + kGap;
    const int width = m_smallMetrics.horizontalAdvance(text) + 10;
    const int height = m_smallMetrics.height() + 2;
    const QRectF chip(right - width, centreY - height / 2.0, width, height);
    QColor fill = colour;
    if (!filled)
        fill.setAlpha(40);
    painter->setPen(filled ? Qt::NoPen : QPen(colour, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->setFont(m_smallFont);
    painter->setPen(filled ? QColor(Qt::white) : colour);
    painter->drawText(chip, Qt::AlignCenter, text);
    return right - width;
}

int InboxDelegate::drawInitials(QPainter *painter, int right, int centreY, const QString &initials,
                                const QString &owner) const
{
    const int diameter = m_smallMetrics.height() + 4;
    // A colour per person, the same on every run (qHash with a fixed seed).
    const QColor colour = QColor::fromHsl(static_cast<int>(qHash(owner, 0) % 360), 120, 110);
    const QRectF circle(right - diameter, centreY - diameter / 2.0, diameter, diameter);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawEllipse(circle);
    painter->setFont(m_smallFont);
    painter->setPen(Qt::white);
    painter->drawText(circle, Qt::AlignCenter, initials);
    return right - diameter;
}

int InboxDelegate::drawIcon(QPainter *painter, int right, int centreY, const QString &name, const QColor &tint) const
{
    const QPixmap &pixmap = iconPixmap(name);
    const int size = m_smallMetrics.height();
    painter->drawPixmap(QRect(right - size, centreY - size / 2, size, size), pixmap);
    if (tint.isValid()) { // the state of the sync with partner desks
        painter->setPen(Qt::NoPen);
        painter->setBrush(tint);
        painter->drawEllipse(QPointF(right - 2.5, centreY + size / 2.0 - 2.5), 2.5, 2.5);
    }
    return right - size;
}

void InboxDelegate::drawUnreadDot(QPainter *painter, int x, int centreY, bool unread, bool changed,
                                  const QColor &colour) const
{
    if (!unread && !changed)
        return;
    const QPointF centre(x + 4, centreY);
    painter->setPen(unread ? Qt::NoPen : QPen(colour, 1.5));
    painter->setBrush(unread ? QBrush(colour) : QBrush(Qt::NoBrush));
    painter->drawEllipse(centre, 3.5, 3.5);
}

const QPixmap &InboxDelegate::iconPixmap(const QString &name) const
{
    auto it = m_icons.find(name);
    if (it != m_icons.end())
        return *it;
    const int size = m_smallMetrics.height();
    const qreal ratio = qApp->devicePixelRatio();
    QPixmap pixmap;
    const QString resource = iconResource(name);
    if (QFile::exists(resource))
        pixmap = QIcon(resource).pixmap(QSize(size, size), ratio);
    if (pixmap.isNull()) {
        // No such icon in the set: a letter in a rounded square says the same.
        pixmap = QPixmap(QSize(size, size) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0x60, 0x60, 0x60), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3);
        QFont font = m_smallFont;
        font.setBold(true);
        p.setFont(font);
        p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, fallbackLetter(name));
    }
    return *m_icons.insert(name, pixmap);
}

} // namespace helpdesk::client
