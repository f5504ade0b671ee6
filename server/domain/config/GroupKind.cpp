#include "db/ConfigRepository.h"
#include "domain/Validation.h"
#include "domain/config/ConfigFields.h"
#include "domain/config/Kinds.h"
#include "protocol/ProtocolError.h"

#include <re2/re2.h>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;
using helpdesk::protocol::JsonObject;

namespace helpdesk::domain::config {

namespace {
/// {"de": {"subject": "…", "body": "…"}}: per language, both texts required, language tags checked.
JsonObject readAcknowledgementTranslations(const JsonObject &translations)
{
    static const RE2 languageTag("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");
    auto out = protocol::newObject();
    for (const auto &[language, value] : *translations) {
        const std::string field = "acknowledgement_translations." + language;
        if (!RE2::FullMatch(language, languageTag))
            throw ApiError(ErrorCode::ValidationFailed, "'" + language + "' is not a language tag such as de or pt-BR",
                           field);
        if (value.type() != typeid(JsonObject))
            throw ApiError(ErrorCode::ValidationFailed, field + " must be an object with subject and body", field);
        protocol::JsonReader text(value.extract<JsonObject>(), field);
        auto entry = protocol::newObject();
        entry->set("subject", text.requireString("subject"));
        entry->set("body", text.requireString("body"));
        text.finish();
        out->set(language, entry);
    }
    return out;
}

/// A group (queue): its inbound addresses (kept beside the row), signature and acknowledgement.
void readGroup(ConfigFields &fields)
{
    auto &request = fields.request();
    if (auto addresses = request.optStringList("addresses"))
        fields.setBeside("addresses", protocol::toJsonArray(*addresses));
    fields.putString("name", true);
    fields.putBool("active", true);
    fields.putString("signature", false);
    fields.setDefault("signature", std::string());
    // An explicit null brings back the bilingual default acknowledgement.
    fields.putNullableString("acknowledgement_subject");
    fields.putNullableString("acknowledgement_body");
    if (auto translations = request.optObject("acknowledgement_translations"))
        fields.set("acknowledgement_translations", readAcknowledgementTranslations(translations));
    else
        fields.setDefault("acknowledgement_translations", protocol::newObject());
}

/// The recipient of an inbound mail picks the group, so the addresses are stored with it.
void storeAddresses(db::Tx &tx, const ConfigDocument &document, JsonObject &row)
{
    auto given = document.beside->getArray("addresses");
    if (!given)
        return;
    std::vector<std::string> addresses;
    for (const auto &a : *given)
        addresses.push_back(a.toString());
    for (const auto &a : addresses)
        if (!looksLikeEmail(a))
            throw ApiError(ErrorCode::ValidationFailed, a + " is not an e-mail address", "addresses");
    db::ConfigRepository::setGroupAddresses(tx, row->getValue<std::int64_t>("id"), addresses);
    row->set("addresses", protocol::toJsonArray(addresses));
}
} // namespace

const ConfigKind &groupKind()
{
    // Customers list groups to choose a queue on the web page.
    static const ConfigKind kind{.name = "group",
                                 .plural = "groups",
                                 .rows = db::ConfigKind::Group,
                                 .listAccess = ConfigAccess::SignedIn,
                                 .readFields = readGroup,
                                 .afterWrite = storeAddresses};
    return kind;
}

} // namespace helpdesk::domain::config
