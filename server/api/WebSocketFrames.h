#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace helpdesk::api::websocket {

/// RFC 6455 opcodes a server meets.
enum class Opcode : std::uint8_t { Continuation = 0x0, Text = 0x1, Binary = 0x2, Close = 0x8, Ping = 0x9, Pong = 0xA };

/// Close codes the server sends (RFC 6455 §7.4.1, 4000-4999 are ours).
namespace closeCode {
constexpr std::uint16_t Normal = 1000;
constexpr std::uint16_t ProtocolError = 1002;
constexpr std::uint16_t PolicyViolation = 1008;
constexpr std::uint16_t TooBig = 1009;
constexpr std::uint16_t GoingAway = 1001;
/// The server failed to serve the request (e.g. the database is away); the client may retry.
constexpr std::uint16_t ServerError = 1011;
/// The account or the token changed (rights, deactivation, sign-out): sign in again and resume.
constexpr std::uint16_t SignInAgain = 4001;
/// The client fell behind (its send queue overflowed): reconnect and resume from the last seq it applied.
constexpr std::uint16_t Resync = 4000;
} // namespace closeCode

/// One complete message (text or binary, reassembled from fragments) or a control frame.
struct Message {
    Opcode opcode = Opcode::Text;
    std::string payload;
};

/// A violation of the framing rules: the connection is closed with `code`.
struct FrameError {
    std::uint16_t code = closeCode::ProtocolError;
    std::string reason;
};

/// Incremental decoder of the frames a client sends: bytes go in as they arrive, whole messages
/// come out. Memory is bounded by `maxMessage`: a frame or message announcing more is refused
/// before its payload is read. Client frames must be masked (RFC 6455 §5.1).
class FrameDecoder
{
public:
    explicit FrameDecoder(std::size_t maxMessage) : m_maxMessage(maxMessage) {}

    /// Appends received bytes.
    void feed(std::string_view bytes) { m_input.append(bytes); }
    /// The next whole message, nothing while more bytes are needed; throws FrameError.
    std::optional<Message> next();

private:
    std::size_t m_maxMessage;
    std::string m_input;
    std::size_t m_offset = 0;
    std::string m_partial; // fragments of a message not finished yet
    std::optional<Opcode> m_partialOpcode;
};

/// An unmasked server frame holding `payload` (server frames are never masked).
std::string encodeFrame(Opcode opcode, std::string_view payload);
/// A close frame with its status code and a reason (cut to fit the 125-byte control limit).
std::string encodeClose(std::uint16_t code, std::string_view reason);

} // namespace helpdesk::api::websocket
