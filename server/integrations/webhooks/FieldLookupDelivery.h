#pragma once

#include "db/ConnectionPool.h"
#include "integrations/sharing/OutboundHttp.h"
#include "integrations/webhooks/WebhookDelivery.h"
#include "jobs/JobQueue.h"

#include <cstdint>

namespace helpdesk::integrations::webhooks {

/// Sends field lookups (domain::FieldLookups) as jobs of its queue: a POST to the integration's
/// lookup URL signed as webhooks are (X-Helpdesk-Signature with the lookup secret, X-Helpdesk-Event
/// "lookup"), through the same outbound address checks. An answer 2xx whose body is JSON with a
/// `fields` object is applied; anything else is tried again after the webhooks' growing delay
/// (with jitter, never before the receiver's Retry-After) until the attempts run out and the
/// lookup is dead. Every attempt is a line of the integration log, whose error names the fields
/// an answer set that the integration does not own. Any thread.
class FieldLookupDelivery
{
public:
    FieldLookupDelivery(db::ConnectionPool &pool, sharing::OutboundHttp http, WebhookRetryPolicy policy);
    /// Registers the lookup handler; call before the queue starts.
    void registerJobs(jobs::JobQueue &queue);
    /// Sends the lookup when it is pending, and applies or schedules again what came back.
    void run(std::int64_t lookupId);

private:
    db::ConnectionPool &m_pool;
    sharing::OutboundHttp m_http;
    WebhookRetryPolicy m_policy;
};

} // namespace helpdesk::integrations::webhooks
