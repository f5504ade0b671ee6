#include "mail/AttachmentNames.h"

#include "mail/GMimeSupport.h"
#include "mail/MailLimits.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace helpdesk::mail {

namespace {
/// Most file systems take 255 bytes in a name.
constexpr std::size_t kMaxNameBytes = 255;

struct KnownType {
    const char *type;
    const char *extension;
    const char *baseName; // nullptr: by media type ("image", "video", "audio", "file")
};

// The types mail really carries unnamed (and what their files are called when named); the
// first row of a type gives its extension, the first row of an extension its type.
constexpr std::array kKnownTypes{
    KnownType{"application/pdf", ".pdf", nullptr},
    KnownType{"application/zip", ".zip", nullptr},
    KnownType{"application/x-zip-compressed", ".zip", nullptr},
    KnownType{"application/gzip", ".gz", nullptr},
    KnownType{"application/x-7z-compressed", ".7z", nullptr},
    KnownType{"application/x-rar-compressed", ".rar", nullptr},
    KnownType{"application/msword", ".doc", nullptr},
    KnownType{"application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", nullptr},
    KnownType{"application/vnd.ms-excel", ".xls", nullptr},
    KnownType{"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", nullptr},
    KnownType{"application/vnd.ms-powerpoint", ".ppt", nullptr},
    KnownType{"application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx", nullptr},
    KnownType{"application/vnd.oasis.opendocument.text", ".odt", nullptr},
    KnownType{"application/vnd.oasis.opendocument.spreadsheet", ".ods", nullptr},
    KnownType{"application/vnd.ms-outlook", ".msg", nullptr},
    KnownType{"application/rtf", ".rtf", nullptr},
    KnownType{"application/json", ".json", nullptr},
    KnownType{"application/xml", ".xml", nullptr},
    KnownType{"application/ms-tnef", ".dat", "winmail"},
    KnownType{"application/vnd.ms-tnef", ".dat", "winmail"},
    KnownType{"application/pgp-signature", ".asc", "signature"},
    KnownType{"application/pgp-keys", ".asc", "key"},
    KnownType{"application/pkcs7-signature", ".p7s", "smime"},
    KnownType{"application/x-pkcs7-signature", ".p7s", "smime"},
    KnownType{"application/pkcs7-mime", ".p7m", "smime"},
    KnownType{"application/x-pkcs7-mime", ".p7m", "smime"},
    // Text and HTML sent unnamed as files are "document.txt" and "document.html", as the peer
    // helpdesk (Zammad) names them, so a ticket moved between the two keeps its file names.
    KnownType{"text/plain", ".txt", "document"},
    KnownType{"text/html", ".html", "document"},
    KnownType{"text/csv", ".csv", nullptr},
    KnownType{"text/xml", ".xml", nullptr},
    KnownType{"text/rtf", ".rtf", nullptr},
    KnownType{"text/calendar", ".ics", "calendar"},
    KnownType{"text/vcard", ".vcf", "contact"},
    KnownType{"text/x-vcard", ".vcf", "contact"},
    KnownType{"text/rfc822-headers", ".txt", "rfc822-headers"},
    KnownType{"message/delivery-status", ".txt", "delivery-status"},
    KnownType{"message/global-delivery-status", ".txt", "delivery-status"},
    KnownType{"message/disposition-notification", ".txt", "disposition-notification"},
    KnownType{"message/global-disposition-notification", ".txt", "disposition-notification"},
    KnownType{"message/rfc822", ".eml", "Mail"},
    KnownType{"message/global", ".eml", "Mail"},
    KnownType{"image/jpeg", ".jpg", nullptr},
    KnownType{"image/jpeg", ".jpeg", nullptr},
    KnownType{"image/jpg", ".jpg", nullptr},
    KnownType{"image/pjpeg", ".jpg", nullptr},
    KnownType{"image/png", ".png", nullptr},
    KnownType{"image/gif", ".gif", nullptr},
    KnownType{"image/bmp", ".bmp", nullptr},
    KnownType{"image/tiff", ".tif", nullptr},
    KnownType{"image/tiff", ".tiff", nullptr},
    KnownType{"image/webp", ".webp", nullptr},
    KnownType{"image/heic", ".heic", nullptr},
    KnownType{"image/svg+xml", ".svg", nullptr},
    KnownType{"image/x-icon", ".ico", nullptr},
    KnownType{"audio/mpeg", ".mp3", nullptr},
    KnownType{"audio/wav", ".wav", nullptr},
    KnownType{"audio/ogg", ".ogg", nullptr},
    KnownType{"video/mp4", ".mp4", nullptr},
    KnownType{"video/quicktime", ".mov", nullptr},
    KnownType{"video/mpeg", ".mpg", nullptr},
    KnownType{"application/octet-stream", "", nullptr},
};

const KnownType *knownType(const std::string &mimeType)
{
    for (const auto &known : kKnownTypes)
        if (mimeType == known.type)
            return &known;
    return nullptr;
}

std::string baseNameFor(const std::string &mimeType)
{
    if (const auto *known = knownType(mimeType); known && known->baseName)
        return known->baseName;
    for (const char *media : {"image", "video", "audio"})
        if (mimeType.rfind(std::string(media) + "/", 0) == 0)
            return media;
    return "file";
}

/// The extension at the end of `name` (".pdf"), "" when it has none: a dot followed by 1–5
/// letters or digits.
std::string extensionOf(const std::string &name)
{
    auto dot = name.rfind('.');
    if (dot == std::string::npos || dot == 0 || name.size() - dot - 1 < 1 || name.size() - dot - 1 > 5)
        return {};
    for (std::size_t i = dot + 1; i < name.size(); ++i)
        if (!std::isalnum(static_cast<unsigned char>(name[i])))
            return {};
    return name.substr(dot);
}

/// The file name at the end of a Content-Location (a URL or a path): its last segment without a
/// query or fragment, percent-escapes undone, "" when that has no extension (a directory, a page).
std::string locationName(const std::string &location)
{
    auto end = location.find_first_of("?#");
    auto path = trim(location.substr(0, end));
    auto slash = path.find_last_of("/\\");
    std::string name;
    try {
        Poco::URI::decode(slash == std::string::npos ? path : path.substr(slash + 1), name);
    } catch (const Poco::SyntaxException &) {
        return {}; // a "%" without two hex digits: no usable name
    }
    return extensionOf(name).empty() ? std::string() : ensureUtf8(name);
}

/// `name` within kMaxNameBytes, keeping its extension.
std::string fitted(const std::string &name)
{
    if (name.size() <= kMaxNameBytes)
        return name;
    auto extension = extensionOf(name);
    return std::string(utf8Prefix(name.substr(0, name.size() - extension.size()), kMaxNameBytes - extension.size())) +
           extension;
}

/// Whether the UTF-8 sequence at `text[i]` is a control character (C1) or a bidirectional
/// override/isolate, which can make "invoice" U+202E "fdp.exe" show as "invoiceexe.pdf".
std::size_t invisibleControlLength(const std::string &text, std::size_t i)
{
    auto byte = [&](std::size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0U; };
    if (byte(i) == 0xC2 && byte(i + 1) >= 0x80 && byte(i + 1) <= 0x9F)
        return 2;
    if (byte(i) == 0xE2 && byte(i + 1) == 0x80 && byte(i + 2) >= 0xAA && byte(i + 2) <= 0xAE)
        return 3; // U+202A–U+202E
    if (byte(i) == 0xE2 && byte(i + 1) == 0x81 && byte(i + 2) >= 0xA6 && byte(i + 2) <= 0xA9)
        return 3; // U+2066–U+2069
    return 0;
}
} // namespace

std::string AttachmentNames::fileSystemSafe(const std::string &name)
{
    std::string safe;
    safe.reserve(name.size());
    for (std::size_t i = 0; i < name.size(); ++i) {
        auto c = static_cast<unsigned char>(name[i]);
        if (c < 0x20 || c == 0x7F || c == '/' || c == '\\') {
            safe += '_';
        } else if (auto length = invisibleControlLength(name, i)) {
            safe += '_';
            i += length - 1;
        } else {
            safe += name[i];
        }
    }
    safe = trim(safe);
    if (safe.find_first_not_of('.') == std::string::npos)
        return {};
    return fitted(safe);
}

std::string AttachmentNames::extensionFor(const std::string &mimeType)
{
    if (const auto *known = knownType(mimeType))
        return known->extension;
    // Unlisted images are named by their subtype when it reads as one ("image/x-pcx" does not).
    if (mimeType.rfind("image/", 0) == 0) {
        auto subtype = mimeType.substr(6);
        if (!subtype.empty() && subtype.size() <= 5 && std::all_of(subtype.begin(), subtype.end(), [](char c) {
                return std::isalnum(static_cast<unsigned char>(c));
            }))
            return "." + subtype;
    }
    return {};
}

std::string AttachmentNames::typeForName(const std::string &filename)
{
    auto extension = lower(extensionOf(filename));
    if (!extension.empty())
        for (const auto &known : kKnownTypes)
            if (extension == known.extension)
                return known.type;
    return "application/octet-stream";
}

AttachmentNames::Choice AttachmentNames::given(const std::string &name, const char *rule)
{
    auto safe = fileSystemSafe(name);
    if (!safe.empty())
        m_taken.insert(safe);
    return {safe, rule};
}

AttachmentNames::Choice AttachmentNames::madeUp(std::string name, const char *rule)
{
    name = fileSystemSafe(name);
    if (name.empty())
        return {};
    // A second "image.png" becomes "image1.png", as mail clients number saved copies.
    auto extension = extensionOf(name);
    auto stem = name.substr(0, name.size() - extension.size());
    for (int i = 1; m_taken.count(name) && i < 10000; ++i)
        name = fitted(stem + std::to_string(i) + extension);
    m_taken.insert(name);
    return {name, rule};
}

AttachmentNames::Choice AttachmentNames::fromType(const std::string &mimeType, const char *rule)
{
    return madeUp(baseNameFor(mimeType) + extensionFor(mimeType), rule);
}

AttachmentNames::Choice AttachmentNames::nameFor(GMimeObject *part, const std::string &mimeType)
{
    if (const char *filename = g_mime_object_get_content_disposition_parameter(part, "filename"))
        if (auto choice = given(ensureUtf8(filename), "from Content-Disposition filename"); !choice.filename.empty())
            return choice;
    if (const char *name = g_mime_object_get_content_type_parameter(part, "name"))
        if (auto choice = given(ensureUtf8(name), "from Content-Type name"); !choice.filename.empty())
            return choice;
    // Exchange names some parts only in their Content-Location.
    if (auto location = locationName(headerOf(part, "Content-Location")); !location.empty())
        if (auto choice = given(location, "from Content-Location"); !choice.filename.empty())
            return choice;
    // An attached message is best known by its subject ("Re: invoice 2231.eml"); a description
    // such as "Undelivered Message" says less. One left empty is no message the description
    // could describe: it is named from its type ("Mail.eml").
    if (GMIME_IS_MESSAGE_PART(part)) {
        GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(part));
        if (!inner || messageBytes(inner).empty())
            return fromType(mimeType, "from its type (the attached message is empty)");
        if (const char *subject = g_mime_message_get_subject(inner); subject && *subject)
            if (auto choice = madeUp(ensureUtf8(subject) + ".eml", "from the attached message's subject");
                !choice.filename.empty())
                return choice;
    }
    // "Delivery report" of a message/delivery-status is saved as "Delivery report.txt". A
    // description with no extension of its own or of its type ("PGP/MIME Versions
    // Identification") would name a file nothing opens, so it names none.
    auto description = fileSystemSafe(headerOf(part, "Content-Description"));
    if (!description.empty() && extensionOf(description).empty())
        description = extensionFor(mimeType).empty() ? std::string() : description + extensionFor(mimeType);
    if (!description.empty())
        return madeUp(description, "from Content-Description");
    // Outlook names inline images only in their Content-ID: <image001.png@01D9A1B2.C3D4E5F0>.
    if (const char *id = g_mime_object_get_content_id(part)) {
        std::string local(id);
        local = local.substr(0, local.find('@'));
        if (!extensionOf(local).empty())
            if (auto choice = madeUp(local, "from Content-ID"); !choice.filename.empty())
                return choice;
    }
    return fromType(mimeType);
}

AttachmentNames::Choice AttachmentNames::nameForInner(const std::string &givenName, const std::string &mimeType,
                                                      const std::string &rule)
{
    auto safe = fileSystemSafe(ensureUtf8(givenName));
    if (!safe.empty()) {
        m_taken.insert(safe);
        return {safe, rule};
    }
    return fromType(mimeType);
}

} // namespace helpdesk::mail
