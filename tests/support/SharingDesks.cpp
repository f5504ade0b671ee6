#include "support/SharingDesks.h"

#include "domain/Secrets.h"
#include "support/WaitUntil.h"

namespace helpdesk::test::sharing {

namespace {
std::string str(std::int64_t n)
{
    return std::to_string(n);
}

std::string sqlText(const std::string &text)
{
    std::string quoted = "'";
    for (char c : text)
        quoted += c == '\'' ? std::string("''") : std::string(1, c);
    return quoted + "'";
}
} // namespace

std::string ticketPath(std::int64_t ticketId, const std::string &rest)
{
    return "/api/v1/tickets/" + str(ticketId) + rest;
}

bool setPublicUrl(Desk &desk, const std::string &url)
{
    auto settings = json("{}");
    settings->set("public_url", url);
    return desk.as("admin").patch("/api/v1/settings/mail", settings).status == 200;
}

std::int64_t agreement(Desk &from, Desk &to, const std::string &receiverUrl, const std::string &terms, bool accept)
{
    auto body = json(terms);
    body->set("receiver_url", receiverUrl);
    body->set("name", "Desk on " + str(from.port()));
    auto made = from.as("admin").post("/api/v1/sharing/agreements", body);
    if (made.status != 201)
        return 0;
    auto uuid = made.object("agreement")->getValue<std::string>("uuid");
    auto id = made.object("agreement")->getValue<std::int64_t>("id");
    auto where = "FROM sharing_agreements WHERE uuid = " + sqlText(uuid);
    if (!waitUntil([&] { return to.scalar("SELECT id " + where) > 0; }, std::chrono::seconds(20), "invitation"))
        return 0;
    if (!accept)
        return id;
    auto accepted = json("{}");
    accepted->set("group_id", to.alpha());
    if (to.as("admin")
            .post("/api/v1/sharing/agreements/" + str(to.scalar("SELECT id " + where)) + "/accept", accepted)
            .status != 200)
        return 0;
    if (!waitUntil([&] { return from.text("SELECT status " + where) == "accepted"; }, std::chrono::seconds(20),
                   "acceptance"))
        return 0;
    return id;
}

std::int64_t idOnPartner(Desk &desk, std::int64_t agreementId, Desk &partner)
{
    return partner.scalar("SELECT id FROM sharing_agreements WHERE uuid = " +
                          sqlText(desk.text("SELECT uuid FROM sharing_agreements WHERE id = " + str(agreementId))));
}

std::string wireToken(Desk &desk, std::int64_t agreementId)
{
    const auto where = " FROM sharing_agreements WHERE id = " + str(agreementId);
    return desk.text("SELECT uuid" + where) + ":" + domain::secrets::open(desk.text("SELECT access_key" + where));
}

std::int64_t copyOf(Desk &desk, const std::string &uuid)
{
    return desk.scalar("SELECT coalesce(max(ticket_id), 0) FROM ticket_shares WHERE direction = 'inbound' AND uuid = " +
                       sqlText(uuid));
}

std::string share(Desk &desk, std::int64_t ticketId, std::int64_t agreementId)
{
    auto body = json("{}");
    body->set("agreement_id", agreementId);
    auto shared = desk.as("alphaFull").post(ticketPath(ticketId, "/shares"), body);
    return shared.status == 201 ? shared.object("share")->getValue<std::string>("uuid") : std::string();
}

int articlesWith(Desk &desk, std::int64_t ticketId, const std::string &text, int internal)
{
    auto list = desk.as("admin").get(ticketPath(ticketId, "/articles")).array("articles");
    int n = 0;
    for (unsigned i = 0; list && i < list->size(); ++i) {
        auto a = list->getObject(i);
        if (a->getValue<std::string>("body_text").find(text) == std::string::npos)
            continue;
        if (internal < 0 || a->getValue<bool>("internal") == (internal == 1))
            ++n;
    }
    return n;
}

long long articlesOnDesk(Desk &desk, const std::string &text)
{
    return desk.scalar("SELECT count(*) FROM articles WHERE strpos(body_text, " + sqlText(text) + ") > 0");
}

protocol::JsonObject shareOf(Desk &desk, std::int64_t ticketId)
{
    auto list = desk.as("alphaFull").get(ticketPath(ticketId, "/shares")).array("shares");
    return list && list->size() > 0 ? list->getObject(0) : nullptr;
}

bool outboxesDrained(Desk &a, Desk &b)
{
    return waitUntil(
        [&] {
            for (auto *desk : {&a, &b})
                if (desk->scalar("SELECT count(*) FROM sharing_outbox WHERE state = 'pending'") != 0 ||
                    desk->scalar("SELECT count(*) FROM jobs WHERE queue LIKE 'sharing.%' AND state <> 'done'") != 0)
                    return false;
            return true;
        },
        std::chrono::seconds(20), "the sharing outboxes drained");
}

void retryNow(Desk &desk)
{
    desk.exec("UPDATE sharing_outbox SET next_attempt_at = now() WHERE state = 'pending'");
    desk.exec("UPDATE jobs SET run_at = now() WHERE queue LIKE 'sharing.%' AND state = 'pending'");
}

} // namespace helpdesk::test::sharing
