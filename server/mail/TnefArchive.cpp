#include "mail/TnefArchive.h"

#include "mail/GMimeSupport.h"

#include <glib.h>

#include <fcntl.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <vector>

// Last: libytnef's headers define BYTE, WORD, DWORD and hundreds of MAPI names as macros.
extern "C" {
#include <ytnef.h>
}

namespace helpdesk::mail {

namespace {
constexpr std::uint32_t kTnefSignature = 0x223E9F78;
constexpr std::size_t kAttributeHeaderBytes = 9; // level (1), id (4), length (4)
constexpr std::size_t kChecksumBytes = 2;
constexpr int kObjectIdBytes = 16; // an embedded object's data starts with its interface id

std::uint32_t littleEndian(const std::string &bytes, std::size_t at, int width)
{
    std::uint32_t value = 0;
    for (int i = width - 1; i >= 0; --i)
        value = (value << 8) | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
    return value;
}

/// The length of the longest prefix of `bytes` made of whole attributes whose checksums hold;
/// 0 when `bytes` is not TNEF. libytnef is only given that prefix: it allocates what the
/// lengths it reads say before it finds that the stream breaks off.
std::size_t wellFramedLength(const std::string &bytes)
{
    if (bytes.size() < 6 || littleEndian(bytes, 0, 4) != kTnefSignature)
        return 0;
    std::size_t at = 6; // signature and key
    while (bytes.size() - at >= kAttributeHeaderBytes + 1 + kChecksumBytes) {
        std::size_t length = littleEndian(bytes, at + 5, 4);
        std::size_t data = at + kAttributeHeaderBytes;
        if (length == 0 || length > bytes.size() - data - kChecksumBytes)
            break;
        std::uint16_t sum = 0;
        for (std::size_t i = data; i < data + length; ++i)
            sum = static_cast<std::uint16_t>(sum + static_cast<unsigned char>(bytes[i]));
        if (sum != littleEndian(bytes, data + length, 2))
            break;
        at = data + length + kChecksumBytes;
    }
    return at;
}

/// libytnef reports damage inside an attribute (a broken MAPI block) with printf, and stdout is
/// `parse-mail`'s JSON (the server logs to stderr), so stdout points at /dev/null while it
/// reads. The descriptor is the process's: one archive is read at a time.
class StdoutSilenced
{
public:
    StdoutSilenced() : m_lock(mutex())
    {
        std::fflush(stdout);
        m_saved = dup(STDOUT_FILENO);
        int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (m_saved >= 0 && null >= 0)
            dup2(null, STDOUT_FILENO);
        if (null >= 0)
            close(null);
    }
    ~StdoutSilenced()
    {
        std::fflush(stdout);
        if (m_saved >= 0) {
            dup2(m_saved, STDOUT_FILENO);
            close(m_saved);
        }
    }
    StdoutSilenced(const StdoutSilenced &) = delete;
    StdoutSilenced &operator=(const StdoutSilenced &) = delete;

private:
    static std::mutex &mutex()
    {
        static std::mutex m;
        return m;
    }
    std::lock_guard<std::mutex> m_lock;
    int m_saved = -1;
};

bool defined(const variableLength *value)
{
    return value != MAPI_UNDEFINED && value != nullptr && value->data != nullptr && value->size > 0;
}

/// A string property without its terminating NULs.
std::string stringOf(const variableLength &value)
{
    std::string text(reinterpret_cast<const char *>(value.data), static_cast<std::size_t>(value.size));
    return text.substr(0, text.find('\0'));
}

/// `name` in UTF-8: 8-bit names are in the archive's Windows code page (attOemCodepage).
std::string utf8Name(const std::string &name, const TNEFStruct &tnef)
{
    if (g_utf8_validate(name.data(), static_cast<gssize>(name.size()), nullptr))
        return name;
    if (tnef.CodePage.data && tnef.CodePage.size >= 4) {
        auto codePage = littleEndian(std::string(reinterpret_cast<const char *>(tnef.CodePage.data), 4), 0, 4);
        gsize written = 0;
        gchar *converted = g_convert(name.data(), static_cast<gssize>(name.size()), "UTF-8",
                                     ("CP" + std::to_string(codePage)).c_str(), nullptr, &written, nullptr);
        if (converted) {
            std::string out(converted, written);
            g_free(converted);
            return out;
        }
    }
    return ensureUtf8(name);
}

std::string nameOf(Attachment &attachment, const TNEFStruct &tnef)
{
    // The long name is a MAPI property (Unicode, which libytnef gives as UTF-8, or 8-bit); the
    // title attribute holds the 8.3 name older clients wrote.
    if (auto *name = MAPIFindProperty(&attachment.MAPI, PROP_TAG(PT_UNICODE, PR_ATTACH_LONG_FILENAME)); defined(name))
        return stringOf(*name);
    if (auto *name = MAPIFindProperty(&attachment.MAPI, PROP_TAG(PT_STRING8, PR_ATTACH_LONG_FILENAME)); defined(name))
        return utf8Name(stringOf(*name), tnef);
    if (attachment.Title.data && attachment.Title.size > 0)
        return utf8Name(stringOf(attachment.Title), tnef);
    return {};
}

std::string contentOf(Attachment &attachment)
{
    if (attachment.FileData.data && attachment.FileData.size > 0)
        return {reinterpret_cast<const char *>(attachment.FileData.data),
                static_cast<std::size_t>(attachment.FileData.size)};
    if (auto *data = MAPIFindProperty(&attachment.MAPI, PROP_TAG(PT_BINARY, PR_ATTACH_DATA_OBJ)); defined(data))
        return {reinterpret_cast<const char *>(data->data), static_cast<std::size_t>(data->size)};
    if (auto *object = MAPIFindProperty(&attachment.MAPI, PROP_TAG(PT_OBJECT, PR_ATTACH_DATA_OBJ));
        defined(object) && object->size > kObjectIdBytes)
        return {reinterpret_cast<const char *>(object->data) + kObjectIdBytes,
                static_cast<std::size_t>(object->size - kObjectIdBytes)};
    return {};
}
} // namespace

std::vector<TnefArchive::File> TnefArchive::filesIn(const std::string &bytes, std::size_t maxFiles)
{
    std::vector<File> files;
    auto length = wellFramedLength(bytes);
    if (length == 0)
        return files;
    std::vector<BYTE> stream(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(length));
    TNEFStruct tnef;
    TNEFInitialize(&tnef);
    tnef.Debug = 0;
    // libytnef refuses attributes over attachmentSize MB; none can be larger than the archive.
    tnef.attachmentSize = static_cast<int>(length / (1024 * 1024)) + 1;
    {
        StdoutSilenced silenced;
        TNEFParseMemory(stream.data(), static_cast<long>(stream.size()), &tnef);
    }
    // Even when a handler gave up part way, the attachments read before it are whole.
    for (Attachment *a = tnef.starting_attach.next; a && files.size() < maxFiles; a = a->next) {
        auto content = contentOf(*a);
        if (!content.empty())
            files.push_back({nameOf(*a, tnef), std::move(content)});
    }
    TNEFFree(&tnef);
    return files;
}

} // namespace helpdesk::mail
