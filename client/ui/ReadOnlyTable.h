#pragma once

class QAbstractItemModel;
class QString;
class QTableView;
class QWidget;

namespace helpdesk::client {

/// A table of `model` that is read, not edited: whole rows selected one at a time, the last
/// column stretched; `name` is its object name (tests find it by that).
QTableView *readOnlyTable(QAbstractItemModel *model, const QString &name, QWidget *parent);

} // namespace helpdesk::client
