#include "integrations/freshdesk/FreshdeskRecords.h"

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
} // namespace

FdCompany companyFromXml(const XmlNode &node)
{
    FdCompany c;
    c.id = requireId(node, "company");
    c.name = node.text("name").value_or("");
    if (c.name.empty())
        throw std::runtime_error("company " + std::to_string(c.id) + " has no name");
    c.createdAt = node.text("created-at").value_or("");
    c.updatedAt = node.text("updated-at").value_or(c.createdAt);
    return c;
}

FdGroup groupFromXml(const XmlNode &node)
{
    FdGroup g;
    g.id = requireId(node, "group");
    g.name = node.text("name").value_or("");
    if (g.name.empty())
        throw std::runtime_error("group " + std::to_string(g.id) + " has no name");
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
    if (auto *custom = node.child("custom_field"))
        for (const auto &field : custom->children)
            u.custom.push_back(
                {field.name, field.type, field.nil ? std::nullopt : std::optional<std::string>(field.content)});
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
    if (auto *custom = node.child("custom_field"))
        for (const auto &field : custom->children)
            t.custom.push_back(
                {field.name, field.type, field.nil ? std::nullopt : std::optional<std::string>(field.content)});
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

} // namespace helpdesk::integrations::freshdesk
