#include "domain/CustomFields.h"

#include "db/ConfigRepository.h"
#include "protocol/ProtocolError.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeParser.h>
#include <re2/re2.h>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain::customfields {

namespace {
bool inOptions(const protocol::JsonObject &definition, const std::string &value)
{
    auto options = definition->getArray("options");
    for (unsigned i = 0; options && i < options->size(); ++i)
        if (options->get(i).toString() == value)
            return true;
    return false;
}

void checkValue(const protocol::JsonObject &definition, const Poco::Dynamic::Var &value)
{
    const auto name = definition->getValue<std::string>("name");
    const auto type = definition->getValue<std::string>("field_type");
    const std::string field = "custom." + name;
    auto fail = [&](const std::string &why) { throw ApiError(ErrorCode::ValidationFailed, field + " " + why, field); };
    if (type == "text") {
        if (!value.isString())
            fail("must be text");
        if (value.extract<std::string>().size() > 10000)
            fail("is longer than 10000 characters");
    } else if (type == "integer") {
        if (!value.isInteger())
            fail("must be an integer");
    } else if (type == "boolean") {
        if (!value.isBoolean())
            fail("must be true or false");
    } else if (type == "date") {
        static const RE2 date(R"(\d{4}-\d{2}-\d{2})");
        if (!value.isString() || !RE2::FullMatch(value.extract<std::string>(), date))
            fail("must be a date like 2026-01-31");
    } else if (type == "datetime") {
        static const RE2 datetime(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))");
        int tz = 0;
        Poco::DateTime parsed;
        if (!value.isString() || !RE2::FullMatch(value.extract<std::string>(), datetime) ||
            !Poco::DateTimeParser::tryParse(Poco::DateTimeFormat::ISO8601_FRAC_FORMAT, value.extract<std::string>(),
                                            parsed, tz))
            fail("must be an ISO 8601 date and time like 2026-01-31T12:00:00Z");
    } else if (type == "select") {
        if (!value.isString() || !inOptions(definition, value.extract<std::string>()))
            fail("must be one of the field's options");
    } else if (type == "multiselect") {
        if (value.type() != typeid(protocol::JsonArray))
            fail("must be a list of the field's options");
        auto list = value.extract<protocol::JsonArray>();
        for (unsigned i = 0; i < list->size(); ++i)
            if (!list->get(i).isString() || !inOptions(definition, list->get(i).toString()))
                fail("must be a list of the field's options");
    }
}

protocol::JsonObject definitionNamed(const protocol::JsonArray &definitions, const std::string &name)
{
    for (unsigned i = 0; definitions && i < definitions->size(); ++i) {
        auto d = definitions->getObject(i);
        if (d->getValue<std::string>("name") == name)
            return d;
    }
    return nullptr;
}
} // namespace

std::optional<std::int64_t> ownerOf(const protocol::JsonObject &definition)
{
    if (!definition || !definition->has("integration_id") || definition->isNull("integration_id"))
        return std::nullopt;
    return definition->getValue<std::int64_t>("integration_id");
}

void requireOwner(const protocol::JsonArray &definitions, const protocol::JsonObject &changes,
                  std::optional<std::int64_t> writerIntegration)
{
    if (!changes)
        return;
    for (const auto &[key, value] : *changes) {
        auto owner = ownerOf(definitionNamed(definitions, key));
        if (owner && owner != writerIntegration)
            throw ApiError(ErrorCode::Forbidden,
                           "custom." + key + " is filled by integration " + std::to_string(*owner) +
                               ": only its API tokens set it",
                           "custom." + key);
    }
}

void requireOwner(db::Tx &tx, const Actor &actor, const std::string &objectKind, const Poco::Dynamic::Var &custom)
{
    if (custom.isEmpty() || custom.type() != typeid(protocol::JsonObject))
        return;
    std::optional<std::int64_t> writer;
    if (actor.integration)
        writer = actor.integration->id;
    requireOwner(db::ConfigRepository::customFields(tx, objectKind), custom.extract<protocol::JsonObject>(), writer);
}

OwnedValues ownedValues(const protocol::JsonArray &definitions, std::int64_t integrationId,
                        const protocol::JsonObject &answered)
{
    OwnedValues out{protocol::newObject(), {}};
    if (!answered)
        return out;
    for (const auto &[key, value] : *answered) {
        auto definition = definitionNamed(definitions, key);
        if (ownerOf(definition) != integrationId) {
            out.ignored.push_back(key + ": not a field of this integration");
            continue;
        }
        try {
            if (!value.isEmpty())
                checkValue(definition, value);
            out.values->set(key, value);
        } catch (const ApiError &e) {
            out.ignored.push_back(key + ": " + e.what());
        }
    }
    return out;
}

protocol::JsonObject apply(const protocol::JsonArray &definitions, const protocol::JsonObject &current,
                           const protocol::JsonObject &changes, bool creating, Writer writer)
{
    const bool byCustomer = writer == Writer::Customer;
    auto customerMaySet = [](const protocol::JsonObject &definition) {
        return definition->optValue<bool>("customer_editable", false) && !ownerOf(definition);
    };
    auto result = protocol::newObject();
    if (current)
        for (const auto &[key, value] : *current)
            result->set(key, value);
    if (changes) {
        for (const auto &[key, value] : *changes) {
            auto definition = definitionNamed(definitions, key);
            // Customers hear the same of a field they may not set and of one that does not exist.
            if (byCustomer && (!definition || !customerMaySet(definition)))
                throw ApiError(ErrorCode::Forbidden, "custom." + key + " is not a field customers may set",
                               "custom." + key);
            if (!definition)
                throw ApiError(ErrorCode::ValidationFailed, "there is no custom field \"" + key + "\"",
                               "custom." + key);
            if (value.isEmpty()) {
                result->remove(key);
                continue;
            }
            checkValue(definition, value);
            result->set(key, value);
        }
    }
    for (unsigned i = 0; definitions && i < definitions->size(); ++i) {
        auto d = definitions->getObject(i);
        auto name = d->getValue<std::string>("name");
        if (creating && !result->has(name) && d->has("default_value") && !d->isNull("default_value"))
            result->set(name, d->get("default_value"));
        // A customer is not asked for what only the desk may fill in.
        if (d->optValue<bool>("required", false) && (!result->has(name) || result->isNull(name)) &&
            (creating || (changes && changes->has(name))) && (!byCustomer || customerMaySet(d)))
            throw ApiError(ErrorCode::ValidationFailed, "custom." + name + " is required", "custom." + name);
    }
    return result;
}

} // namespace helpdesk::domain::customfields
