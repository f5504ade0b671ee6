#include "api/WebSocketFrames.h"

#include <algorithm>

namespace helpdesk::api::websocket {

namespace {
bool isControl(Opcode opcode)
{
    return (static_cast<std::uint8_t>(opcode) & 0x8) != 0;
}

bool isKnown(std::uint8_t opcode)
{
    return opcode <= 0x2 || (opcode >= 0x8 && opcode <= 0xA);
}
} // namespace

std::optional<Message> FrameDecoder::next()
{
    for (;;) {
        const auto available = m_input.size() - m_offset;
        const auto *p = reinterpret_cast<const unsigned char *>(m_input.data() + m_offset);
        if (available < 2)
            break;
        const bool fin = (p[0] & 0x80) != 0;
        if ((p[0] & 0x70) != 0)
            throw FrameError{closeCode::ProtocolError, "reserved bits set (no extension was negotiated)"};
        const std::uint8_t rawOpcode = p[0] & 0x0F;
        if (!isKnown(rawOpcode))
            throw FrameError{closeCode::ProtocolError, "unknown opcode"};
        const auto opcode = static_cast<Opcode>(rawOpcode);
        if ((p[1] & 0x80) == 0)
            throw FrameError{closeCode::ProtocolError, "client frames must be masked"};
        std::uint64_t length = p[1] & 0x7F;
        std::size_t header = 2;
        if (length == 126) {
            header = 4;
            if (available < header)
                break;
            length = (std::uint64_t{p[2]} << 8) | p[3];
        } else if (length == 127) {
            header = 10;
            if (available < header)
                break;
            length = 0;
            for (int i = 2; i < 10; ++i)
                length = (length << 8) | p[i];
        }
        if (isControl(opcode) && (length > 125 || !fin))
            throw FrameError{closeCode::ProtocolError, "control frames are short and not fragmented"};
        // Refused before the payload arrives, so a peer cannot make us buffer more than the limit.
        if (length > m_maxMessage || (!isControl(opcode) && m_partial.size() + length > m_maxMessage))
            throw FrameError{closeCode::TooBig,
                             "the message exceeds the limit of " + std::to_string(m_maxMessage) + " bytes"};
        header += 4; // masking key
        if (available < header + length)
            break;
        const unsigned char *mask = p + header - 4;
        std::string payload(reinterpret_cast<const char *>(p + header), static_cast<std::size_t>(length));
        for (std::size_t i = 0; i < payload.size(); ++i)
            payload[i] = static_cast<char>(payload[i] ^ mask[i % 4]);
        m_offset += header + static_cast<std::size_t>(length);
        if (m_offset > 65536 || m_offset == m_input.size()) {
            m_input.erase(0, m_offset);
            m_offset = 0;
        }
        if (isControl(opcode))
            return Message{opcode, std::move(payload)};
        if (opcode == Opcode::Continuation) {
            if (!m_partialOpcode)
                throw FrameError{closeCode::ProtocolError, "continuation without a message to continue"};
        } else {
            if (m_partialOpcode)
                throw FrameError{closeCode::ProtocolError, "a new message began inside a fragmented one"};
            m_partialOpcode = opcode;
        }
        m_partial += payload;
        if (fin) {
            Message message{*m_partialOpcode, std::move(m_partial)};
            m_partial.clear();
            m_partialOpcode.reset();
            return message;
        }
    }
    if (m_input.capacity() > 65536 && m_input.size() - m_offset < 1024) {
        m_input.erase(0, m_offset);
        m_offset = 0;
        m_input.shrink_to_fit(); // an idle session keeps little, whatever it once received
    }
    return std::nullopt;
}

std::string encodeFrame(Opcode opcode, std::string_view payload)
{
    std::string frame;
    frame.reserve(payload.size() + 10);
    frame += static_cast<char>(0x80 | static_cast<std::uint8_t>(opcode));
    const auto size = payload.size();
    if (size < 126) {
        frame += static_cast<char>(size);
    } else if (size <= 0xFFFF) {
        frame += static_cast<char>(126);
        frame += static_cast<char>((size >> 8) & 0xFF);
        frame += static_cast<char>(size & 0xFF);
    } else {
        frame += static_cast<char>(127);
        for (int shift = 56; shift >= 0; shift -= 8)
            frame += static_cast<char>((static_cast<std::uint64_t>(size) >> shift) & 0xFF);
    }
    frame.append(payload);
    return frame;
}

std::string encodeClose(std::uint16_t code, std::string_view reason)
{
    std::string payload;
    payload += static_cast<char>((code >> 8) & 0xFF);
    payload += static_cast<char>(code & 0xFF);
    auto cut = std::min<std::size_t>(reason.size(), 123);
    while (cut > 0 && cut < reason.size() && (static_cast<unsigned char>(reason[cut]) & 0xC0) == 0x80)
        --cut; // not inside a UTF-8 sequence: a browser fails a connection over a broken reason
    payload.append(reason.substr(0, cut));
    return encodeFrame(Opcode::Close, payload);
}

} // namespace helpdesk::api::websocket
