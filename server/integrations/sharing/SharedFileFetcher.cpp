#include "integrations/sharing/SharedFileFetcher.h"

#include <algorithm>

namespace helpdesk::integrations::sharing {

FetchedFile SharedFileFetcher::fetch(const OutboundAddressPolicy &policy, const std::string &url,
                                     std::chrono::steady_clock::time_point deadline, std::int64_t maxBytes)
{
    OutboundRequest request;
    request.url = url;
    request.maxRedirects = 1;
    // Nothing secret goes with a file's request (its URL is the partner's signed link), so a
    // redirect to a storage service elsewhere is followed, checked like the first address.
    request.sameOriginRedirects = false;
    request.maxBytes = std::min(maxBytes, kMaxBytes);
    request.connectTimeout = request.readTimeout = std::chrono::seconds(kTimeoutSeconds);
    request.deadline = deadline;
    auto reply = OutboundHttp(policy).send(request);
    if (!reply.status)
        return {std::nullopt, reply.error};
    if (*reply.status != 200) {
        const int status = *reply.status;
        return {std::nullopt, "HTTP " + std::to_string(status), status == 403 || status == 404 || status == 410};
    }
    if (reply.tooLarge)
        return {std::nullopt,
                "larger than the " + std::to_string(request.maxBytes / (1024 * 1024)) + " MiB left to fetch",
                request.maxBytes == kMaxBytes};
    return {std::move(reply.body), {}};
}

} // namespace helpdesk::integrations::sharing
