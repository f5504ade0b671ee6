#pragma once

#include <QString>

#include <vector>

namespace helpdesk::client {

/// A piece of a message body: text the agent reads, or a part they rarely reread (a quoted
/// reply, the signature) that the thread folds behind "…".
struct BodyPart {
    QString content;
    bool foldable = false;

    bool operator==(const BodyPart &) const = default;
};

/// Finds the parts of a message body that mail clients quote or append: the thread folds them so
/// a long conversation reads as its new messages. Pure functions; any thread.
class QuotedText
{
public:
    /// Plain text, by lines: a run of lines starting with ">" (with the attribution above it, "On …
    /// wrote:" in the usual languages), an Outlook "-----Original Message-----" and all below it, and
    /// the signature from a "-- " line to the end. Joining the parts' contents gives `text` back.
    static std::vector<BodyPart> splitPlain(const QString &text);
    /// HTML (as the server's sanitizer writes it): each outermost <blockquote> element. Joining
    /// the parts' contents gives `html` back.
    static std::vector<BodyPart> splitHtml(const QString &html);
};

} // namespace helpdesk::client
