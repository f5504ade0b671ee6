// The registry of configuration kinds, without a server: every kind is listed once with the names
// its routes, events and audit entries use and the access it needs, accepts a plain document with
// the defaults a creation fills in, and refuses a bad one naming the offending field.

#include "domain/ConfigKinds.h"
#include "protocol/ProtocolError.h"

#include <QtTest>

#include <set>

using namespace helpdesk;
using domain::ConfigAccess;
using protocol::ErrorCode;

namespace {
/// One document a kind must refuse.
struct Rejection {
    const char *sentence;
    const char *kind;
    bool creating;
    const char *document;
    const char *field;
    ErrorCode code;
};

const std::vector<Rejection> &rejections()
{
    static const std::vector<Rejection> all{
        {"a state of an unknown type", "state", true, R"({"name": "Later", "state_type": "someday"})", "state_type",
         ErrorCode::ValidationFailed},
        {"a priority without a rank", "priority", true, R"({"name": "High"})", "rank", ErrorCode::ValidationFailed},
        {"a type with an empty name", "type", true, R"({"name": ""})", "name", ErrorCode::ValidationFailed},
        {"a group acknowledgement in no language", "group", true,
         R"({"name": "Sales", "acknowledgement_translations": {"english": {"subject": "Hi", "body": "Thanks"}}})",
         "acknowledgement_translations.english", ErrorCode::ValidationFailed},
        {"a group acknowledgement without its text", "group", false,
         R"({"acknowledgement_translations": {"de": {"subject": "Danke"}}})", "acknowledgement_translations.de.body",
         ErrorCode::BadRequest},
        {"an organization named with 201 characters", "organization", true, nullptr, "name",
         ErrorCode::ValidationFailed},
        {"an organization whose sharing is not a boolean", "organization", false, R"({"shared": "yes"})", "shared",
         ErrorCode::BadRequest},
        {"a custom field name with a space", "custom_field", true,
         R"({"object_kind": "ticket", "name": "serial no", "label": "Serial", "field_type": "text"})", "name",
         ErrorCode::ValidationFailed},
        {"a custom field of an unknown type", "custom_field", true,
         R"({"object_kind": "ticket", "name": "serial", "label": "Serial", "field_type": "money"})", "field_type",
         ErrorCode::ValidationFailed},
        {"a text module keyword with capitals", "text_module", true,
         R"({"keyword": "Thanks", "name": "Thanks", "body": "Thank you"})", "keyword", ErrorCode::ValidationFailed},
        {"a text module filed in a number", "text_module", false, R"({"folder": 7})", "folder", ErrorCode::BadRequest},
        {"business hours that end before they start", "calendar", true,
         R"({"name": "Office", "hours": {"mon": [["17:00", "08:00"]]}})", "hours.mon", ErrorCode::ValidationFailed},
        {"a holiday that is not a date", "calendar", false, R"({"holidays": ["25.12.2026"]})", "holidays",
         ErrorCode::ValidationFailed},
        {"an SLA solved in zero minutes", "sla", true, R"({"name": "Gold", "calendar_id": 1, "solution_minutes": 0})",
         "solution_minutes", ErrorCode::ValidationFailed},
        {"an SLA condition on an unknown list", "sla", false, R"({"condition": {"queue_ids": [1]}})",
         "condition.queue_ids", ErrorCode::BadRequest},
        {"a trigger on an unknown event", "trigger", true, R"({"name": "Escalate", "event": "sometimes"})", "event",
         ErrorCode::ValidationFailed},
        {"a trigger with an unknown condition", "trigger", false, R"({"conditions": {"weather": "rain"}})",
         "conditions.weather", ErrorCode::ValidationFailed},
        {"a macro with an unknown action", "macro", true, R"({"name": "Spam", "actions": {"delete_ticket": true}})",
         "actions.delete_ticket", ErrorCode::ValidationFailed},
        {"a macro change with an unknown key", "macro", false, R"({"colour": "red"})", "colour", ErrorCode::BadRequest},
        {"an integration allowed from a network that is none", "integration", true,
         R"({"name": "Billing", "allowed_networks": ["10.1.0.0/33"]})", "allowed_networks",
         ErrorCode::ValidationFailed},
        {"an integration log kept no days", "integration", false, R"({"log_retention_days": 0})", "log_retention_days",
         ErrorCode::ValidationFailed},
    };
    return all;
}

/// The document text of a rejection (one is built: a name too long to write out).
std::string documentOf(const Rejection &r)
{
    return r.document ? std::string(r.document) : "{\"name\": \"" + std::string(201, 'a') + "\"}";
}

/// A value as JSON text, to compare columns of any type.
std::string jsonOf(const Poco::Dynamic::Var &value)
{
    auto wrapper = protocol::newObject();
    wrapper->set("v", value);
    return protocol::toJsonText(wrapper);
}
} // namespace

class TestConfigKinds : public QObject
{
    Q_OBJECT

private slots:
    void registryListsEveryKindOnceWithItsRouteNames()
    {
        // The order is the order of the routes; the names are the wire format.
        const std::vector<std::pair<std::string, std::string>> expected{{"state", "states"},
                                                                        {"priority", "priorities"},
                                                                        {"type", "types"},
                                                                        {"group", "groups"},
                                                                        {"organization", "organizations"},
                                                                        {"custom_field", "custom_fields"},
                                                                        {"text_module", "text_modules"},
                                                                        {"calendar", "calendars"},
                                                                        {"sla", "slas"},
                                                                        {"trigger", "triggers"},
                                                                        {"macro", "macros"},
                                                                        {"integration", "integrations"}};
        std::vector<std::pair<std::string, std::string>> listed;
        std::set<std::string> names, plurals;
        std::set<int> tables;
        for (const auto *kind : domain::configKinds()) {
            listed.emplace_back(kind->name, kind->plural);
            names.emplace(kind->name);
            plurals.emplace(kind->plural);
            tables.insert(static_cast<int>(kind->rows));
            QVERIFY2(kind->readFields, std::string(kind->name).c_str());
            QCOMPARE(domain::findConfigKind(kind->name), kind);
            QCOMPARE(&domain::configKindFor(kind->rows), kind);
        }
        QVERIFY(listed == expected);
        QCOMPARE(names.size(), expected.size());
        QCOMPARE(plurals.size(), expected.size());
        QCOMPARE(tables.size(), expected.size());
        QVERIFY(!domain::findConfigKind("mailbox"));
        QVERIFY(!domain::findConfigKind(""));
    }

    void everyKindNeedsAnAdminToChangeAndStaffToList()
    {
        // Customers list groups and types to choose a queue on the web page; nothing else. Only
        // admins see the integrations (their networks, their webhooks' log).
        for (const auto *kind : domain::configKinds()) {
            const bool customersList = kind->name == "group" || kind->name == "type";
            const bool adminsList = kind->name == "integration";
            QCOMPARE(kind->listAccess, customersList ? ConfigAccess::SignedIn
                                       : adminsList  ? ConfigAccess::Admin
                                                     : ConfigAccess::Staff);
            QCOMPARE(kind->changeAccess, ConfigAccess::Admin);
        }
        domain::Actor customer, agent, admin;
        agent.role = protocol::Role::Agent;
        admin.role = protocol::Role::Admin;
        QVERIFY(domain::mayUse(customer, ConfigAccess::SignedIn));
        QVERIFY(!domain::mayUse(customer, ConfigAccess::Staff));
        QVERIFY(domain::mayUse(agent, ConfigAccess::Staff));
        QVERIFY(!domain::mayUse(agent, ConfigAccess::Admin));
        QVERIFY(domain::mayUse(admin, ConfigAccess::Admin));
    }

    void plainDocumentIsAcceptedWithTheDefaultsOfACreation_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        auto row = [](const char *sentence, const char *kind, const char *document, const char *key,
                      const char *value) {
            QTest::newRow(sentence) << QString::fromUtf8(kind) << QString::fromUtf8(document) << QString::fromUtf8(key)
                                    << QString::fromUtf8(value);
        };
        row("a new state is active", "state", R"({"name": "Waiting for parts", "state_type": "pending_reminder"})",
            "active", "true");
        row("a new priority is not the default", "priority", R"({"name": "Urgent", "rank": 1})", "is_default", "false");
        row("a new type is active", "type", R"({"name": "Incident"})", "active", "true");
        row("a new group signs with nothing", "group", R"({"name": "Sales", "addresses": ["sales@example.com"]})",
            "signature", R"("")");
        row("a new organization has no custom values", "organization", R"({"name": "Acme"})", "custom", "{}");
        row("a new custom field has no options", "custom_field",
            R"({"object_kind": "ticket", "name": "serial_no", "label": "Serial", "field_type": "text"})", "options",
            "[]");
        row("a new text module is active", "text_module",
            R"({"keyword": "thanks", "name": "Thanks", "body": "Thank you"})", "active", "true");
        row("a new text module is in no folder", "text_module",
            R"({"keyword": "thanks", "name": "Thanks", "body": "Thank you"})", "folder", R"("")");
        row("a new calendar counts in UTC", "calendar", R"({"name": "Office"})", "time_zone", R"("UTC")");
        row("a new SLA warns 30 minutes ahead", "sla", R"({"name": "Gold", "calendar_id": 1, "solution_minutes": 480})",
            "warning_minutes", "30");
        row("a new trigger runs at rank 100", "trigger",
            R"({"name": "VIP", "event": "created", "actions": {"add_tags": ["vip"]}})", "rank", "100");
        row("a new macro is active", "macro", R"({"name": "Spam", "actions": {"add_tags": ["spam"]}})", "active",
            "true");
        row("a new integration keeps its log 14 days", "integration", R"({"name": "Billing panel"})",
            "log_retention_days", "14");
        row("a new integration may be called from anywhere", "integration", R"({"name": "Billing panel"})",
            "allowed_networks", "[]");
    }

    void plainDocumentIsAcceptedWithTheDefaultsOfACreation()
    {
        QFETCH(QString, kind);
        QFETCH(QString, document);
        QFETCH(QString, key);
        QFETCH(QString, value);
        const auto *configKind = domain::findConfigKind(kind.toStdString());
        QVERIFY(configKind);
        auto params = protocol::parseJsonObject(document.toStdString());
        protocol::JsonReader request(params);
        auto read = configKind->read(request, true);
        QVERIFY2(read.columns->has(key.toStdString()), qPrintable(key));
        QCOMPARE(QString::fromStdString(jsonOf(read.columns->get(key.toStdString()))),
                 QStringLiteral("{\"v\":%1}").arg(value));
        // What the request gave is kept as given.
        for (const auto &[given, v] : *params)
            if (given != "addresses")
                QCOMPARE(QString::fromStdString(jsonOf(read.columns->get(given))), QString::fromStdString(jsonOf(v)));
        QCOMPARE(read.beside->has("addresses"), kind == QLatin1String("group"));
    }

    void everyKindHasABadDocument()
    {
        std::set<std::string> covered;
        for (const auto &r : rejections())
            covered.insert(r.kind);
        for (const auto *kind : domain::configKinds())
            QVERIFY2(covered.count(std::string(kind->name)), std::string(kind->name).c_str());
    }

    void badDocumentIsRejectedNamingTheField_data()
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < rejections().size(); ++i)
            QTest::newRow(rejections()[i].sentence) << static_cast<int>(i);
    }

    void badDocumentIsRejectedNamingTheField()
    {
        QFETCH(int, index);
        const auto &rejection = rejections()[static_cast<std::size_t>(index)];
        const auto *kind = domain::findConfigKind(rejection.kind);
        QVERIFY(kind);
        protocol::JsonReader request(protocol::parseJsonObject(documentOf(rejection)));
        try {
            kind->read(request, rejection.creating);
            QFAIL("the document was accepted");
        } catch (const protocol::ApiError &e) {
            QCOMPARE(QString::fromStdString(e.field()), QString::fromUtf8(rejection.field));
            QCOMPARE(static_cast<int>(e.code()), static_cast<int>(rejection.code));
        }
    }
};

QTEST_GUILESS_MAIN(TestConfigKinds)
#include "tst_config_kinds.moc"
