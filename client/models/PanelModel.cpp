#include "models/PanelModel.h"

namespace helpdesk::client {

PanelModel::PanelModel(const QString &panel, QObject *parent) : QAbstractTableModel(parent), m_panel(panel) {}

void PanelModel::setRows(const QVariantList &rows)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &row : rows)
        m_rows << row.toMap();
    if (!m_rows.isEmpty() && !m_fixedColumns)
        m_columns = m_rows.front().keys();
    endResetModel();
}

void PanelModel::setColumns(const QStringList &keys, const QStringList &headers)
{
    beginResetModel();
    m_fixedColumns = !keys.isEmpty();
    m_columns = keys;
    m_headers = headers;
    if (!m_fixedColumns && !m_rows.isEmpty())
        m_columns = m_rows.front().keys();
    endResetModel();
}

void PanelModel::setDisplay(std::function<QVariant(const QString &key, const QVariant &value)> display)
{
    beginResetModel();
    m_display = std::move(display);
    endResetModel();
}

QString PanelModel::toCsv() const
{
    auto quote = [](QString text) {
        // A spreadsheet runs a cell starting with = + - @ (or a tab or CR before one) as a formula,
        // and panels carry names and titles that customers and agents wrote: such a cell starts
        // with an apostrophe, which shows the text as text. Plain numbers (-5, +3.2) stay numbers.
        static const QString formulaStarts = QStringLiteral("=+-@\t\r");
        bool isNumber = false;
        text.toDouble(&isNumber);
        if (!text.isEmpty() && formulaStarts.contains(text.front()) && !isNumber)
            text.prepend(QLatin1Char('\''));
        if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) ||
            text.contains(QLatin1Char('\r')))
            text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return text;
    };
    QStringList lines;
    QStringList header;
    for (const auto &c : m_columns)
        header << quote(c);
    lines << header.join(QLatin1Char(','));
    for (const auto &row : m_rows) {
        QStringList cells;
        for (const auto &c : m_columns)
            cells << quote(row.value(c).toString());
        lines << cells.join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int PanelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PanelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant PanelModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    auto key = m_columns.value(index.column());
    auto value = m_rows.value(index.row()).value(key);
    if (role == Qt::DisplayRole && m_display)
        return m_display(key, value);
    // Charts want numbers; the server's JSON numbers may arrive as text through the bridge.
    bool ok = false;
    double number = value.toDouble(&ok);
    return ok && value.typeId() != QMetaType::QString ? QVariant(number) : value;
}

QVariant PanelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_fixedColumns && section < m_headers.size() ? m_headers.value(section) : m_columns.value(section);
    return {};
}

} // namespace helpdesk::client
