#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace helpdesk::protocol {

using JsonObject = Poco::JSON::Object::Ptr;
using JsonArray = Poco::JSON::Array::Ptr;

/// Objects and arrays nested deeper than this are refused (our messages nest 4 levels at most).
constexpr std::size_t kMaxJsonDepth = 128;
/// Parses text that must be one JSON object; throws ApiError(BadRequest) saying where it broke,
/// also when it nests deeper than kMaxJsonDepth.
JsonObject parseJsonObject(const std::string &text);
/// Serializes compactly.
std::string toJsonText(const JsonObject &object);
/// A fresh empty object (Poco objects keep insertion order off; we want it on for readable output).
JsonObject newObject();
/// A fresh empty array.
JsonArray newArray();

/// Reads fields of one JSON object strictly: wrong types and, on finish(), unknown keys are
/// errors naming the offending field (with its path, e.g. "article.body_text").
class JsonReader
{
public:
    /// `path` prefixes field names in error messages.
    explicit JsonReader(JsonObject object, std::string path = {});

    bool has(const std::string &key) const;
    /// True when the key is present with an explicit null (used to clear a field).
    bool isNull(const std::string &key) const;

    std::string requireString(const std::string &key);
    std::optional<std::string> optString(const std::string &key);
    std::int64_t requireInt(const std::string &key);
    std::optional<std::int64_t> optInt(const std::string &key);
    std::optional<bool> optBool(const std::string &key);
    std::optional<std::vector<std::string>> optStringList(const std::string &key);
    std::optional<std::vector<std::int64_t>> optIntList(const std::string &key);
    /// A nested object, or nullptr when absent.
    JsonObject optObject(const std::string &key);
    JsonArray optArray(const std::string &key);
    /// Any value (null when absent), for fields whose type depends on other fields.
    Poco::Dynamic::Var optAny(const std::string &key);
    /// Marks a key as known without reading it (for values read elsewhere).
    void accept(const std::string &key);

    /// Throws ApiError(BadRequest) naming the first key that nobody read.
    void finish() const;

    /// The full dotted name of a key, for errors raised by callers.
    std::string fieldName(const std::string &key) const;

private:
    Poco::Dynamic::Var valueOf(const std::string &key);
    [[noreturn]] void typeError(const std::string &key, const char *expected) const;

    JsonObject m_object;
    std::string m_path;
    std::set<std::string> m_read;
};

/// Helpers to put optional values into an object (null when empty).
void setOptional(JsonObject &object, const std::string &key, const std::optional<std::string> &value);
void setOptional(JsonObject &object, const std::string &key, const std::optional<std::int64_t> &value);
JsonArray toJsonArray(const std::vector<std::string> &values);
JsonArray toJsonArray(const std::vector<std::int64_t> &values);

} // namespace helpdesk::protocol
