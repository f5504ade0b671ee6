#pragma once

#include <string_view>
#include <vector>

namespace helpdesk::fuzz {

/// One reader of untrusted bytes, run on one input: the input must be read or refused with the
/// reader's own error, never crash, hang, leak or take memory beyond its limits. The libFuzzer
/// executables (scripts/fuzz.sh) and the suite's replay of found inputs (tst_fuzz_regressions)
/// call the same functions.
struct Target {
    const char *name; // also the folder of its regression inputs under tests/fuzz/regressions/
    void (*run)(std::string_view input);
};

/// MIME reader (GMime): headers, addresses, nested multiparts, encodings.
void mailParser(std::string_view input);
/// The protocol's strict JSON codec, parsed and written back.
void jsonCodec(std::string_view input);
/// HTML to text (mail) and the one HTML sanitizer (domain).
void htmlText(std::string_view input);
/// The IMAP client's response reader, fed by a loopback peer that answers with the input.
void imapReader(std::string_view input);
/// The streaming Rails-XML reader of Freshdesk exports.
void freshdeskXml(std::string_view input);
/// The WebSocket frame decoder (what any client can send the server).
void websocketFrames(std::string_view input);
/// The Authentication-Results reader (RFC 8601) and the sender verdict built on it.
void authenticationResults(std::string_view input);

/// Every target, by name.
const std::vector<Target> &targets();

} // namespace helpdesk::fuzz
