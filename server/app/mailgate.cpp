// helpdesk-mailgate: the command an MTA pipes one message into. It hands the message to the
// server over HTTP with an API token and exits like a delivery agent should (sysexits.h):
//   0   delivered: the server stored the message (or had it already)
//   65  EX_DATAERR: refused for good, which only a 413 says (the message is over the size limit;
//       the server recorded its headers and the reason). Postfix, Exim and Sendmail bounce on 65;
//       the output starts with the enhanced status code 5.2.3, which Postfix's pipe(8) puts in
//       the bounce instead of the generic 5.6.0.
//   75  EX_TEMPFAIL: everything else: server unreachable, busy, restarting (503), a bad token,
//       a bad argument or any answer we do not understand. The MTA keeps the mail queued and
//       retries; a mistake of ours must never bounce a customer's mail.
//
// Postfix master.cf:  helpdesk unix - n n - - pipe flags=Rq user=helpdesk
//     argv=/usr/bin/helpdesk-mailgate --url http://127.0.0.1:8080 --token-file /etc/helpdesk/mailgate.token --recipient
//     ${recipient}
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
constexpr int kDataError = 65;
constexpr int kTempFail = 75;

/// Wrong arguments are a transport misconfigured: the mail stays queued until it is fixed.
int usage()
{
    std::cerr << "usage: helpdesk-mailgate --url URL (--token TOKEN | --token-file FILE) [--recipient ADDRESS]\n"
                 "       the token may also come from HELPDESK_MAILGATE_TOKEN\n";
    return kTempFail;
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
        if (status == 413) {
            std::cerr << "5.2.3 message too large for the helpdesk: " << body << "\n";
            return kDataError;
        }
        std::cerr << "4.3.0 helpdesk-mailgate: the server answered " << status << ": " << body << "\n";
        return kTempFail;
    } catch (const Poco::Exception &e) {
        std::cerr << "4.3.0 helpdesk-mailgate: " << e.displayText() << "\n";
        return kTempFail;
    } catch (const std::exception &e) {
        std::cerr << "4.3.0 helpdesk-mailgate: " << e.what() << "\n";
        return kTempFail;
    }
}
