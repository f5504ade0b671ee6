#include "db/ConfigRepository.h"
#include "db/WebFormRepository.h"
#include "domain/MailTemplateAdmin.h"
#include "domain/MailTemplateCatalog.h"
#include "domain/Validation.h"
#include "domain/config/ConfigFields.h"
#include "domain/config/Kinds.h"
#include "protocol/ProtocolError.h"

#include <re2/re2.h>

#include <algorithm>

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

/// default_language: one of the languages mail texts are shipped in, or null (also written "").
void readMailLanguage(ConfigFields &fields)
{
    fields.putNullableString("default_language");
    const auto &columns = fields.columns();
    if (columns->has("default_language") && !columns->isNull("default_language") &&
        columns->getValue<std::string>("default_language").empty())
        fields.set("default_language", Poco::Dynamic::Var());
    if (columns->has("default_language") && !columns->isNull("default_language") &&
        !MailTemplateCatalog::isShippedLanguage(columns->getValue<std::string>("default_language")))
        throw ApiError(ErrorCode::ValidationFailed, "default_language must be one of en, de, fr, it, pl, ru (or null)",
                       "default_language");
}

/// Domains whose requesters get the portal's link: "lab.example" (a leading @ is dropped), lower case.
protocol::JsonArray readPortalDomains(const std::vector<std::string> &given)
{
    static const RE2 domain(R"([a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+)");
    std::vector<std::string> out;
    for (auto name : given) {
        if (!name.empty() && name.front() == '@')
            name.erase(0, 1);
        for (auto &c : name)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (!RE2::FullMatch(name, domain))
            throw ApiError(ErrorCode::ValidationFailed, "'" + name + "' is not a domain such as lab.example",
                           "acknowledgement_portal_domains");
        out.push_back(name);
    }
    return protocol::toJsonArray(out);
}

/// Sites that may frame a group's web form and post to it: origins such as https://www.example.com
/// (scheme, host and a port other than the scheme's own; lower case, no path), as browsers send
/// them in Origin and as frame-ancestors takes them.
protocol::JsonArray readWebFormSites(const std::vector<std::string> &given)
{
    static const RE2 origin(
        R"((https?)://([a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)(:[0-9]{1,5})?)");
    std::vector<std::string> out;
    for (auto site : given) {
        for (auto &c : site)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        while (!site.empty() && site.back() == '/')
            site.pop_back();
        std::string scheme, host, port;
        if (!RE2::FullMatch(site, origin, &scheme, &host, nullptr, nullptr, nullptr, &port))
            throw ApiError(ErrorCode::ValidationFailed,
                           "'" + site + "' is not a site address such as https://www.example.com", "web_form_sites");
        if ((scheme == "https" && port == ":443") || (scheme == "http" && port == ":80"))
            site = scheme + "://" + host; // browsers leave the scheme's own port out of Origin
        if (std::find(out.begin(), out.end(), site) == out.end())
            out.push_back(site);
    }
    return protocol::toJsonArray(out);
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
    // The requester portal offers a group as a queue for new requests only when an admin says so.
    fields.putBool("offered_to_customers", false);
    fields.putString("customer_description", false);
    fields.setDefault("customer_description", std::string());
    // Satisfaction links in the mail to customers (RatingLinks), off until an admin turns them on;
    // the wording before a reply's link ("": the shipped one in the reader's language).
    fields.putBool("ratings_enabled", false);
    fields.putString("rating_wording", false);
    fields.setDefault("rating_wording", std::string());
    if (fields.columns()->has("rating_wording") &&
        fields.columns()->getValue<std::string>("rating_wording").size() > 500)
        throw ApiError(ErrorCode::ValidationFailed, "rating_wording may have at most 500 characters", "rating_wording");
    // Whether agents account the minutes they worked with each article (article.create's
    // time_spent_minutes): off, optional, or required of every staff article.
    fields.putString("time_accounting", false);
    fields.setDefault("time_accounting", std::string("off"));
    fields.requireOneOf("time_accounting", {"off", "optional", "required"},
                        "time_accounting must be off, optional or required");
    // Mail in the reader's language (MailTemplates): the group's language for readers whose own is
    // unknown (null: the desk's), and when and with what the acknowledgement goes out.
    readMailLanguage(fields);
    fields.putBool("acknowledge_after_acceptance", false);
    fields.putBool("acknowledgement_portal_link", false);
    if (auto domains = request.optStringList("acknowledgement_portal_domains"))
        fields.set("acknowledgement_portal_domains", readPortalDomains(*domains));
    else
        fields.setDefault("acknowledgement_portal_domains", protocol::newArray());
    // The older acknowledgement fields write into the group's acknowledgement template
    // (MailTemplateAdmin::takeLegacyAcknowledgement), so they are kept beside the row; null: the default.
    for (const char *key : {"acknowledgement_subject", "acknowledgement_body"}) {
        if (request.isNull(key)) {
            request.accept(key);
            fields.setBeside(key, Poco::Dynamic::Var());
        } else if (auto text = request.optString(key)) {
            fields.setBeside(key, *text);
        }
    }
    if (auto translations = request.optObject("acknowledgement_translations"))
        fields.setBeside("acknowledgement_translations", readAcknowledgementTranslations(translations));
    // The web form (/form/{key}, domain::WebForms): off until an admin turns it on, the sites that
    // may embed it, and on request a new key (the key itself is the database's to make).
    fields.putBool("web_form_enabled", false);
    if (auto sites = request.optStringList("web_form_sites"))
        fields.set("web_form_sites", readWebFormSites(*sites));
    else
        fields.setDefault("web_form_sites", protocol::newArray());
    if (auto renew = request.optBool("new_web_form_key"); renew && *renew)
        fields.setBeside("new_web_form_key", true);
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

/// After a write: the addresses, and the older acknowledgement fields into the group's template.
void afterGroupWrite(db::Tx &tx, const ConfigDocument &document, JsonObject &row)
{
    storeAddresses(tx, document, row);
    if (document.beside->has("new_web_form_key"))
        row->set("web_form_key", db::WebFormRepository::renewKey(tx, row->getValue<std::int64_t>("id")));
    MailTemplateAdmin::takeLegacyAcknowledgement(tx, row->getValue<std::int64_t>("id"), document.beside);
}
} // namespace

const ConfigKind &groupKind()
{
    // Customers list groups to choose a queue on the web page (those offered to them, described).
    static const ConfigKind kind{.name = "group",
                                 .plural = "groups",
                                 .rows = db::ConfigKind::Group,
                                 .listAccess = ConfigAccess::SignedIn,
                                 .customerFields = {"id", "name", "offered_to_customers", "customer_description"},
                                 .readFields = readGroup,
                                 .afterWrite = afterGroupWrite};
    return kind;
}

} // namespace helpdesk::domain::config
