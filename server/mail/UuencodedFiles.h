#pragma once

#include <string>
#include <vector>

namespace helpdesk::mail {

/// Files uuencoded into a text body (`begin 644 name` … `end`), as older mail and news clients
/// attached them; decoded with GMime's uudecoder. Any thread.
class UuencodedFiles
{
public:
    /// One decoded file, named as its `begin` line names it.
    struct File {
        std::string name;
        std::string content;
    };
    /// Takes up to `maxFiles` complete blocks (a `begin` line, encoded lines, an `end` line) out
    /// of `text` (\n line ends) and gives the files they held; text without any stays as it is.
    static std::vector<File> extract(std::string &text, std::size_t maxFiles);
    /// The file a part sent with Content-Transfer-Encoding x-uuencode holds: its encoded lines
    /// after the `begin` line, or from the first line when the sender left that line out.
    static std::string decodedPart(const std::string &encoded);
    /// The file name on the first `begin` line of `encoded` (blank lines before it skipped), ""
    /// when there is none.
    static std::string nameOnBeginLine(const std::string &encoded);
};

} // namespace helpdesk::mail
