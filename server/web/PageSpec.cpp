#include "web/PageSpec.h"

#include "protocol/ProtocolError.h"

#include <algorithm>

namespace helpdesk::web {

std::string PageCall::field(const Fields &fields, const std::string &name)
{
    auto found = fields.find(name);
    return found == fields.end() ? std::string() : found->second;
}

const std::string &PageCall::text(const std::string &key) const
{
    return services.translations.text(visitor.language, key);
}

std::string PageCall::format(const std::string &key, const std::map<std::string, std::string> &values) const
{
    return services.translations.format(visitor.language, key, values);
}

std::string PageCall::waitText(int retryAfterSeconds) const
{
    return format("sign_in_wait", {{"minutes", std::to_string(std::max(1, (retryAfterSeconds + 59) / 60))}});
}

std::optional<PageReply> secondFactorOrWait(const PageCall &call, const protocol::ApiError &error, bool askedCode,
                                            const char *codeNeeded, const char *codeWrong,
                                            const std::function<PageReply(const std::string &, bool, int)> &form)
{
    switch (error.code()) {
    case protocol::ErrorCode::TwoFactorRequired:
        return form(call.text(codeNeeded), true, 401);
    case protocol::ErrorCode::TwoFactorInvalid:
        return form(call.text(codeWrong), true, 401);
    case protocol::ErrorCode::TooManyRequests: {
        auto reply = form(call.waitText(error.retryAfterSeconds()), askedCode, 429);
        reply.retryAfterSeconds = error.retryAfterSeconds();
        return reply;
    }
    default:
        return std::nullopt;
    }
}

PageReply PageReply::show(std::string page, std::string titleKey, mstch::map values, int status)
{
    PageReply reply;
    reply.page = std::move(page);
    reply.titleKey = std::move(titleKey);
    reply.values = std::move(values);
    reply.status = status;
    return reply;
}

PageReply PageReply::redirect(std::string location)
{
    PageReply reply;
    reply.status = 303;
    reply.redirectTo = std::move(location);
    return reply;
}

PageReply PageReply::file(domain::AttachmentDownload download)
{
    PageReply reply;
    reply.download = std::move(download);
    return reply;
}

} // namespace helpdesk::web
