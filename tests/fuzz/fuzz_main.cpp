// libFuzzer entry point; HELPDESK_FUZZ_TARGET names the function of FuzzTargets.h this
// executable drives (one executable per target, built by scripts/fuzz.sh).

#include "FuzzTargets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    helpdesk::fuzz::HELPDESK_FUZZ_TARGET(std::string_view(reinterpret_cast<const char *>(data), size));
    return 0;
}
