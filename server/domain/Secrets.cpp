#include "domain/Secrets.h"

#include <sodium.h>

#include <Poco/File.h>
#include <Poco/Path.h>

#include <array>
#include <fstream>
#include <mutex>
#include <optional>
#include <sys/stat.h>
#include <vector>

namespace helpdesk::domain::secrets {

namespace {
const std::string kPrefix = "sealed:v1:";
std::mutex g_mutex;
std::optional<std::array<unsigned char, crypto_secretbox_KEYBYTES>> g_key;

std::array<unsigned char, crypto_secretbox_KEYBYTES> key()
{
    std::lock_guard lock(g_mutex);
    if (!g_key)
        throw SecretError("no secret key is loaded (--secret-key-file)");
    return *g_key;
}
} // namespace

void useKeyFile(const std::string &path)
{
    if (sodium_init() < 0)
        throw SecretError("libsodium could not be initialised");
    std::array<unsigned char, crypto_secretbox_KEYBYTES> bytes{};
    if (!Poco::File(path).exists()) {
        Poco::File(Poco::Path(path).parent()).createDirectories();
        randombytes_buf(bytes.data(), bytes.size());
        std::array<char, crypto_secretbox_KEYBYTES * 2 + 1> hex{};
        sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
        auto previous = ::umask(077); // readable by the server's user only
        {
            std::ofstream out(path, std::ios::trunc);
            out << hex.data() << "\n";
            if (!out)
                throw SecretError("cannot write the secret key file " + path);
        }
        ::umask(previous);
    } else {
        std::ifstream in(path);
        std::string hex;
        in >> hex;
        std::size_t length = 0;
        if (hex.size() != bytes.size() * 2 ||
            sodium_hex2bin(bytes.data(), bytes.size(), hex.c_str(), hex.size(), nullptr, &length, nullptr) != 0 ||
            length != bytes.size())
            throw SecretError("the secret key file " + path + " does not hold 64 hexadecimal digits");
    }
    std::lock_guard lock(g_mutex);
    g_key = bytes;
}

bool isSealed(const std::string &stored)
{
    return stored.rfind(kPrefix, 0) == 0;
}

std::string seal(const std::string &plain)
{
    if (plain.empty())
        return plain;
    auto k = key();
    std::vector<unsigned char> box(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size());
    randombytes_buf(box.data(), crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(box.data() + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char *>(plain.data()), plain.size(), box.data(), k.data());
    std::string text(sodium_base64_ENCODED_LEN(box.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(text.data(), text.size(), box.data(), box.size(), sodium_base64_VARIANT_ORIGINAL);
    text.resize(std::char_traits<char>::length(text.c_str()));
    return kPrefix + text;
}

std::string open(const std::string &stored)
{
    if (!isSealed(stored))
        return stored; // stored before sealing existed; sealed at the next start
    auto text = stored.substr(kPrefix.size());
    std::vector<unsigned char> box(text.size());
    std::size_t length = 0;
    if (sodium_base642bin(box.data(), box.size(), text.c_str(), text.size(), nullptr, &length, nullptr,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        length < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES)
        throw SecretError("a stored password is damaged");
    auto k = key();
    std::string plain(length - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES, '\0');
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()),
                                   box.data() + crypto_secretbox_NONCEBYTES, length - crypto_secretbox_NONCEBYTES,
                                   box.data(), k.data()) != 0)
        throw SecretError("a stored password was sealed with another key: every instance needs the same "
                          "--secret-key-file");
    return plain;
}

} // namespace helpdesk::domain::secrets
