#include "core/AgentWorkspace.h"

#include "core/AccountSession.h"
#include "core/JsonVariant.h"
#include "core/Replica.h"

namespace helpdesk::client {

AgentWorkspace::AgentWorkspace(AccountSession &session, QObject *parent) : QObject(parent), m_session(session) {}

void AgentWorkspace::saveDraft(qint64 ticketId, const QString &text)
{
    if (auto *replica = m_session.replica())
        replica->cache.setMeta(QStringLiteral("draft:%1").arg(ticketId), text);
}

QString AgentWorkspace::draft(qint64 ticketId) const
{
    auto *replica = m_session.replica();
    return replica ? replica->cache.meta(QStringLiteral("draft:%1").arg(ticketId)) : QString();
}

namespace {
/// A view's fields as view.create and view.update take them (docs/api.md, "Saved views").
QVariantMap viewParams(const SavedView &view)
{
    QVariantList conditions;
    for (const auto &c : view.conditions)
        conditions << QVariantMap{
            {QStringLiteral("field"), c.field}, {QStringLiteral("op"), c.op}, {QStringLiteral("value"), c.value}};
    return {
        {QStringLiteral("name"), view.name},
        {QStringLiteral("group_id"), view.groupId ? QVariant(*view.groupId) : QVariant()},
        {QStringLiteral("filter"),
         QVariantMap{{QStringLiteral("match"), view.matchAll ? QStringLiteral("all") : QStringLiteral("any")},
                     {QStringLiteral("conditions"), conditions}}},
        {QStringLiteral("sort"),
         QVariantMap{{QStringLiteral("field"), view.sortField},
                     {QStringLiteral("order"), view.sortAscending ? QStringLiteral("asc") : QStringLiteral("desc")}}},
        {QStringLiteral("columns"), view.columns},
    };
}
} // namespace

void AgentWorkspace::createView(const SavedView &view)
{
    if (auto *replica = m_session.replica())
        replica->outbox.submit(QStringLiteral("view.create"), toJsonObject(viewParams(view)), 0,
                               tr("New view \"%1\"").arg(view.name));
}

void AgentWorkspace::updateView(const SavedView &view)
{
    auto params = viewParams(view);
    params.insert(QStringLiteral("id"), view.id);
    if (auto *replica = m_session.replica())
        replica->outbox.submit(QStringLiteral("view.update"), toJsonObject(params), 0,
                               tr("Change of view \"%1\"").arg(view.name));
}

void AgentWorkspace::deleteView(const SavedView &view)
{
    if (auto *replica = m_session.replica())
        replica->outbox.submit(QStringLiteral("view.delete"), toJsonObject({{QStringLiteral("id"), view.id}}), 0,
                               tr("Deletion of view \"%1\"").arg(view.name));
}

} // namespace helpdesk::client
