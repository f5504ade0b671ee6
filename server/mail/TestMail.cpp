#include "mail/TestMail.h"

#include "domain/MailAdmin.h"
#include "mail/SmtpSender.h"

#include <Poco/Exception.h>

#include <utility>

namespace helpdesk::mail {

protocol::JsonObject TestMail::send(db::ConnectionPool &pool, const domain::Actor &actor, const std::string &to)
{
    auto [settings, message] = pool.read([&](db::Tx &tx) {
        auto test = domain::MailAdmin::composeTestMail(tx, actor, to);
        return std::pair{test.settings, SmtpSender::buildMessage(tx, test.mail, test.settings)};
    });
    auto out = protocol::newObject();
    try {
        SmtpSender::deliver(settings.smtp, settings.noreplyAddress, {to}, message);
        out->set("sent", true);
        out->set("message",
                 "sent to " + to + " through " + settings.smtp.host + ":" + std::to_string(settings.smtp.port));
    } catch (const Poco::Exception &e) {
        out->set("sent", false);
        out->set("message", e.displayText());
    }
    return out;
}

} // namespace helpdesk::mail
