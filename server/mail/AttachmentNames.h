#pragma once

#include <gmime/gmime.h>

#include <set>
#include <string>

namespace helpdesk::mail {

/// Names the files of one message: the name the sender gave (or its server, in Content-Location),
/// else one made from what the part says about itself (an attached message's subject,
/// Content-Description, a Content-ID that is a file name, its type), safe for file systems and,
/// when made up, unique in the message.
/// One per message; not shared between threads.
class AttachmentNames
{
public:
    /// A file name and the rule that gave it (for `parse-mail --explain`).
    struct Choice {
        std::string filename;
        std::string rule;
    };

    /// The name `part` (a leaf, an attached message, a multipart kept as a file) is kept under;
    /// `mimeType` is its lower-case type/subtype.
    Choice nameFor(GMimeObject *part, const std::string &mimeType);
    /// The name a file found inside a part (uuencoded, in a TNEF archive) is kept under:
    /// `given` made safe, or one made from `mimeType` when nothing usable was given.
    Choice nameForInner(const std::string &given, const std::string &mimeType, const std::string &rule);

    /// `name` with what file systems refuse (/, \ and control characters) as "_", trimmed;
    /// "" when nothing usable is left (empty, only dots). Other characters, ":" included, stay.
    static std::string fileSystemSafe(const std::string &name);
    /// The usual extension of a type, with its dot (".pdf"), or "" when none is known.
    static std::string extensionFor(const std::string &mimeType);
    /// The type a file name's extension stands for, "application/octet-stream" when unknown.
    static std::string typeForName(const std::string &filename);

private:
    Choice given(const std::string &name, const char *rule);
    Choice madeUp(std::string name, const char *rule);
    Choice fromType(const std::string &mimeType, const char *rule = "from its type");

    std::set<std::string> m_taken;
};

} // namespace helpdesk::mail
