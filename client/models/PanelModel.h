#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace helpdesk::client {

/// One dashboard panel's rows as a table: a column per key of the server's row objects, in the
/// order the first row gives them. Charts map it with Qt Charts' model mappers; CSV export reads
/// it. Main thread.
class PanelModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit PanelModel(const QString &panel, QObject *parent = nullptr);

    QString panel() const { return m_panel; }
    void setRows(const QVariantList &rows);
    QStringList columns() const { return m_columns; }
    /// Shows only these keys, under these headers (empty: every key of the first row).
    void setColumns(const QStringList &keys, const QStringList &headers);
    /// How a cell is shown (names for ids, yes/no); the raw value stays in Qt::EditRole.
    void setDisplay(std::function<QVariant(const QString &key, const QVariant &value)> display);
    /// A whole row as the server sent it, hidden keys included.
    QVariantMap row(int index) const { return m_rows.value(index); }
    /// The rows as CSV (RFC 4180 quoting), with a header line; a cell a spreadsheet would run as a
    /// formula starts with an apostrophe.
    QString toCsv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_panel;
    QStringList m_columns;
    QStringList m_headers;
    bool m_fixedColumns = false;
    std::function<QVariant(const QString &, const QVariant &)> m_display;
    QList<QVariantMap> m_rows;
};

} // namespace helpdesk::client
