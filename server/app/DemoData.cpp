#include "app/DemoData.h"

#include "db/ConfigRepository.h"
#include "db/UserRepository.h"
#include "domain/AdminService.h"
#include "domain/TicketService.h"

#include <Poco/Logger.h>

namespace helpdesk::app {

namespace {
using protocol::JsonObject;

JsonObject object(std::initializer_list<std::pair<const char *, Poco::Dynamic::Var>> items)
{
    auto o = protocol::newObject();
    for (const auto &[k, v] : items)
        o->set(k, v);
    return o;
}

struct DemoTicket {
    const char *title;
    int group;    // index into groups
    int customer; // index into customers
    const char *body;
    const char *reply; // agent's answer, or nullptr
};
} // namespace

void loadDemoData(db::ConnectionPool &pool)
{
    pool.write([&](db::Tx &tx) {
        if (db::UserRepository::findByEmail(tx, "alice@demo.example"))
            return;
        domain::Actor system;
        system.userId = 0;
        system.role = protocol::Role::Admin;
        system.name = "Demo";
        system.email = "demo@localhost";
        auto admin = db::UserRepository::list(tx, {protocol::Role::Admin, std::nullopt, std::nullopt, std::nullopt, 1});
        if (!admin.empty())
            system.userId = admin.front().id;

        auto acme = domain::AdminService::create(tx, system, domain::configKindFor(db::ConfigKind::Organization),
                                                 object({{"name", "Acme Labs"}, {"shared", true}}));
        // Each queue is offered on the requester portal, described as its customers would choose it.
        const std::pair<const char *, const char *> groupNames[] = {
            {"Support", "Accounts, computers, printers and anything else"},
            {"Network", "Wi-Fi, cables, the VPN and the phones on your desk"},
            {"Video", "Video conferences, projectors and recordings"}};
        std::vector<std::int64_t> groups;
        for (const auto &[name, description] : groupNames) {
            auto lower = std::string(name);
            for (auto &c : lower)
                c = static_cast<char>(std::tolower(c));
            auto addresses = protocol::newArray();
            addresses->add(lower + "@demo.example");
            auto g = domain::AdminService::create(tx, system, domain::configKindFor(db::ConfigKind::Group),
                                                  object({{"name", std::string(name)},
                                                          {"addresses", addresses},
                                                          {"offered_to_customers", true},
                                                          {"customer_description", std::string(description)},
                                                          {"ratings_enabled", true}}));
            groups.push_back(g->getValue<std::int64_t>("id"));
        }
        const std::pair<const char *, const char *> agents[] = {{"alice@demo.example", "Alice Agent"},
                                                                {"bob@demo.example", "Bob Agent"}};
        std::vector<domain::Actor> agentActors;
        for (const auto &[email, name] : agents) {
            auto user = domain::AdminService::createUser(tx, system,
                                                         object({{"email", std::string(email)},
                                                                 {"name", std::string(name)},
                                                                 {"role", "agent"},
                                                                 {"password", "demo-password"}}));
            for (auto groupId : groups)
                domain::AdminService::setGroupMember(
                    tx, system, object({{"group_id", groupId}, {"user_id", user.id}, {"access", "full"}}));
            agentActors.push_back(*domain::loadActor(tx, user.id));
        }
        domain::AdminService::createUser(tx, system,
                                         object({{"email", "sue@demo.example"},
                                                 {"name", "Sue Supervisor"},
                                                 {"role", "supervisor"},
                                                 {"password", "demo-password"}}));
        // An admin who configures the desk from the client's settings pane.
        domain::AdminService::createUser(tx, system,
                                         object({{"email", "ada@demo.example"},
                                                 {"name", "Ada Admin"},
                                                 {"role", "admin"},
                                                 {"password", "demo-password"}}));
        // Business hours, an SLA and a trigger, so the inbox shows due times and the settings
        // pane has something to show.
        auto calendar =
            domain::AdminService::create(tx, system, domain::configKindFor(db::ConfigKind::Calendar),
                                         object({{"name", "Office hours"}, {"time_zone", "Europe/Berlin"}}));
        domain::AdminService::create(tx, system, domain::configKindFor(db::ConfigKind::Sla),
                                     object({{"name", "Standard"},
                                             {"calendar_id", calendar->getValue<std::int64_t>("id")},
                                             {"first_response_minutes", 240},
                                             {"update_minutes", 480},
                                             {"solution_minutes", 2880}}));
        auto vip = protocol::parseJsonObject(
            R"({"name": "VIP customers first", "event": "created", "conditions": {"tags_include": ["vip"]},
                "actions": {"add_tags": ["escalated"], "notify_agents": "A VIP customer opened a ticket."}})");
        domain::AdminService::create(tx, system, domain::configKindFor(db::ConfigKind::Trigger), vip);
        const char *customerNames[][2] = {{"carol@acme.example", "Carol Customer"},
                                          {"dave@acme.example", "Dave Dawson"},
                                          {"erin@example.org", "Erin Example"}};
        std::vector<protocol::User> customers;
        for (const auto &c : customerNames) {
            auto params =
                object({{"email", std::string(c[0])}, {"name", std::string(c[1])}, {"password", "demo-password"}});
            if (std::string(c[0]).find("acme") != std::string::npos)
                params->set("organization_id", acme->getValue<std::int64_t>("id"));
            customers.push_back(domain::AdminService::createUser(tx, system, params));
        }
        const DemoTicket tickets[] = {
            {"Printer on floor 2 prints blank pages", 0, 0, "Since this morning every page comes out blank.",
             "Thanks Carol, we are replacing the toner cartridge now."},
            {"VPN drops every 10 minutes", 1, 1, "My VPN connection drops every ten minutes since the update.",
             nullptr},
            {"Projector in room B has no signal", 2, 2, "The projector in room B says 'no signal' with every laptop.",
             "Could you try the HDMI cable on the left side of the desk?"},
            {"New starter needs an account", 0, 1, "Please create an account for our new colleague Frank.", nullptr},
            {"Wi-Fi slow in the lab", 1, 0, "Downloads crawl at 1 Mbit/s in the lab since Monday.", nullptr},
        };
        std::vector<std::int64_t> ticketIds;
        for (const auto &t : tickets) {
            protocol::TicketCreateParams params;
            params.title = t.title;
            params.groupId = groups[static_cast<std::size_t>(t.group)];
            params.customerId = customers[static_cast<std::size_t>(t.customer)].id;
            protocol::ArticleParams article;
            article.channel = "email";
            article.bodyText = t.body;
            params.article = article;
            // The customer's own words arrive as an e-mail article written by the customer.
            domain::Actor customer;
            customer.userId = customers[static_cast<std::size_t>(t.customer)].id;
            customer.role = protocol::Role::Customer;
            customer.name = customers[static_cast<std::size_t>(t.customer)].name;
            customer.email = customers[static_cast<std::size_t>(t.customer)].email;
            customer.organizationId = customers[static_cast<std::size_t>(t.customer)].organizationId;
            protocol::TicketCreateParams customerParams;
            customerParams.title = t.title;
            customerParams.groupId = params.groupId;
            customerParams.article = article;
            customerParams.article->channel = "web";
            auto created = domain::TicketService::create(tx, customer, customerParams);
            auto ticketId = created->getObject("ticket")->getValue<std::int64_t>("id");
            ticketIds.push_back(ticketId);
            if (t.reply) {
                protocol::ArticleParams reply;
                reply.channel = "email";
                reply.bodyText = t.reply;
                domain::TicketService::addArticle(tx, agentActors[0], ticketId, reply);
            }
        }
        // The printer is fixed: closed, and Carol rated the answer (the dashboards' ratings).
        auto states = db::ConfigRepository::list(tx, db::ConfigKind::State);
        for (unsigned i = 0; i < states->size(); ++i) {
            if (states->getObject(i)->getValue<std::string>("state_type") != "closed")
                continue;
            protocol::TicketUpdateParams close;
            close.id = ticketIds.front();
            close.stateId = states->getObject(i)->getValue<std::int64_t>("id");
            domain::TicketService::update(tx, agentActors[0], close);
            domain::Actor carol;
            carol.userId = customers[0].id;
            carol.role = protocol::Role::Customer;
            carol.name = customers[0].name;
            carol.email = customers[0].email;
            carol.organizationId = customers[0].organizationId;
            domain::TicketService::rate(tx, carol, ticketIds.front(), 5,
                                        std::string("Fixed within the hour, thank you!"));
            break;
        }
        Poco::Logger::get("helpdesk.server")
            .information("demo data loaded: agents alice@demo.example and "
                         "bob@demo.example, supervisor sue@demo.example, admin "
                         "ada@demo.example, password demo-password");
    });
}

} // namespace helpdesk::app
