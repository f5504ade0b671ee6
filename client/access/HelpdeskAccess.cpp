#include "access/HelpdeskAccess.h"

namespace helpdesk::client {

HelpdeskAccess::HelpdeskAccess(const QString &dataDirectory, std::unique_ptr<SecretStore> secrets)
    : m_session(dataDirectory, std::move(secrets), m_attachments), m_directory(m_session),
      m_actions(m_session, m_directory), m_context(m_session), m_workspace(m_session), m_presence(m_session),
      m_preferences(m_session), m_notifier(m_session, m_preferences), m_dashboards(m_session),
      m_admin(m_session, m_directory), m_inbox(m_session, m_actions), m_away(m_session), m_customers(m_session)
{
}

HelpdeskAccess::~HelpdeskAccess()
{
    m_session.closeAccount();
}

} // namespace helpdesk::client
