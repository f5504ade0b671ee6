#pragma once

#include "protocol/Json.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace helpdesk::integrations::sharing {

/// Someone acting on a shared ticket as the Networked Help Desk names them ({uuid, name, role});
/// role "agent" is staff, anything else (usually absent) the requester's side.
struct ShareActor {
    std::string uuid;
    std::string name;
    std::string role;

    bool isAgent() const { return role == "agent"; }
};

/// A file of a comment, fetched by the receiver from `url` (no inline bytes in NHD).
struct ShareAttachment {
    std::string url;
    std::string filename;
    std::string contentType;
    std::string displayFilename;
};

/// One comment of a shared ticket; times are ISO 8601 UTC inside, NHD dates on the wire.
struct ShareComment {
    std::string uuid;
    ShareActor author;
    std::string body;
    std::optional<std::string> htmlBody;
    std::string authoredAt;
    bool isPublic = true; // NHD: a comment that does not say is public (gem Comment#initialize)
    std::vector<ShareAttachment> attachments;
};

/// A ticket share payload: the whole ticket on POST, only what changed on PUT (absent fields keep
/// their value; `comments` only new ones). Unset optionals and a null customFields are not sent.
struct SharedTicket {
    std::string uuid;
    std::optional<std::string> subject;
    std::optional<std::string> requestedAt; // ISO 8601 UTC
    std::optional<std::string> status;      // the wire's word (open, pending, solved, …)
    std::optional<ShareActor> requester;
    std::optional<ShareActor> currentActor;
    std::vector<ShareComment> comments;
    std::optional<std::vector<std::string>> tags;
    protocol::JsonObject customFields; // free-form; nullptr: not part of this payload
    std::optional<std::string> originalId;

    /// Whether a PUT built from it would change anything.
    bool carriesChanges() const;
};

/// The ISO 8601 UTC time ("2010-11-24T22:13:54Z") of a date in the NHD form or in ISO 8601
/// (domain::sharing::parseDate); nullopt when it is neither.
std::optional<std::string> isoFromWireDate(const std::string &text);

/// The payload as JSON, with NHD field names and dates.
protocol::JsonObject toJson(const SharedTicket &ticket);
/// Reads a payload liberally, as the notes ask: unknown fields are ignored, dates in either form,
/// `public` true when omitted (or given as a string), tags as an array or one space-separated
/// string, any status word kept as it came. A comment without a uuid gets one made from its
/// author, time and text, so a repeated PUT still finds it. Throws ApiError(ValidationFailed)
/// only for a value no reading can use (a subject that is an object, a comment that is no object).
SharedTicket parseSharedTicket(const protocol::JsonObject &object);

/// What the two desks call a ticket's status: our state types ↔ the wire's words, configurable.
/// Defaults send only open, pending and solved (the words every peer accepts; RT takes no other)
/// and read Zendesk's six words and any other one (as open).
class StatusMap
{
public:
    /// The defaults with `overrides` applied: {"outbound": {state_type: word}, "inbound": {word:
    /// state_type}}; nullptr keeps the defaults. Throws ApiError(ValidationFailed) for an inbound
    /// state type we do not have.
    static StatusMap withOverrides(const protocol::JsonObject &overrides);

    /// Overrides as an admin sets them, checked and normalized (words lower-case): outbound keys are
    /// our state types (merged too), inbound values those a ticket can be put in, and every word is one
    /// of the notes' (new, open, pending, hold, solved, closed). Throws ApiError(ValidationFailed)
    /// naming the field ("outbound.<state type>", "inbound.<word>") otherwise.
    static protocol::JsonObject checkedOverrides(const protocol::JsonObject &overrides);

    /// The word sent for a ticket in a state of this type.
    std::string outbound(const std::string &stateType) const;
    /// The state type a received word maps to (case-insensitive; unknown words: "open").
    std::string inbound(const std::string &status) const;
    /// The whole map in effect: {"outbound": {state_type: word}, "inbound": {word: state_type}}.
    protocol::JsonObject toJson() const;

private:
    std::map<std::string, std::string> m_outbound;
    std::map<std::string, std::string> m_inbound;
};

/// What was last exchanged with one partner about one ticket, kept with the share so that the
/// next PUT carries only what changed since (and a PUT that comes back changes nothing).
struct SyncedState {
    std::optional<std::string> subject;
    std::optional<std::string> status;
    std::optional<std::vector<std::string>> tags;
    protocol::JsonObject customFields;
    std::set<std::string> commentUuids;

    protocol::JsonObject toJson() const;
    static SyncedState fromJson(const protocol::JsonObject &object);
    /// The state after `ticket` was sent or received: its fields replace, its comments add.
    void absorb(const SharedTicket &ticket);
    /// The PUT that brings a partner at this state to `now`: the fields that differ and the comments
    /// it has not had; an empty payload (carriesChanges() false) when nothing changed.
    SharedTicket changesTo(const SharedTicket &now) const;
};

} // namespace helpdesk::integrations::sharing
