#include "domain/MailTemplateCatalog.h"

#include "domain/TemplateSyntax.h"
#include "protocol/Json.h"

#include <algorithm>
#include <set>

namespace helpdesk::domain {

namespace {
constexpr std::string_view kExtension = ".mustache";
constexpr std::string_view kTerms = "terms.json";

std::vector<TemplatePlaceholder> joined(std::initializer_list<std::vector<TemplatePlaceholder>> parts)
{
    std::vector<TemplatePlaceholder> all;
    for (const auto &part : parts)
        all.insert(all.end(), part.begin(), part.end());
    return all;
}

// Every mail knows the desk; mail about a ticket knows the ticket. Samples are what a preview shows.
const std::vector<TemplatePlaceholder> kDesk{{"desk_name", "Example Helpdesk", {}},
                                             {"public_url", "https://help.example.com", {}}};
const std::vector<TemplatePlaceholder> kTicket{{"ticket_number", "10042", {}},
                                               {"ticket_title", "Printer on the 2nd floor jams", {}},
                                               {"customer_name", "Dana Fischer", {}},
                                               {"group_name", "Support", {}},
                                               {"agent_name", "Alex Moreau", {}}};
const std::vector<TemplatePlaceholder> kRecipient{{"recipient_name", "Dana Fischer", {}}};
const std::vector<TemplatePlaceholder> kArticle{{"sender", "Dana Fischer <dana@customer.example>", {}},
                                                {"message", "The printer jams on every second page.", {}}};
const std::vector<TemplatePlaceholder> kSla{{"sla_target", {}, "sla_solution"}, {"due_at", "2024-05-06 14:00 UTC", {}}};

std::vector<MailTemplateSpec> specs()
{
    using namespace mailtemplates;
    const auto link = [](const char *name, const char *path) {
        return TemplatePlaceholder{name, std::string("https://help.example.com") + path, {}};
    };
    std::vector<TemplatePlaceholder> ratings{link("rating_url", "/rate/hdr_sample")};
    for (char score = '1'; score <= '5'; ++score)
        ratings.push_back(link((std::string("rating_url_") + score).c_str(),
                               (std::string("/rate/hdr_sample?score=") + score).c_str()));
    return {
        {kAcknowledgement, TemplateScope::Group,
         "To the customer when a ticket opens (or when an agent takes it, if the group waits for that)",
         joined({kDesk, kTicket, {{"portal_url", "https://help.example.com/", {}}}})},
        {kAcknowledgementPhoneIn, TemplateScope::Group,
         "To the customer when an agent notes their call as a new ticket (instead of the acknowledgement)",
         joined({kDesk, kTicket, {{"portal_url", "https://help.example.com/", {}}}})},
        {kAcknowledgementPhoneOut, TemplateScope::Group,
         "To the customer when an agent opens a ticket after calling them (instead of the acknowledgement)",
         joined({kDesk, kTicket, {{"portal_url", "https://help.example.com/", {}}}})},
        {kAgentNewTicket, TemplateScope::Group, "To the group's agents when a customer opens a ticket",
         joined({kDesk, kTicket, kArticle})},
        {kAgentNewReply, TemplateScope::Group,
         "To the owner and watchers (or the group's agents) when a customer writes on a ticket",
         joined({kDesk, kTicket, kArticle})},
        {kAgentTicketReopened, TemplateScope::Group,
         "To the owner and watchers (or the group's agents) when a customer reopens a solved or closed ticket",
         joined({kDesk, kTicket, {{"sender", "Dana Fischer <dana@customer.example>", {}}}})},
        {kAgentUnverifiedSender, TemplateScope::Group,
         "To the ticket's agents when mail in a colleague's name came without the mail server's confirmation",
         joined({kDesk,
                 kTicket,
                 {{"claimed_name", "Alex Moreau", {}},
                  {"claimed_email", "alex@desk.example", {}},
                  {"verdict", "no Authentication-Results from a trusted server", {}}}})},
        {kAgentMentioned, TemplateScope::Group, "To an agent whom a colleague mentions in an internal note",
         joined(
             {kDesk,
              kTicket,
              {{"mentioned_by", "Alex Moreau", {}}, {"message", "Could you check the invoice before I answer?", {}}}})},
        {kAgentSlaWarning, TemplateScope::Group, "To the owner (or the group's agents) before an SLA target is due",
         joined({kDesk, kTicket, kSla})},
        {kAgentSlaBreach, TemplateScope::Group, "To the owner (or the group's agents) when an SLA target passed",
         joined({kDesk, kTicket, kSla})},
        {kRatingRequest, TemplateScope::Group, "To the customer of a solved ticket: how did we do?",
         joined({kDesk, kTicket, ratings})},
        {kWebFormConfirmation, TemplateScope::Group,
         "To the sender of a web form, who confirms the address before a ticket opens",
         joined({kDesk,
                 {{"group_name", "Support", {}},
                  {"request_title", "Invoice 2024-117 is missing", {}},
                  link("confirm_url", "/form/confirm/hdf_sample"),
                  {"valid_hours", "24", {}}}})},
        {kPasswordReset, TemplateScope::Desk, "The link to choose a new password (valid one hour)",
         joined({kDesk, kRecipient, {link("link", "/reset-password?token=hdr_sample")}})},
        {kInvitation, TemplateScope::Desk, "The link an invited person chooses a password with (valid seven days)",
         joined({kDesk,
                 kRecipient,
                 {link("link", "/accept-invitation?token=hdi_sample"), {"inviter_name", "Alex Moreau", {}}}})},
        {kAddressConfirmation, TemplateScope::Desk, "To a new address someone wants for their account",
         joined({kDesk,
                 kRecipient,
                 {link("link", "/confirm-email?token=hde_sample"), {"new_email", "dana@new.example", {}}}})},
        {kAddressChangePending, TemplateScope::Desk, "To the current address while a change waits for confirmation",
         joined({kDesk, kRecipient, {{"new_email", "dana@new.example", {}}}})},
        {kAddressChanged, TemplateScope::Desk, "To the previous address when staff changed an account's address",
         joined({kDesk, kRecipient, {{"new_email", "dana@new.example", {}}, {"changed_by", {}, "role_admin"}}})},
        {kSignInLocked, TemplateScope::Desk, "To the owner of an account locked after failed sign-ins",
         joined({kDesk,
                 kRecipient,
                 {{"failures", "10", {}},
                  {"locked_until", "2024-05-06 15:00 UTC", {}},
                  {"last_address", "203.0.113.7", {}},
                  link("reset_url", "/forgot-password")}})},
        {kSignInLink, TemplateScope::Desk, "A one-time link that signs a requester in to the web pages",
         joined({kDesk, kRecipient, {link("link", "/sign-in-link?token=hdl_sample"), {"valid_minutes", "20", {}}}})},
    };
}

std::string codeOf(const std::string &path, std::string &name)
{
    auto slash = path.find('/');
    if (slash == std::string::npos)
        return {};
    name = path.substr(slash + 1);
    return path.substr(0, slash);
}
} // namespace

bool MailTemplateSpec::has(const std::string &placeholder) const
{
    return std::any_of(placeholders.begin(), placeholders.end(),
                       [&](const TemplatePlaceholder &p) { return p.name == placeholder; });
}

const std::vector<std::string> &MailTemplateCatalog::languages()
{
    static const std::vector<std::string> all{"en", "de", "fr", "it", "pl", "ru"};
    return all;
}

bool MailTemplateCatalog::isShippedLanguage(const std::string &code)
{
    const auto &all = languages();
    return std::find(all.begin(), all.end(), code) != all.end();
}

const MailTemplateCatalog &MailTemplateCatalog::builtIn()
{
    static const MailTemplateCatalog catalog(mailTemplateFiles());
    return catalog;
}

MailTemplateCatalog::MailTemplateCatalog(const std::map<std::string, std::string_view> &files)
{
    for (const auto &[path, content] : files) {
        std::string file;
        auto language = codeOf(path, file);
        if (file == kTerms) {
            try {
                auto object = protocol::parseJsonObject(std::string(content));
                for (const auto &[key, value] : *object)
                    m_terms[language][key] = value.toString();
            } catch (const std::exception &e) {
                m_fileProblems.push_back(path + ": " + e.what());
            }
            continue;
        }
        if (file.size() <= kExtension.size() ||
            file.compare(file.size() - kExtension.size(), kExtension.size(), kExtension) != 0)
            continue;
        // The subject, a blank line, the body.
        auto name = file.substr(0, file.size() - kExtension.size());
        const std::string text(content);
        const auto lineEnd = text.find('\n');
        if (lineEnd == std::string::npos || text.compare(lineEnd, 2, "\n\n") != 0) {
            m_fileProblems.push_back(path + ": the subject line is not followed by a blank line");
            continue;
        }
        m_texts[language + "/" + name] = TemplateTexts{text.substr(0, lineEnd), text.substr(lineEnd + 2)};
    }
}

const std::vector<MailTemplateSpec> &MailTemplateCatalog::templates() const
{
    static const std::vector<MailTemplateSpec> all = specs();
    return all;
}

const MailTemplateSpec *MailTemplateCatalog::find(const std::string &name) const
{
    for (const auto &spec : templates())
        if (spec.name == name)
            return &spec;
    return nullptr;
}

std::optional<TemplateTexts> MailTemplateCatalog::shipped(const std::string &name, const std::string &language) const
{
    auto found = m_texts.find(language + "/" + name);
    if (found == m_texts.end())
        return std::nullopt;
    return found->second;
}

std::string MailTemplateCatalog::term(const std::string &language, const std::string &key) const
{
    for (const auto &code : {language, std::string("en")}) {
        auto terms = m_terms.find(code);
        if (terms == m_terms.end())
            continue;
        if (auto word = terms->second.find(key); word != terms->second.end())
            return word->second;
    }
    return key;
}

std::vector<std::string> MailTemplateCatalog::problems() const
{
    auto out = m_fileProblems;
    std::set<std::string> termKeys;
    for (const auto &spec : templates())
        for (const auto &placeholder : spec.placeholders)
            if (!placeholder.term.empty())
                termKeys.insert(placeholder.term);
    for (const auto &language : languages()) {
        for (const auto &spec : templates()) {
            auto texts = shipped(spec.name, language);
            if (!texts) {
                out.push_back(language + "/" + spec.name + ": missing");
                continue;
            }
            for (const auto &[part, text] : {std::pair{"subject", texts->subject}, std::pair{"body", texts->body}})
                if (auto problem = TemplateSyntax::check(text, spec))
                    out.push_back(language + "/" + spec.name + " " + part + ": " + problem->where() + ": " +
                                  problem->message);
        }
        for (const auto &key : termKeys)
            if (!m_terms.count(language) || !m_terms.at(language).count(key))
                out.push_back(language + "/terms.json: no " + key);
    }
    for (const auto &[key, texts] : m_texts)
        if (!find(key.substr(key.find('/') + 1)))
            out.push_back(key + ": no such template");
    return out;
}

} // namespace helpdesk::domain
