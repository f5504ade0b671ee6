#include "mail/TlsContext.h"

#include <mutex>

namespace helpdesk::mail::tls {

namespace {
std::mutex g_mutex;
std::string g_caFile;
Poco::Net::Context::Ptr g_verifying;
Poco::Net::Context::Ptr g_trusting;
} // namespace

void trustCaFile(const std::string &path)
{
    std::lock_guard lock(g_mutex);
    g_caFile = path;
    g_verifying = nullptr; // rebuilt with the new CA on next use
}

Poco::Net::Context::Ptr clientContext(bool verifyPeer)
{
    std::lock_guard lock(g_mutex);
    auto &context = verifyPeer ? g_verifying : g_trusting;
    if (!context) {
        Poco::Net::Context::Params params;
        // RELAXED on a client verifies the server's chain; Poco then checks the host name.
        params.verificationMode = verifyPeer ? Poco::Net::Context::VERIFY_RELAXED : Poco::Net::Context::VERIFY_NONE;
        params.loadDefaultCAs = verifyPeer;
        params.caLocation = verifyPeer ? g_caFile : std::string();
        params.cipherList = "HIGH:!aNULL:!eNULL:!MD5:!RC4";
        context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
        context->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
    }
    return context;
}

} // namespace helpdesk::mail::tls
