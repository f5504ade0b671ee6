#include "api/omnidesk/OmnideskFormat.h"

#include "protocol/ProtocolError.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/DateTimeParser.h>
#include <Poco/String.h>

#include <re2/re2.h>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;
using helpdesk::protocol::JsonObject;

namespace helpdesk::api::omnidesk {

std::int64_t DeskVocabulary::priorityIdFor(const std::string &word) const
{
    const auto wanted = Poco::toLower(word);
    for (const auto &[id, name] : priorityNames)
        if (priorityWord(name) == wanted)
            return id;
    return 0;
}

JsonObject DeskVocabulary::customFieldsOf(const JsonObject &custom, const std::string &objectKind) const
{
    auto out = protocol::newObject();
    if (!custom)
        return out;
    for (const auto &field : fields)
        if (field.objectKind == objectKind && custom->has(field.name))
            out->set("cf_" + std::to_string(field.id), custom->get(field.name));
    return out;
}

JsonObject DeskVocabulary::customFromCfKeys(const JsonObject &cf, const std::string &objectKind) const
{
    auto custom = protocol::newObject();
    for (const auto &key : cf->getNames()) {
        const Field *found = nullptr;
        for (const auto &field : fields)
            if (field.objectKind == objectKind && "cf_" + std::to_string(field.id) == key)
                found = &field;
        if (!found)
            throw ApiError(ErrorCode::ValidationFailed, key + " names no custom field of this object", key);
        custom->set(found->name, cf->get(key));
    }
    return custom;
}

std::string rfc2822(const std::string &isoUtc)
{
    if (isoUtc.empty())
        return {};
    int zone = 0;
    Poco::DateTime parsed;
    if (!Poco::DateTimeParser::tryParse(Poco::DateTimeFormat::ISO8601_FRAC_FORMAT, isoUtc, parsed, zone))
        return isoUtc;
    // "%d" keeps the day two digits wide, as Omnidesk writes it ("Mon, 05 May 2014 …").
    return Poco::DateTimeFormatter::format(parsed, "%w, %d %b %Y %H:%M:%S +0000");
}

std::string statusOf(const std::string &stateType)
{
    if (stateType == "new" || stateType == "open")
        return "open";
    if (stateType == "pending_reminder" || stateType == "pending_close")
        return "waiting";
    return "closed";
}

std::string stateTypeFor(const std::string &status)
{
    if (status == "open")
        return "open";
    if (status == "waiting")
        return "pending_reminder";
    if (status == "closed")
        return "closed";
    return {};
}

std::string priorityWord(const std::string &name)
{
    static const RE2 ranked("[0-9]+\\s+(.*)");
    std::string word;
    if (!RE2::FullMatch(name, ranked, &word))
        word = name;
    word = Poco::toLower(word);
    return word == "urgent" ? "critical" : word;
}

std::string fieldLevelOf(const std::string &objectKind)
{
    if (objectKind == "ticket")
        return "case";
    if (objectKind == "organization")
        return "company";
    return objectKind;
}

JsonObject listAnswer(const std::string &root, const std::vector<JsonObject> &page, std::int64_t totalCount)
{
    auto out = protocol::newObject();
    for (std::size_t i = 0; i < page.size(); ++i)
        out->set(std::to_string(i), wrapped(root, page[i]));
    out->set("total_count", totalCount);
    return out;
}

JsonObject wrapped(const std::string &root, const JsonObject &object)
{
    auto out = protocol::newObject();
    out->set(root, object);
    return out;
}

} // namespace helpdesk::api::omnidesk
