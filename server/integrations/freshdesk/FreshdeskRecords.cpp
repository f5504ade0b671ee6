#include "integrations/freshdesk/FreshdeskRecords.h"

#include "mail/HtmlText.h"

#include <re2/re2.h>

#include <array>
#include <map>
#include <cctype>
#include <stdexcept>

namespace helpdesk::integrations::freshdesk {

namespace {
long long requireId(const XmlNode &node, const char *what)
{
    auto id = node.integer("id");
    if (!id)
        throw std::runtime_error(std::string(what) + " without an id");
    return *id;
}

/// The text of `key`, refused when missing or empty ("group 7 has no name").
std::string requireText(const XmlNode &node, const char *key, const char *what, long long id)
{
    auto text = node.text(key).value_or("");
    if (text.empty())
        throw std::runtime_error(std::string(what) + " " + std::to_string(id) + " has no " + key);
    return text;
}

std::vector<FdAttachment> attachmentsOf(const XmlNode &node)
{
    std::vector<FdAttachment> out;
    auto *list = node.child("attachments");
    if (!list)
        return out;
    for (const auto &a : list->children) {
        FdAttachment att;
        att.name = a.text("content-file-name").value_or(a.text("name").value_or("attachment"));
        att.contentType =
            a.text("content-content-type").value_or(a.text("content-type").value_or("application/octet-stream"));
        att.size = a.integer("content-file-size").value_or(a.integer("size").value_or(0));
        att.url = a.text("attachment-url").value_or(a.text("attachment_url").value_or(""));
        out.push_back(std::move(att));
    }
    return out;
}

std::vector<FdCustomValue> customValuesOf(const XmlNode &node)
{
    std::vector<FdCustomValue> out;
    if (auto *custom = node.child("custom_field"))
        for (const auto &field : custom->children)
            out.push_back(
                {field.name, field.type, field.nil ? std::nullopt : std::optional<std::string>(field.content)});
    return out;
}

/// The texts of a list's children (`<group-ids><group-id>7</group-id></group-ids>`).
std::vector<std::string> textsOf(const XmlNode &node, const char *listName)
{
    std::vector<std::string> out;
    if (auto *list = node.child(listName))
        for (const auto &item : list->children)
            if (!item.nil && !item.content.empty())
                out.push_back(item.content);
    return out;
}

std::vector<long long> idsOf(const XmlNode &node, const char *listName)
{
    std::vector<long long> out;
    for (const auto &text : textsOf(node, listName))
        try {
            out.push_back(std::stoll(text));
        } catch (const std::exception &) {
        }
    return out;
}

std::vector<FdChoice> choicesOf(const XmlNode &node)
{
    std::vector<FdChoice> out;
    if (auto *list = node.child("choices"))
        for (const auto &c : list->children) {
            auto value = c.children.empty() ? c.content : c.text("value").value_or("");
            if (!value.empty())
                out.push_back({value, choicesOf(c)});
        }
    return out;
}

std::string lowerText(std::string s)
{
    for (auto &c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::optional<long long> seconds(const XmlNode &node, const char *name)
{
    auto v = node.integer(name);
    return v && *v > 0 ? v : std::nullopt;
}
} // namespace

std::string customFieldName(const std::string &freshdesk)
{
    std::string name = lowerText(freshdesk);
    static const RE2 accountSuffix("_[0-9]+$");
    static const RE2 notAllowed("[^a-z0-9_]", RE2::Latin1); // byte by byte, as names were always made
    RE2::Replace(&name, accountSuffix, "");
    RE2::GlobalReplace(&name, notAllowed, "_");
    if (name.empty() || !std::isalpha(static_cast<unsigned char>(name[0])))
        name = "cf_" + name;
    return name.substr(0, 63);
}

std::string clockTime(const std::string &text)
{
    static const RE2 pattern("\\s*(\\d{1,2})(?::(\\d{2}))?(?::\\d{2})?\\s*([aApP][mM])?\\s*");
    int hour = 0, minute = 0;
    std::string minutes, meridiem;
    if (!RE2::FullMatch(text, pattern, &hour, &minutes, &meridiem))
        return {};
    minute = minutes.empty() ? 0 : std::stoi(minutes);
    if (!meridiem.empty()) {
        bool pm = std::tolower(static_cast<unsigned char>(meridiem[0])) == 'p';
        if (hour < 1 || hour > 12)
            return {};
        hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 24 || minute > 59 || (hour == 24 && minute != 0))
        return {};
    char out[32];
    std::snprintf(out, sizeof out, "%02d:%02d", hour, minute);
    return out;
}

std::string withOurPlaceholders(const std::string &text, const std::string &html, PlaceholderTarget target,
                                std::set<std::string> &unmapped)
{
    // Freshdesk's names for what we fill in: signatures when a reply is sent (domain/MailOutbox: fill()),
    // text modules as the client inserts them (core/Directory: expandTextModule(), no group name).
    static const std::map<std::string, std::string> ours{{"ticket.agent.name", "{agent_name}"},
                                                         {"ticket.id", "{ticket_number}"},
                                                         {"ticket.subject", "{ticket_title}"},
                                                         {"ticket.requester.name", "{customer_name}"},
                                                         {"ticket.group.name", "{group_name}"}};
    static const RE2 placeholder(R"((\{\{\s*([^{}]*?)\s*\}\}))");
    // Ours are plain text; the HTML is read as text when the source has no plain text.
    std::string plain = text.empty() ? mail::htmltext::toPlainText(html) : text;
    plain.erase(0, plain.find_first_not_of(" \t\r\n"));
    plain.erase(plain.find_last_not_of(" \t\r\n") + 1);
    std::string out;
    re2::StringPiece rest(plain), whole, name;
    const char *written = plain.data();
    while (RE2::FindAndConsume(&rest, placeholder, &whole, &name)) {
        out.append(written, static_cast<std::size_t>(whole.data() - written));
        auto known = ours.find(std::string(name));
        if (known != ours.end() && (target == PlaceholderTarget::Signature || known->second != "{group_name}")) {
            out += known->second;
        } else {
            out.append(whole.data(), whole.size());
            unmapped.insert(std::string(name));
        }
        written = whole.data() + whole.size();
    }
    out.append(written, static_cast<std::size_t>(plain.data() + plain.size() - written));
    return out;
}

std::string weekday(const std::string &text)
{
    static const std::array<const char *, 7> days{"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
    auto t = lowerText(text);
    if (t.size() == 1 && t[0] >= '0' && t[0] <= '7')
        return days[static_cast<std::size_t>((t[0] - '0') % 7)];
    for (const auto *d : days)
        if (t.rfind(d, 0) == 0)
            return d;
    return {};
}

std::optional<FdHoliday> holidayDate(const std::string &name, const std::string &text)
{
    static const std::array<const char *, 12> months{"jan", "feb", "mar", "apr", "may", "jun",
                                                     "jul", "aug", "sep", "oct", "nov", "dec"};
    static const RE2 named("\\s*([A-Za-z]{3})[A-Za-z]*\\.?\\s+(\\d{1,2})\\s*");
    static const RE2 numeric("\\s*(?:\\d{4}-)?(\\d{1,2})-(\\d{1,2})\\s*");
    std::string monthName;
    int month = 0, day = 0;
    if (RE2::FullMatch(text, named, &monthName, &day)) {
        for (std::size_t i = 0; i < months.size(); ++i)
            if (lowerText(monthName) == months[i])
                month = static_cast<int>(i) + 1;
    } else if (!RE2::FullMatch(text, numeric, &month, &day)) {
        return std::nullopt;
    }
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return std::nullopt;
    return FdHoliday{name, month, day};
}

FdCompany companyFromXml(const XmlNode &node)
{
    FdCompany c;
    c.id = requireId(node, "company");
    c.name = requireText(node, "name", "company", c.id);
    c.createdAt = node.text("created-at").value_or("");
    c.updatedAt = node.text("updated-at").value_or(c.createdAt);
    c.description = node.text("description").value_or("");
    c.domains = node.text("domains").value_or("");
    c.custom = customValuesOf(node);
    return c;
}

FdGroup groupFromXml(const XmlNode &node)
{
    FdGroup g;
    g.id = requireId(node, "group");
    g.name = requireText(node, "name", "group", g.id);
    g.businessCalendarId = node.integer("business-calendar-id");
    return g;
}

FdUser userFromXml(const XmlNode &node)
{
    FdUser u;
    u.id = requireId(node, "user");
    u.email = node.text("email").value_or("");
    u.name = node.text("name").value_or("");
    u.agent = node.flag("helpdesk-agent");
    u.active = node.flag("active", true) && !node.flag("deleted");
    u.companyId = node.integer("customer-id");
    if (!u.companyId)
        u.companyId = node.integer("company-id");
    u.language = node.text("language").value_or("");
    u.createdAt = node.text("created-at").value_or("");
    u.updatedAt = node.text("updated-at").value_or(u.createdAt);
    u.jobTitle = node.text("job-title").value_or("");
    u.phone = node.text("phone").value_or("");
    u.mobile = node.text("mobile").value_or("");
    u.twitter = node.text("twitter-id").value_or("");
    u.timeZone = node.text("time-zone").value_or("");
    u.custom = customValuesOf(node);
    return u;
}

FdTicket ticketFromXml(const XmlNode &node, bool archived)
{
    FdTicket t;
    t.id = requireId(node, "ticket");
    t.displayId = node.integer("display-id").value_or(0);
    if (t.displayId == 0)
        throw std::runtime_error("ticket " + std::to_string(t.id) + " has no display-id");
    t.subject = node.text("subject").value_or("");
    t.description = node.text("description").value_or("");
    t.descriptionHtml = node.text("description-html").value_or("");
    t.groupId = node.integer("group-id");
    t.requesterId = node.integer("requester-id");
    t.responderId = node.integer("responder-id");
    t.companyId = node.integer("company-id");
    t.status = static_cast<int>(node.integer("status").value_or(2));
    t.statusName = node.text("status-name").value_or("");
    t.priority = static_cast<int>(node.integer("priority").value_or(1));
    t.source = static_cast<int>(node.integer("source").value_or(1));
    t.type = node.text("ticket-type").value_or("");
    t.createdAt = node.text("created-at").value_or("");
    t.updatedAt = node.text("updated-at").value_or(t.createdAt);
    t.requesterName = node.text("requester-name").value_or("");
    t.requesterEmail = node.text("requester-email").value_or("");
    t.archived = archived;
    // Tags: <tags type="array"><tag><name>vip</name></tag></tags> (older exports: <helpdesk-tags>).
    for (const char *listName : {"tags", "helpdesk-tags"})
        if (auto *tags = node.child(listName))
            for (const auto &tag : tags->children) {
                auto name = tag.children.empty() ? tag.content : tag.text("name").value_or("");
                if (!name.empty())
                    t.tags.push_back(name);
            }
    t.custom = customValuesOf(node);
    if (auto *notes = node.child("notes"))
        for (const auto &n : notes->children) {
            FdNote note;
            note.id = requireId(n, "note");
            note.userId = n.integer("user-id");
            note.isPrivate = n.flag("private");
            note.incoming = n.flag("incoming");
            note.body = n.text("body").value_or("");
            note.bodyHtml = n.text("body-html").value_or("");
            note.createdAt = n.text("created-at").value_or(t.createdAt);
            note.updatedAt = n.text("updated-at").value_or(note.createdAt);
            note.attachments = attachmentsOf(n);
            t.notes.push_back(std::move(note));
        }
    t.attachments = attachmentsOf(node);
    return t;
}

FdFieldDefinition fieldFromXml(const XmlNode &node)
{
    FdFieldDefinition f;
    f.id = node.integer("id").value_or(0);
    f.name = requireText(node, "name", "field", f.id);
    f.label = node.text("label").value_or(f.name);
    f.type = node.text("field-type").value_or(node.text("type").value_or("custom_text"));
    f.choices = choicesOf(node);
    if (auto *nested = node.child("nested-fields"))
        for (const auto &level : nested->children)
            if (auto name = level.text("name"))
                f.nestedNames.push_back(*name);
    if (auto *statuses = node.child("statuses"))
        for (const auto &s : statuses->children)
            f.statuses.push_back({static_cast<int>(s.integer("status-id").value_or(0)), s.text("name").value_or(""),
                                  s.flag("stop-sla-timer")});
    return f;
}

FdBusinessCalendar calendarFromXml(const XmlNode &node)
{
    FdBusinessCalendar c;
    c.id = requireId(node, "business calendar");
    c.name = requireText(node, "name", "business calendar", c.id);
    c.timeZone = node.text("time-zone").value_or("");
    c.isDefault = node.flag("is-default");
    if (auto *hours = node.child("working-hours"))
        for (const auto &h : hours->children) {
            auto day = weekday(h.text("day").value_or(""));
            auto from = clockTime(h.text("start-time").value_or("")), to = clockTime(h.text("end-time").value_or(""));
            if (day.empty() || from.empty() || to.empty() || from >= to)
                throw std::runtime_error("business calendar " + c.name + " has hours that are not a day and times");
            c.days.push_back({day, from, to});
        }
    if (auto *holidays = node.child("holidays"))
        for (const auto &h : holidays->children) {
            auto name = h.text("name").value_or("");
            auto date = holidayDate(name, h.text("date").value_or(""));
            if (!date)
                throw std::runtime_error("holiday " + name + " of " + c.name + " has no date like Dec 25");
            c.holidays.push_back(*date);
        }
    return c;
}

FdSlaPolicy slaPolicyFromXml(const XmlNode &node)
{
    FdSlaPolicy p;
    p.id = requireId(node, "SLA policy");
    p.name = requireText(node, "name", "SLA policy", p.id);
    p.active = node.flag("active", true);
    p.isDefault = node.flag("is-default");
    p.position = static_cast<int>(node.integer("position").value_or(0));
    if (auto *conditions = node.child("conditions")) {
        p.groupIds = idsOf(*conditions, "group-ids");
        p.companyIds = idsOf(*conditions, "company-ids");
        p.ticketTypes = textsOf(*conditions, "ticket-types");
    }
    if (auto *details = node.child("sla-details"))
        for (const auto &d : details->children)
            p.targets.push_back({static_cast<int>(d.integer("priority").value_or(1)), seconds(d, "response-time"),
                                 seconds(d, "next-response-time"), seconds(d, "resolution-time"),
                                 !d.flag("override-bhrs")});
    return p;
}

FdCannedResponse cannedResponseFromXml(const XmlNode &node)
{
    FdCannedResponse r;
    r.id = requireId(node, "canned response");
    r.title = requireText(node, "title", "canned response", r.id);
    r.folder = node.text("folder-name").value_or("");
    r.content = node.text("content").value_or("");
    r.contentHtml = node.text("content-html").value_or("");
    return r;
}

FdEmailConfig emailConfigFromXml(const XmlNode &node)
{
    FdEmailConfig e;
    e.id = requireId(node, "e-mail configuration");
    e.name = node.text("name").value_or("");
    e.replyEmail = node.text("reply-email").value_or("");
    e.toEmail = node.text("to-email").value_or("");
    if (e.replyEmail.empty() && e.toEmail.empty())
        throw std::runtime_error("e-mail configuration " + std::to_string(e.id) + " has no address");
    e.groupId = node.integer("group-id");
    e.active = node.flag("active", true);
    return e;
}

FdRating ratingFromXml(const XmlNode &node)
{
    FdRating r;
    r.id = requireId(node, "satisfaction rating");
    auto ticket = node.integer("surveyable-id");
    if (!ticket)
        ticket = node.integer("ticket-id");
    if (!ticket)
        throw std::runtime_error("satisfaction rating " + std::to_string(r.id) + " names no ticket");
    r.ticketId = *ticket;
    r.userId = node.integer("customer-id");
    auto rating = node.integer("rating");
    if (!rating)
        throw std::runtime_error("satisfaction rating " + std::to_string(r.id) + " has no rating");
    r.rating = static_cast<int>(*rating);
    r.feedback = node.text("feedback").value_or("");
    r.createdAt = node.text("created-at").value_or("");
    return r;
}

} // namespace helpdesk::integrations::freshdesk
