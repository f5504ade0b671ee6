#pragma once

#include "db/ConnectionPool.h"
#include "integrations/sharing/OutboundHttp.h"
#include "integrations/sharing/TicketPayload.h"
#include "jobs/JobQueue.h"
#include "protocol/Messages.h"

#include <cstdint>
#include <string>

namespace helpdesk::integrations::sharing {

/// Fetches again, later, a partner's file that could not be fetched with its comment (the partner
/// down, a timeout, over the request's budget): a job per file, retried with the job queue's
/// backoff (2 s doubling up to an hour) until the file arrives, its link expires (the `expires`
/// of a Helpdesk link, else SharedFileLinks::kValidSeconds), the partner answers that it is gone
/// (403, 404, 410), the file proves larger than any fetch may be, or the ticket is no longer shared
/// under the agreement. The file then joins its article, whose "not fetched" line goes (or says
/// why it never came), and goes on to the ticket's other partners (TicketShares::passOnLateFile). One file in memory
/// per job, within SharedFileFetcher's limits. Any thread.
class SharedFileRetries
{
public:
    static constexpr const char *kQueue = "sharing.fetch_file";

    /// Queues the fetch of `file`, missing from article `articleId` (received under the agreement)
    /// whose text names it with `mention`; `index` tells the files of one article apart.
    static void schedule(db::Tx &tx, std::int64_t agreementId, std::int64_t articleId, const ShareAttachment &file,
                         const std::string &mention, int index);
    /// The line an article's text carries for a file that is not (yet) there.
    static std::string mentionOf(const ShareAttachment &file, const std::string &problem);
    /// The attachment of a fetched file: its name and type as the partner gave them, made safe.
    static protocol::AttachmentRef attachmentOf(const ShareAttachment &file, const std::string &content);

    /// Registers the handler of kQueue; files are fetched from what `partnerAddresses` allows.
    static void registerJobs(jobs::JobQueue &queue, db::ConnectionPool &pool, OutboundAddressPolicy partnerAddresses);
};

} // namespace helpdesk::integrations::sharing
