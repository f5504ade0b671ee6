#include "domain/Passwords.h"

#include "protocol/ProtocolError.h"

#include <sodium.h>
#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

namespace helpdesk::domain::passwords {

namespace {
void ensureSodium()
{
    static const bool ready = [] { return sodium_init() >= 0; }();
    if (!ready)
        throw std::runtime_error("libsodium failed to initialize");
}

std::string randomUrlSafe(std::size_t bytes)
{
    ensureSodium();
    std::vector<unsigned char> raw(bytes);
    randombytes_buf(raw.data(), raw.size());
    std::string out(sodium_base64_ENCODED_LEN(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), raw.data(), raw.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(std::char_traits<char>::length(out.c_str()));
    return out;
}

/// Argon2 hashes in flight, bounded: each holds crypto_pwhash_MEMLIMIT_INTERACTIVE of memory.
class HashGate
{
public:
    void configure(int running, int waiting, std::chrono::milliseconds maxWait)
    {
        std::lock_guard lock(m_mutex);
        m_maxRunning = running > 0 ? running : automaticLimit();
        m_maxWaiting = std::max(0, waiting);
        m_maxWait = maxWait;
        m_free.notify_all();
    }

    void enter()
    {
        std::unique_lock lock(m_mutex);
        if (m_running < m_maxRunning && m_waiting == 0) {
            ++m_running;
            return;
        }
        if (m_waiting >= m_maxWaiting)
            throw busy();
        ++m_waiting;
        bool admitted = m_free.wait_for(lock, m_maxWait, [&] { return m_running < m_maxRunning; });
        --m_waiting;
        if (!admitted)
            throw busy();
        ++m_running;
    }

    void leave()
    {
        std::lock_guard lock(m_mutex);
        --m_running;
        m_free.notify_one();
    }

private:
    static int automaticLimit()
    {
        // More hashes than cores only add memory, not throughput; and at most a quarter of the
        // machine's memory goes to them.
        int cores = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
        long long memory = static_cast<long long>(sysconf(_SC_PHYS_PAGES)) * sysconf(_SC_PAGE_SIZE);
        long long byMemory =
            memory > 0 ? memory / 4 / static_cast<long long>(crypto_pwhash_MEMLIMIT_INTERACTIVE) : cores;
        return static_cast<int>(std::clamp<long long>(byMemory, 1, cores));
    }

    static protocol::ApiError busy()
    {
        return protocol::ApiError::retryLater(protocol::ErrorCode::Unavailable,
                                              "the server is busy checking passwords; retry in a moment", 1);
    }

    std::mutex m_mutex;
    std::condition_variable m_free;
    int m_running = 0;
    int m_waiting = 0;
    int m_maxRunning = automaticLimit();
    int m_maxWaiting = 32;
    std::chrono::milliseconds m_maxWait = std::chrono::seconds(10);
};

HashGate &gate()
{
    static HashGate instance;
    return instance;
}

/// Holds a place in the gate for one hash or check.
class GatePass
{
public:
    GatePass() { gate().enter(); }
    ~GatePass() { gate().leave(); }
    GatePass(const GatePass &) = delete;
    GatePass &operator=(const GatePass &) = delete;
};
} // namespace

void limitConcurrency(int running, int waiting, std::chrono::milliseconds maxWait)
{
    gate().configure(running, waiting, maxWait);
}

std::string hash(const std::string &password)
{
    ensureSodium();
    GatePass pass;
    char out[crypto_pwhash_STRBYTES];
    // Interactive limits: ~64 MiB and a few tens of ms per login on these machines.
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return out;
}

bool verify(const std::string &password, const std::string &hash)
{
    ensureSodium();
    if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    GatePass pass;
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string newToken(const std::string &prefix)
{
    return prefix + randomUrlSafe(32);
}

std::string newPassword()
{
    return randomUrlSafe(15);
}

} // namespace helpdesk::domain::passwords
