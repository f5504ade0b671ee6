#pragma once

#include "api/ApiDispatcher.h"
#include "api/omnidesk/OmnideskFormat.h"
#include "protocol/Json.h"

#include <Poco/URI.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace helpdesk::api::omnidesk {

/// One request's query: every value of a key, `key[]` counted as `key`.
class OmnideskQuery
{
public:
    explicit OmnideskQuery(const Poco::URI &uri);
    /// Every value of `key`, in their order.
    std::vector<std::string> all(const std::string &key) const;
    /// The first value of `key`.
    std::optional<std::string> one(const std::string &key) const;
    /// `page` and `limit` within Omnidesk's bounds (page 1–500, limit 1–100); 400 beyond them.
    std::pair<int, int> paging() const;

private:
    std::map<std::string, std::vector<std::string>> m_values;
};

/// One request of the Omnidesk-compatible API translated (docs/omnidesk-api.md): calls the native
/// methods as the caller, in the caller's context (so every native rule, scope and integration
/// check applies; the handler logs the request once), and shapes their answers as Omnidesk's.
/// One instance per request.
class OmnideskTranslator
{
public:
    OmnideskTranslator(ApiDispatcher &dispatcher, const CallContext &context)
        : m_dispatcher(dispatcher), m_context(context)
    {
    }

    /// Serves `verb` on `path` with `body` (null for GET); sets `resource` to what a 404 names.
    Reply serve(const std::string &verb, const std::string &path, const OmnideskQuery &query,
                const protocol::JsonObject &body, std::string &resource);

private:
    /// Runs the native method `method` as the caller.
    Reply native(const std::string &method, const protocol::JsonObject &params);
    protocol::JsonObject nativeJson(const std::string &method, const protocol::JsonObject &params)
    {
        return native(method, params).json;
    }
    static protocol::JsonObject params() { return protocol::newObject(); }
    static protocol::JsonObject idParam(const std::string &key, std::int64_t id);

    const DeskVocabulary &vocabulary();
    std::int64_t stateIdFor(const std::string &status);
    std::int64_t defaultGroup() const;

    // Cases
    Reply listCases(const OmnideskQuery &query);
    Reply createCase(const protocol::JsonObject &body);
    Reply getCase(std::int64_t id);
    Reply updateCase(std::int64_t id, const protocol::JsonObject &body);
    protocol::JsonObject caseOf(const protocol::JsonObject &ticket);
    /// A case opened on custom channel `channel` for the end user `user_custom_id` names.
    Reply createChannelCase(std::int64_t channel, const protocol::JsonObject &fields);
    /// The custom channel a case's `channel` names ("cchN"); nullopt for none or "web".
    static std::optional<std::int64_t> customChannelOf(const std::string &channel);
    /// The custom channel of a native ticket, if it came through one.
    static std::optional<std::int64_t> channelIdOf(const protocol::JsonObject &ticket);
    /// The desk priority an Omnidesk priority word names; 422 for none.
    std::int64_t priorityIdOf(const std::string &word);
    /// Sets the ticket's customer in `ticketParams` from the case's user fields.
    void setCustomer(const protocol::JsonObject &fields, protocol::JsonObject &ticketParams);

    // Messages and notes
    Reply listMessages(std::int64_t caseId, const OmnideskQuery &query);
    Reply postMessage(std::int64_t caseId, const protocol::JsonObject &body);
    Reply postNote(std::int64_t caseId, const protocol::JsonObject &body);
    /// The end user's message on a custom channel's case, written through the channel.
    Reply postChannelMessage(std::int64_t channel, const protocol::JsonObject &ticket,
                             const protocol::JsonObject &message);
    Reply rateMessage(std::int64_t caseId, std::int64_t messageId, const protocol::JsonObject &body);
    static protocol::JsonObject messageOf(const protocol::JsonObject &article, const protocol::JsonObject &ticket);
    /// The channel an end user's message is recorded with. Until custom channels let an
    /// integration write as its end users, it is the integration account writing down what the
    /// customer said (`phone_in`: a customer's message to the desk, not an agent's reply). The
    /// seam where custom channels plug in.
    static std::string endUserChannel() { return "phone_in"; }

    // Users, staff, groups, custom fields
    Reply listUsers(const OmnideskQuery &query);
    Reply createUser(const protocol::JsonObject &body);
    Reply getUser(std::int64_t id);
    Reply updateUser(std::int64_t id, const protocol::JsonObject &body);
    protocol::JsonObject userOf(const protocol::JsonObject &user);
    /// The desk user an integration's `user_custom_id` names; created (a customer, with `email`
    /// and `name`) when `mayCreate` and missing; nullopt when missing otherwise.
    std::optional<std::int64_t> userForCustomId(const Poco::Dynamic::Var &customId, const std::string &email,
                                                const std::string &name, bool mayCreate);
    /// The customer with the address `email`, or a new one named `name`.
    std::int64_t userForEmail(const std::string &email, const std::string &name);
    Reply listStaff(const OmnideskQuery &query);
    Reply listGroups(const OmnideskQuery &query);
    Reply listCustomChannels(const OmnideskQuery &query);
    Reply listCustomFields(const OmnideskQuery &query);

    /// Every object a native list method gives, walked by `after_id` (at most kMostCounted).
    std::vector<protocol::JsonObject> walk(const std::string &method, const std::string &key,
                                           const protocol::JsonObject &filter);

    ApiDispatcher &m_dispatcher;
    const CallContext &m_context;
    std::optional<DeskVocabulary> m_vocabulary;
    protocol::JsonArray m_states;
};

} // namespace helpdesk::api::omnidesk
