#include "support/MailScenario.h"

#include "support/Desk.h"
#include "support/Mailgate.h"
#include "support/WaitUntil.h"

#include <QtGlobal>

namespace helpdesk::test {

std::string uniqueMessageId(const std::string &what, const std::string &domain)
{
    static int serial = 0;
    return what + "-" + std::to_string(++serial) + "@" + domain;
}

std::string plainMail(const std::string &from, const std::string &to, const std::string &subject,
                      const std::string &body, const std::string &messageId, const std::string &extraHeaders,
                      const std::string &trace)
{
    return trace + "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject +
           "\r\nDate: Tue, 24 Nov 2026 10:00:00 +0000\r\nMessage-ID: <" + messageId +
           ">\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n" + extraHeaders + "\r\n" + body +
           "\r\n";
}

MailScenario::MailScenario(Desk &desk, const SmtpSink &sink, std::string mailgateToken)
    : m_desk(desk), m_sink(sink), m_mailgateToken(std::move(mailgateToken))
{
}

int MailScenario::deliver(const std::string &raw, const std::string &recipient, int port,
                          const std::string &token) const
{
    auto run = runMailgate(port ? port : m_desk.port(), token.empty() ? m_mailgateToken : token, raw, recipient);
    if (run.exitCode != 0)
        qInfo("mailgate exited %d: %s", run.exitCode, run.output.c_str());
    return run.exitCode;
}

protocol::JsonObject MailScenario::inboundFor(const std::string &messageId) const
{
    auto admin = m_desk.as("admin");
    protocol::JsonObject found;
    waitUntil(
        [&] {
            auto list = admin.get("/api/v1/mail/inbound?limit=1000").array("messages");
            for (unsigned k = 0; k < list->size() && !found; ++k) {
                auto m = list->getObject(k);
                if (m->getValue<std::string>("state") != "pending" && !m->isNull("message_id") &&
                    m->getValue<std::string>("message_id") == messageId)
                    found = m;
            }
            return !found.isNull();
        },
        std::chrono::seconds(10), "inbound message <" + messageId + "> is interpreted");
    return found;
}

std::vector<ReceivedMail> MailScenario::mailTo(const std::string &address, const std::string &subjectPart) const
{
    std::vector<ReceivedMail> out;
    for (auto &m : m_sink.messages())
        if (m.header("X-RcptTo").find(address) != std::string::npos &&
            m.header("Subject").find(subjectPart) != std::string::npos)
            out.push_back(m);
    return out;
}

bool MailScenario::waitForMailTo(const std::string &address, std::size_t count, const std::string &subjectPart,
                                 std::chrono::milliseconds timeout) const
{
    return waitUntil([&] { return mailTo(address, subjectPart).size() >= count; }, timeout,
                     std::to_string(count) + " mail \"" + subjectPart + "\" reached " + address);
}

} // namespace helpdesk::test
