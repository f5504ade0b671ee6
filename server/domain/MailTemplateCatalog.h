#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace helpdesk::domain {

/// The names of the mail templates, for the code that sends each mail.
namespace mailtemplates {
constexpr const char *kAcknowledgement = "acknowledgement";                   // a new ticket, to its customer
constexpr const char *kAcknowledgementPhoneIn = "acknowledgement_phone_in";   // we noted the customer's call
constexpr const char *kAcknowledgementPhoneOut = "acknowledgement_phone_out"; // we called the customer
constexpr const char *kAgentNewTicket = "agent_new_ticket";                   // a customer opened a ticket
constexpr const char *kAgentNewReply = "agent_new_reply";                     // a customer wrote on a ticket
constexpr const char *kAgentTicketReopened = "agent_ticket_reopened";         // a customer reopened a ticket
constexpr const char *kAgentUnverifiedSender = "agent_unverified_sender";     // mail in staff's name, unconfirmed
constexpr const char *kAgentMentioned = "agent_mentioned";                    // a colleague's note names the agent
constexpr const char *kAgentSlaWarning = "agent_sla_warning";
constexpr const char *kAgentSlaBreach = "agent_sla_breach";
constexpr const char *kRatingRequest = "rating_request";              // a solved ticket: "how did we do?"
constexpr const char *kWebFormConfirmation = "web_form_confirmation"; // a web form's sender confirms
constexpr const char *kPasswordReset = "password_reset";
constexpr const char *kInvitation = "invitation";
constexpr const char *kAddressConfirmation = "address_confirmation";    // to the new address
constexpr const char *kAddressChangePending = "address_change_pending"; // to the current address
constexpr const char *kAddressChanged = "address_changed";              // staff changed it
constexpr const char *kSignInLocked = "sign_in_locked";                 // SignInGuard's lock
constexpr const char *kSignInLink = "sign_in_link";                     // a one-time sign-in link
} // namespace mailtemplates

/// What a template may be overridden for.
enum class TemplateScope {
    Group, // mail about a group's work (a ticket, its web form): per group, or for the whole desk
    Desk,  // mail about an account: for the whole desk only
};

/// A placeholder a template may use, with the value a preview shows for it.
struct TemplatePlaceholder {
    std::string name;
    std::string sample;
    std::string term; // a word of terms.json: the sample is that word in the previewed language
};

/// One kind of mail the server writes.
struct MailTemplateSpec {
    std::string name;
    TemplateScope scope = TemplateScope::Group;
    std::string description; // for admins: when it goes out and to whom
    std::vector<TemplatePlaceholder> placeholders;

    /// Whether `placeholder` is one of this template's.
    bool has(const std::string &placeholder) const;
};

/// A template's two texts (mustache).
struct TemplateTexts {
    std::string subject;
    std::string body;
};

/// The mail templates the server knows, and the texts it ships for each in en, de, fr, it, pl and
/// ru: resources/mail/<lang>/<name>.mustache (the subject on the first line, a blank line, then
/// the body) and resources/mail/<lang>/terms.json (words a template gets as values, such as the
/// name of an SLA target, in the form that language's texts need). Any thread.
class MailTemplateCatalog
{
public:
    /// The catalog of the texts compiled in.
    static const MailTemplateCatalog &builtIn();
    /// A catalog of the texts among `files` (paths "<lang>/<name>.mustache" and "<lang>/terms.json").
    explicit MailTemplateCatalog(const std::map<std::string, std::string_view> &files);

    /// The languages texts are shipped in, English first.
    static const std::vector<std::string> &languages();
    /// Whether texts are shipped in `code` ("de"; not "de-AT").
    static bool isShippedLanguage(const std::string &code);

    /// Every template, in the order admins see them.
    const std::vector<MailTemplateSpec> &templates() const;
    /// The template named `name`, or nullptr.
    const MailTemplateSpec *find(const std::string &name) const;
    /// The texts shipped for a template in a language; nullopt when there are none.
    std::optional<TemplateTexts> shipped(const std::string &name, const std::string &language) const;
    /// A word of `language` ("sla_solution"), else the English one, else the key itself.
    std::string term(const std::string &language, const std::string &key) const;
    /// What is wrong with the shipped files (a template or term missing in a language, a text its
    /// template's placeholders do not fit); `tst_mail_templates` fails on any.
    std::vector<std::string> problems() const;

private:
    std::map<std::string, TemplateTexts> m_texts;                      // "<lang>/<name>"
    std::map<std::string, std::map<std::string, std::string>> m_terms; // lang → key → word
    std::vector<std::string> m_fileProblems;
};

/// The files of resources/mail, compiled in by cmake/EmbedFiles.cmake.
const std::map<std::string, std::string_view> &mailTemplateFiles();

} // namespace helpdesk::domain
