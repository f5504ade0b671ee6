#include "FuzzTargets.h"

#include "api/WebSocketFrames.h"
#include "domain/HtmlSanitizer.h"
#include "integrations/freshdesk/RailsXml.h"
#include "mail/AuthenticationResults.h"
#include "mail/HtmlText.h"
#include "mail/ImapClient.h"
#include "mail/MailParser.h"
#include "protocol/Json.h"
#include "protocol/ProtocolError.h"

#include <Poco/Exception.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>

#include <sstream>
#include <stdexcept>
#include <thread>

namespace helpdesk::fuzz {

void mailParser(std::string_view input)
{
    try {
        auto parsed = mail::MailParser::parse(std::string(input));
        (void)parsed.toJson();
    } catch (const mail::MailParseError &) {
    }
}

void jsonCodec(std::string_view input)
{
    try {
        auto object = protocol::parseJsonObject(std::string(input));
        // What was accepted must be written and read back.
        (void)protocol::parseJsonObject(protocol::toJsonText(object));
    } catch (const protocol::ApiError &) {
    }
}

void htmlText(std::string_view input)
{
    const std::string html(input);
    (void)mail::htmltext::toPlainText(html);
    (void)domain::HtmlSanitizer::sanitize(html);
}

void imapReader(std::string_view input)
{
    // A peer that greets with the input and reads whatever the client sends until it hangs up.
    static Poco::Net::ServerSocket listener(Poco::Net::SocketAddress("127.0.0.1", 0));
    std::thread peer([&] {
        auto connection = listener.acceptConnection();
        connection.setReceiveTimeout(Poco::Timespan(2, 0));
        try {
            connection.sendBytes(input.data(), static_cast<int>(input.size()));
            connection.shutdownSend();
            char sink[4096];
            while (connection.receiveBytes(sink, sizeof sink) > 0) {
            }
        } catch (const Poco::Exception &) {
        }
    });
    try {
        mail::ImapClient client("127.0.0.1", listener.address().port(), "none", true, 2);
        client.login("user", "password");
        client.select("INBOX");
        auto uids = client.uidsAbove(0);
        (void)client.sizes(uids);
        if (!uids.empty()) {
            (void)client.fetchHeader(uids.front());
            (void)client.fetch(uids.front());
        }
        client.markSeen(uids);
        client.move(uids, "Processed");
        client.logout();
    } catch (const mail::MailboxError &) {
    } catch (const Poco::Exception &) {
    }
    peer.join();
}

void freshdeskXml(std::string_view input)
{
    std::istringstream in{std::string(input)};
    try {
        integrations::freshdesk::readRecords(in, "fuzz.xml",
                                             [](const integrations::freshdesk::XmlNode &record, long long) {
                                                 (void)record.text("id");
                                                 (void)record.integer("id");
                                             });
    } catch (const std::runtime_error &) {
    }
}

void websocketFrames(std::string_view input)
{
    api::websocket::FrameDecoder decoder(64 * 1024);
    try {
        // Fed in two pieces, as bytes arrive from a socket.
        decoder.feed(input.substr(0, input.size() / 2));
        while (decoder.next()) {
        }
        decoder.feed(input.substr(input.size() / 2));
        while (decoder.next()) {
        }
    } catch (const api::websocket::FrameError &) {
    }
}

void authenticationResults(std::string_view input)
{
    (void)mail::AuthenticationResults::parse(input);
    (void)mail::judgeSender({std::string(input)}, {"mx.desk.example"}, "someone@desk.example");
}

const std::vector<Target> &targets()
{
    static const std::vector<Target> all{
        {"mail_parser", mailParser},
        {"json_codec", jsonCodec},
        {"html_text", htmlText},
        {"imap_reader", imapReader},
        {"freshdesk_xml", freshdeskXml},
        {"websocket_frames", websocketFrames},
        {"authentication_results", authenticationResults},
    };
    return all;
}

} // namespace helpdesk::fuzz
