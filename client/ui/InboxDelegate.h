#pragma once

#include <QFont>
#include <QFontMetrics>
#include <QHash>
#include <QPixmap>
#include <QStyledItemDelegate>

namespace helpdesk::client {

/// Draws the inbox's rows from TicketListModel's roles. Comfortable: two lines per ticket, like a
/// mail client (unread dot, customer, channel and shared icons, owner initials, time; then the
/// subject with the start of the last public message, state and priority chips and the SLA badge),
/// painted in the one visible column. Compact: one line, each column drawn as a cell (chips, badge
/// and initials where they fit). Every row has the same height and nothing is laid out per row:
/// fonts and metrics are kept until the font changes, text is elided, icons are cached pixmaps,
/// so scrolling 100,000 tickets costs only the rows in sight. Main thread.
class InboxDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Density { Comfortable, Compact };

    explicit InboxDelegate(QObject *parent = nullptr);

    void setDensity(Density density);
    Density density() const { return m_density; }
    /// The font rows are drawn with (the view's); recomputes the kept metrics.
    void setFont(const QFont &font);
    /// The height of every row in the current density.
    int rowHeight() const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintTwoLines(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintCell(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    /// A rounded label in `colour` ending at `right` (x), vertically centred on `centreY`; its left edge.
    int drawChip(QPainter *painter, int right, int centreY, const QString &text, const QColor &colour,
                 bool filled) const;
    /// The owner's initials in a circle of a colour kept per name; its left edge.
    int drawInitials(QPainter *painter, int right, int centreY, const QString &initials, const QString &owner) const;
    /// The icon of a channel (email, phone_in, phone_out, web, channel) or "shared"; its left edge.
    int drawIcon(QPainter *painter, int right, int centreY, const QString &name, const QColor &tint) const;
    void drawUnreadDot(QPainter *painter, int x, int centreY, bool unread, bool changed, const QColor &colour) const;
    const QPixmap &iconPixmap(const QString &name) const;

    Density m_density = Density::Comfortable;
    QFont m_font;
    QFont m_boldFont;
    QFont m_smallFont;
    QFontMetrics m_metrics{QFont()};
    QFontMetrics m_boldMetrics{QFont()};
    QFontMetrics m_smallMetrics{QFont()};
    mutable QHash<QString, QPixmap> m_icons; // by name, at the small font's height
};

} // namespace helpdesk::client
