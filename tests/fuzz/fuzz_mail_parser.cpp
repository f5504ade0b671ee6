// libFuzzer entry point for the mail parser: any bytes must either parse or raise MailParseError,
// never crash, hang or leak. Build with -DHELPDESK_FUZZ=ON and clang (see tests/fuzz/README.md);
// inputs that once crashed live in tests/mail/fuzz-regressions/ and run in tst_mail_parser.

#include "mail/MailParser.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        auto parsed = helpdesk::mail::MailParser::parse(std::string(reinterpret_cast<const char *>(data), size));
        (void)parsed.toJson();
    } catch (const helpdesk::mail::MailParseError &) {
    }
    return 0;
}
