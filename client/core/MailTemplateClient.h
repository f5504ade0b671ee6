#pragma once

#include "protocol/Json.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>

#include <functional>

namespace helpdesk::client {

class AccountSession;

/// The mail templates of one group, or of the whole desk (group 0), for the admins' template
/// editor, over the server's mail_template.* methods (online only; docs/api.md, Mail templates).
/// Each call answers with one signal, or `failed` with the field the server refused and why.
/// Main thread.
class MailTemplateClient : public QObject
{
    Q_OBJECT
public:
    explicit MailTemplateClient(AccountSession &session, QObject *parent = nullptr);

    /// The templates a group may change, or every template for the desk (templatesListed).
    void list(qint64 groupId);
    /// One template as it stands for that group or the desk (loaded).
    void load(qint64 groupId, const QString &name, const QString &language);
    /// Stores that level's subject and body (saved, with the template as it now stands).
    void save(qint64 groupId, const QString &name, const QString &language, const QString &subject,
              const QString &body);
    /// Removes that level's texts, so what lies beneath applies again (saved).
    void reset(qint64 groupId, const QString &name, const QString &language);
    /// The server's rendering of these texts with sample values, or where they break (previewed).
    void preview(qint64 groupId, const QString &name, const QString &language, const QString &subject,
                 const QString &body);

signals:
    /// name, scope, description, placeholders, languages (language, subject_from, body_from).
    void templatesListed(qint64 groupId, const QVariantList &templates);
    /// name, language, group_id, subject, body, subject_from, body_from, default_subject,
    /// default_body, placeholders (name, sample).
    void loaded(const QVariantMap &entry);
    void saved(const QVariantMap &entry);
    /// subject, body (null when broken), problems (field, line, column, message).
    void previewed(const QVariantMap &preview);
    void failed(const QString &field, const QString &reason);

private:
    /// Sends `method` with the level's and the template's parameters; `done` gets the answer.
    void call(const QString &method, qint64 groupId, QVariantMap params,
              const std::function<void(const protocol::JsonObject &)> &done);

    AccountSession &m_session;
};

} // namespace helpdesk::client
