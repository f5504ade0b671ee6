#pragma once

#include "api/MethodSpec.h"
#include "protocol/Json.h"

#include <cstdint>
#include <initializer_list>
#include <map>
#include <string>
#include <vector>

namespace helpdesk::api {

// The methods of each area (server/api/<Area>Methods.cpp), in the order their routes are tried.

/// Server info, sign-in and sign-out, password links, the caller's profile and API tokens.
std::vector<MethodSpec> authMethods();
/// Tickets: list, read, create, change, merge, links, watchers, macros, ratings, history.
std::vector<MethodSpec> ticketMethods();
/// Articles and attachments.
std::vector<MethodSpec> articleMethods();
/// The event feed over HTTP, the WebSocket subscription and presence.
std::vector<MethodSpec> eventMethods();
/// People.
std::vector<MethodSpec> userMethods();
/// The configuration kinds, group members and tags.
std::vector<MethodSpec> configurationMethods();
/// Supervisors' dashboards.
std::vector<MethodSpec> dashboardMethods();
/// Mail settings, mailboxes, inbound and outbound mail.
std::vector<MethodSpec> mailMethods();
/// Mail templates: list, read, set, reset and preview a group's or the desk's texts.
std::vector<MethodSpec> mailTemplateMethods();
/// The audit log and the job queue.
std::vector<MethodSpec> adminMethods();
/// Two-factor sign-in (one's own, an admin's reset) and the admins' settings of sign-in and the web pages:
/// security (which roles need a second factor), single sign-on, the requester portal on or off.
std::vector<MethodSpec> twoFactorMethods();
/// Agents' own signatures (an agent's, admins anyone's) and the desk's rule combining them with the group's.
std::vector<MethodSpec> signatureMethods();
/// Ticket sharing with partner desks: the agreements (invite, accept, decline, deactivate, terms) and their sync log.
std::vector<MethodSpec> sharingMethods();
/// Integrations' webhook subscriptions, their deliveries (test event, redelivery) and the integration log.
std::vector<MethodSpec> webhookMethods();
/// Integrations' custom channels: the admin's API, and the outside system's tickets and messages.
std::vector<MethodSpec> channelMethods();
/// Fields filled from outside: asking the integrations again for a ticket's or user's values, and
/// an integration's lookup secret.
std::vector<MethodSpec> lookupMethods();
/// Saved views of the agents' inbox: their own and those shared with a group.
std::vector<MethodSpec> viewMethods();

// Helpers the handlers share.

/// {key: value}.
protocol::JsonObject wrap(const std::string &key, const Poco::Dynamic::Var &value);
/// Reads exactly the listed integer parameters; any other is an unknown field.
std::map<std::string, std::int64_t> readInts(const protocol::JsonObject &params,
                                             std::initializer_list<const char *> keys);
/// Reads the one integer parameter `key` and refuses any other.
std::int64_t onlyInt(const protocol::JsonObject &params, const char *key = "id");
/// Refuses any parameter.
void requireNoParams(const protocol::JsonObject &params);

} // namespace helpdesk::api
