#pragma once

#include <string>
#include <vector>

namespace helpdesk::mail {

/// The files inside an MS-TNEF attachment (Outlook's winmail.dat), read with libytnef. Any
/// thread.
class TnefArchive
{
public:
    /// One file of the archive, as its sender named it.
    struct File {
        std::string name; // as written in the archive (Latin-1 or UTF-8), "" when it has none
        std::string content;
    };

    /// The files `bytes` carries, at most `maxFiles`; none when it is not TNEF. A damaged
    /// archive gives the files that come whole before the damage.
    static std::vector<File> filesIn(const std::string &bytes, std::size_t maxFiles);
};

} // namespace helpdesk::mail
