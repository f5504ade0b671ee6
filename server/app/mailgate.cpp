// helpdesk-mailgate: the command an MTA pipes one message into. It hands the message to the
// server over HTTP with an API token and exits like a delivery agent should:
//   0   delivered (the server stored it)
//   75  EX_TEMPFAIL: the server is unreachable, busy or misconfigured; the MTA retries later
//   65  EX_DATAERR: the server refuses this message for good (e.g. far too large); the MTA bounces
//   64  EX_USAGE: wrong arguments
//
// Postfix master.cf:  helpdesk unix - n n - - pipe flags=Rq user=helpdesk
//     argv=/usr/bin/helpdesk-mailgate --url http://127.0.0.1:8080 --token-file /etc/helpdesk/mailgate.token --recipient ${recipient}
// Exim transport:     command = /usr/bin/helpdesk-mailgate --url … --token-file … --recipient $local_part@$domain

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

namespace {
constexpr int kOk = 0;
constexpr int kUsage = 64;
constexpr int kDataError = 65;
constexpr int kTempFail = 75;

int usage()
{
    std::cerr << "usage: helpdesk-mailgate --url URL (--token TOKEN | --token-file FILE) [--recipient ADDRESS]\n"
                 "       the token may also come from HELPDESK_MAILGATE_TOKEN\n";
    return kUsage;
}

std::string trimmed(std::string s)
{
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' '))
        s.pop_back();
    return s;
}
} // namespace

int main(int argc, char **argv)
{
    std::string url, token, recipient;
    if (const char *env = std::getenv("HELPDESK_MAILGATE_TOKEN"))
        token = env;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (i + 1 >= argc)
            return usage();
        std::string value = argv[++i];
        if (arg == "--url")
            url = value;
        else if (arg == "--token")
            token = value;
        else if (arg == "--token-file") {
            std::ifstream file(value);
            if (!file) {
                std::cerr << "helpdesk-mailgate: cannot read " << value << "\n";
                return kTempFail;
            }
            std::getline(file, token);
            token = trimmed(token);
        } else if (arg == "--recipient")
            recipient = value;
        else
            return usage();
    }
    if (url.empty() || token.empty())
        return usage();

    std::string message((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    try {
        Poco::URI uri(url);
        std::string path = "/api/v1/mail/inbound";
        if (!recipient.empty()) {
            std::string encoded;
            Poco::URI::encode(recipient, "&=+?#", encoded);
            path += "?recipient=" + encoded;
        }
        Poco::Net::HTTPClientSession session(uri.getHost(), uri.getPort());
        session.setTimeout(Poco::Timespan(120, 0));
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, path, Poco::Net::HTTPMessage::HTTP_1_1);
        request.set("Authorization", "Bearer " + token);
        request.setContentType("message/rfc822");
        request.setContentLength(static_cast<std::streamsize>(message.size()));
        session.sendRequest(request) << message;
        Poco::Net::HTTPResponse response;
        std::string body;
        Poco::StreamCopier::copyToString(session.receiveResponse(response), body);
        int status = response.getStatus();
        if (status >= 200 && status < 300)
            return kOk;
        std::cerr << "helpdesk-mailgate: the server answered " << status << ": " << body << "\n";
        // Credentials, throttling and server trouble are fixed on our side: keep the mail queued.
        if (status == 401 || status == 403 || status == 408 || status == 429 || status >= 500)
            return kTempFail;
        return kDataError;
    } catch (const Poco::Exception &e) {
        std::cerr << "helpdesk-mailgate: " << e.displayText() << "\n";
        return kTempFail;
    } catch (const std::exception &e) {
        std::cerr << "helpdesk-mailgate: " << e.what() << "\n";
        return kTempFail;
    }
}
