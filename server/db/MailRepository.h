#pragma once

#include "db/ConnectionPool.h"
#include "protocol/Json.h"

#include <optional>
#include <string>
#include <vector>

namespace helpdesk::db {

/// An inbound message as stored (raw first, interpreted later).
struct InboundMessage {
    std::int64_t id = 0;
    std::string raw;
    std::string source;
    std::optional<std::int64_t> mailboxId;
    std::optional<std::string> envelopeRecipient;
    std::string state;
};

/// An outbound mail waiting in the outbox.
struct OutboundMail {
    std::int64_t id = 0;
    std::string kind;
    std::optional<std::int64_t> ticketId;
    std::optional<std::int64_t> articleId;
    std::string mailFrom;
    std::vector<std::string> recipients;
    std::vector<std::string> cc;
    std::string subject;
    std::string bodyText;
    std::optional<std::string> bodyHtml;
    std::string messageId;
    std::optional<std::string> inReplyTo;
    std::string references;
    std::optional<std::string> autoSubmitted;
    std::string state;
    int attempts = 0;
};

/// SQL of the mail channel. Any thread.
class MailRepository
{
public:
    /// Stores a raw message once by its SHA-256; returns its id and whether it was new.
    static std::pair<std::int64_t, bool> storeInbound(Tx &tx, const std::string &sha256, const std::string &raw,
                                                      const std::string &source, std::optional<std::int64_t> mailboxId,
                                                      const std::optional<std::string> &envelopeRecipient);
    /// Records a message refused unread (over the size limit) under `key`, once: its header block
    /// (raw bytes and readable text), its full size and the reason; returns its id and whether it was new.
    static std::pair<std::int64_t, bool> refuseInbound(Tx &tx, const std::string &key, const std::string &headers,
                                                       const std::string &headersText, std::int64_t size,
                                                       const std::string &source, std::optional<std::int64_t> mailboxId,
                                                       const std::optional<std::string> &envelopeRecipient,
                                                       const std::string &reason);
    /// A stored message; its state reads 'quarantined' while its interpretation job is.
    static std::optional<InboundMessage> inbound(Tx &tx, std::int64_t id, bool lock);
    static void finishInbound(Tx &tx, std::int64_t id, const std::string &state,
                              const std::optional<std::string> &error, std::optional<std::int64_t> ticketId,
                              std::optional<std::int64_t> articleId, const std::optional<std::string> &messageId);
    /// Stored messages, newest first, optionally of one state (including 'quarantined') or mailbox.
    static protocol::JsonArray listInbound(Tx &tx, const std::optional<std::string> &state,
                                           std::optional<std::int64_t> mailboxId, int limit);

    /// Inserts an outbox row; returns its id.
    static std::int64_t insertOutbound(Tx &tx, const OutboundMail &mail);
    static std::optional<OutboundMail> outbound(Tx &tx, std::int64_t id);
    static void markOutbound(Tx &tx, std::int64_t id, const std::string &state,
                             const std::optional<std::string> &error);
    /// The ticket a Message-ID we sent belongs to.
    static std::optional<std::int64_t> ticketOfOutboundMessageId(Tx &tx, const std::string &messageId);
    static protocol::JsonArray outboundOfTicket(Tx &tx, std::int64_t ticketId);

    /// The ticket of an article with this Message-ID (a reply to a message we received or sent).
    static std::optional<std::int64_t> ticketOfArticleMessageId(Tx &tx, const std::string &messageId);
    /// The group an inbound address belongs to (plus-suffix already removed).
    static std::optional<std::int64_t> groupOfAddress(Tx &tx, const std::string &address);
    static std::optional<std::string> firstAddressOfGroup(Tx &tx, std::int64_t groupId);
    /// Addresses already on the ticket (senders and recipients of its articles).
    static bool isParticipant(Tx &tx, std::int64_t ticketId, const std::string &address);
    /// E-mail addresses of active agents with full access to a group, excluding absent ones.
    static std::vector<std::string> groupAgentAddresses(Tx &tx, std::int64_t groupId);
    static std::vector<std::string> watcherAddresses(Tx &tx, std::int64_t ticketId);

    /// Automatic replies sent to an address during the last hour.
    static int autoRepliesLastHour(Tx &tx, const std::string &recipient);
    static void recordAutoReply(Tx &tx, const std::string &recipient);
    static void markAddressFailing(Tx &tx, const std::string &address, const std::string &reason);

    static protocol::JsonObject setting(Tx &tx, const std::string &key); // nullptr when unset
    static void putSetting(Tx &tx, const std::string &key, const protocol::JsonObject &value);
    /// Stores a value only when the key is unset (first start of any instance wins).
    static void putSettingIfMissing(Tx &tx, const std::string &key, const protocol::JsonObject &value);
};

} // namespace helpdesk::db
