#include "app/PostmasterWatchdog.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <stdexcept>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace helpdesk::app {

namespace {
// Terminal signals are ignored: Ctrl-C reaches the server, which stops the cluster and then says
// "clean"; the watchdog must outlive a server that dies without doing so.
const char *kScript = "trap '' INT TERM HUP QUIT PIPE\n"
                      "read -r word\n"
                      "[ \"$word\" = clean ] && exit 0\n"
                      "echo \"helpdesk-server ended without stopping PostgreSQL; the watchdog stops it\"\n"
                      "\"$@\"\n";
} // namespace

PostmasterWatchdog::PostmasterWatchdog(const std::vector<std::string> &stopCommand, int lockDescriptor,
                                       const std::string &logFile)
{
    int ends[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0)
        throw std::runtime_error(std::string("cannot start the PostgreSQL watchdog: ") + std::strerror(errno));
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_adddup2(&files, ends[1], 0);
    posix_spawn_file_actions_addopen(&files, 1, logFile.c_str(), O_WRONLY | O_APPEND | O_CREAT, 0600);
    posix_spawn_file_actions_adddup2(&files, 1, 2);
    posix_spawn_file_actions_adddup2(&files, lockDescriptor, 3);
    posix_spawn_file_actions_addclosefrom_np(&files, 4); // nothing else of the server's (its sockets)
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &all);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    std::vector<std::string> args{"sh", "-c", kScript, "helpdesk-postgres-watchdog"};
    args.insert(args.end(), stopCommand.begin(), stopCommand.end());
    std::vector<char *> argv;
    argv.reserve(args.size() + 1);
    for (auto &arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    int error = posix_spawn(&pid, "/bin/sh", &files, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&files);
    posix_spawnattr_destroy(&attributes);
    ::close(ends[1]);
    if (error != 0) {
        ::close(ends[0]);
        throw std::runtime_error(std::string("cannot start the PostgreSQL watchdog: ") + std::strerror(error));
    }
    m_socket = ends[0];
    m_pid = pid;
}

PostmasterWatchdog::~PostmasterWatchdog()
{
    static const char kClean[] = "clean\n";
    ::send(m_socket, kClean, sizeof kClean - 1, MSG_NOSIGNAL);
    ::close(m_socket);
    // Reaped here so no zombie stays behind; it exits as soon as it has read the word.
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
    }
}

} // namespace helpdesk::app
