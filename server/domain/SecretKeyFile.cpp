#include "domain/SecretKeyFile.h"

#include <sodium.h>

#include <Poco/File.h>
#include <Poco/Path.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace helpdesk::domain::secrets {

namespace {
std::string systemError(const std::string &what, const std::string &path)
{
    return what + " " + path + ": " + std::strerror(errno);
}

/// fsync of a file or directory by path; a rename is durable only once its directory is synced.
void syncPath(const std::string &path, int flags)
{
    int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0)
        throw SecretError(systemError("cannot open", path));
    bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced)
        throw SecretError(systemError("cannot sync", path));
}

std::string directoryOf(const std::string &path)
{
    auto parent = Poco::Path(path).makeParent().toString();
    return parent.empty() ? std::string(".") : parent;
}
} // namespace

std::optional<SecretKey> SecretKeyFile::read(const std::string &path)
{
    std::ifstream in(path);
    if (!in) {
        if (errno == ENOENT)
            return std::nullopt;
        throw SecretError(systemError("cannot read the secret key file", path));
    }
    std::string hex;
    in >> hex;
    std::array<unsigned char, 32> bytes{};
    std::size_t length = 0;
    if (hex.size() != bytes.size() * 2 ||
        sodium_hex2bin(bytes.data(), bytes.size(), hex.c_str(), hex.size(), nullptr, &length, nullptr) != 0 ||
        length != bytes.size())
        throw SecretError("the secret key file " + path + " does not hold 64 hexadecimal digits");
    auto key = SecretKey::fromBytes(bytes);
    sodium_memzero(hex.data(), hex.size());
    sodium_memzero(bytes.data(), bytes.size());
    return key;
}

void SecretKeyFile::write(const std::string &path, const SecretKey &key)
{
    auto directory = directoryOf(path);
    Poco::File(directory).createDirectories();
    auto temporary = path + ".tmp";
    // Created 0600 from the start (not chmod afterwards): no moment where another user could read it.
    int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        throw SecretError(systemError("cannot create", temporary));
    std::array<char, 32 * 2 + 2> hex{};
    sodium_bin2hex(hex.data(), hex.size(), key.bytes.data(), key.bytes.size());
    hex[64] = '\n';
    bool written = ::fchmod(fd, 0600) == 0 && ::write(fd, hex.data(), 65) == 65 && ::fsync(fd) == 0;
    sodium_memzero(hex.data(), hex.size());
    ::close(fd);
    if (!written) {
        std::remove(temporary.c_str());
        throw SecretError(systemError("cannot write the secret key file", temporary));
    }
    SecretKeyFile::rename(temporary, path);
}

void SecretKeyFile::rename(const std::string &from, const std::string &to)
{
    if (std::rename(from.c_str(), to.c_str()) != 0)
        throw SecretError(systemError("cannot rename " + from + " to", to));
    syncPath(directoryOf(to), O_RDONLY | O_DIRECTORY);
}

void SecretKeyFile::remove(const std::string &path)
{
    if (std::remove(path.c_str()) != 0 && errno != ENOENT)
        throw SecretError(systemError("cannot remove", path));
}

SecretKeyRing SecretKeyFile::ring(const std::string &path)
{
    auto current = read(path);
    if (!current)
        throw SecretError("there is no secret key file " + path);
    std::vector<SecretKey> others;
    for (const auto &beside : {nextPath(path), oldPath(path)})
        if (auto key = read(beside))
            others.push_back(*key);
    return SecretKeyRing(*current, std::move(others));
}

std::string SecretKeyFile::identity(const std::string &path)
{
    struct stat s {
    };
    if (::stat(path.c_str(), &s) != 0)
        return {};
    return std::to_string(s.st_dev) + ":" + std::to_string(s.st_ino) + ":" + std::to_string(s.st_size) + ":" +
           std::to_string(s.st_mtim.tv_sec) + "." + std::to_string(s.st_mtim.tv_nsec);
}

} // namespace helpdesk::domain::secrets
