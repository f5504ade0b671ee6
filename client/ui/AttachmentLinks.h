#pragma once

#include <QHash>
#include <QString>
#include <QUrl>

#include <optional>

namespace helpdesk::client {

/// The links a ticket's thread makes itself, one per attachment to save, which the mail's own
/// HTML shown in the same view cannot forge: each is named by a random token made when the thread
/// is drawn, and only the tokens of the current drawing resolve. A link in a mail that uses the
/// same scheme, even naming a real attachment's hash, resolves to nothing. Main thread.
class AttachmentLinks
{
public:
    /// An attachment as the agent may save it.
    struct Attachment {
        QString sha256;
        QString filename; // as the sender named it: make it safe before saving
    };

    /// Forgets the links of the previous drawing.
    void clear() { m_links.clear(); }
    /// A link to `attachment`, valid until clear().
    QUrl linkTo(const Attachment &attachment);
    /// The attachment a clicked link stands for, if this drawing made the link; nothing otherwise.
    std::optional<Attachment> resolve(const QUrl &link) const;
    /// Links of our scheme are never handed to the system, whether resolve() knows them or not.
    static bool isOurs(const QUrl &link);

private:
    QHash<QString, Attachment> m_links; // token -> attachment
};

} // namespace helpdesk::client
