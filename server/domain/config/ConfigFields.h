#pragma once

#include "protocol/Json.h"

#include <cstdint>
#include <set>
#include <string>

namespace re2 {
class RE2;
}

namespace helpdesk::domain {

/// What a configuration kind's rules read a request's document with: typed keys into the row's
/// columns, with the defaults of a creation and the keys it requires. Each throws ApiError naming
/// the field. Used by the files in server/domain/config/ only; one request, one thread.
class ConfigFields
{
public:
    ConfigFields(protocol::JsonReader &request, bool creating);

    /// True for a creation (defaults apply, mandatory keys are required), false for an update.
    bool creating() const { return m_creating; }
    /// The request, for keys of a shape of their own.
    protocol::JsonReader &request() { return m_request; }
    /// The row's columns read so far.
    const protocol::JsonObject &columns() const { return m_columns; }
    /// What the kind keeps beside the row (a group's addresses).
    const protocol::JsonObject &beside() const { return m_beside; }

    /// A string column; `required` only matters when creating.
    void putString(const std::string &key, bool required);
    /// A string column that an explicit null clears.
    void putNullableString(const std::string &key);
    /// A boolean column, `defaultValue` when creating without it.
    void putBool(const std::string &key, bool defaultValue);
    /// An integer column required when creating.
    void putRequiredInt(const std::string &key);
    /// An integer column, `defaultValue` when creating without it.
    void putInt(const std::string &key, std::int64_t defaultValue);
    /// An object column taken as given, an empty object when creating without it.
    void putObject(const std::string &key);
    /// Sets a column unless the request gave it (a creation's default computed by the kind).
    void setDefault(const std::string &key, const Poco::Dynamic::Var &value);

    /// Rejects a read string column outside `allowed` with `message`.
    void requireOneOf(const std::string &key, const std::set<std::string> &allowed, const std::string &message) const;
    /// Rejects a read string column that `pattern` does not match in full with `message`.
    void requireMatch(const std::string &key, const re2::RE2 &pattern, const std::string &message) const;

    /// Sets a column to a value the kind read and checked itself.
    void set(const std::string &key, const Poco::Dynamic::Var &value);
    /// Keeps a value beside the row.
    void setBeside(const std::string &key, const Poco::Dynamic::Var &value);

private:
    protocol::JsonReader &m_request;
    bool m_creating;
    protocol::JsonObject m_columns;
    protocol::JsonObject m_beside;
};

} // namespace helpdesk::domain
