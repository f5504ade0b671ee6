#include "protocol/Json.h"

#include "protocol/ProtocolError.h"

#include <Poco/JSON/JSONException.h>
#include <Poco/JSON/Parser.h>

#include <cmath>
#include <limits>
#include <sstream>

namespace helpdesk::protocol {

JsonObject parseJsonObject(const std::string &text)
{
    Poco::JSON::Parser parser;
    // Poco descends recursively, one stack frame set per level: the depth bounds the stack a
    // request may take (its threads have 256 KB), and it is checked before each descent.
    parser.setDepth(kMaxJsonDepth);
    Poco::Dynamic::Var result;
    try {
        result = parser.parse(text);
    } catch (const Poco::Exception &e) {
        if (e.message().find("depth") != std::string::npos)
            throw ApiError(ErrorCode::BadRequest,
                           "malformed JSON: nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
        throw ApiError(ErrorCode::BadRequest, "malformed JSON: " + e.message());
    }
    if (result.type() != typeid(JsonObject))
        throw ApiError(ErrorCode::BadRequest, "malformed JSON: expected an object at the top level");
    return result.extract<JsonObject>();
}

std::string toJsonText(const JsonObject &object)
{
    std::ostringstream out;
    object->stringify(out);
    return out.str();
}

JsonObject newObject()
{
    return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
}

JsonArray newArray()
{
    return new Poco::JSON::Array();
}

JsonReader::JsonReader(JsonObject object, std::string path) : m_object(std::move(object)), m_path(std::move(path))
{
    if (!m_object)
        m_object = newObject();
}

bool JsonReader::has(const std::string &key) const
{
    return m_object->has(key);
}

bool JsonReader::isNull(const std::string &key) const
{
    return m_object->has(key) && m_object->isNull(key);
}

std::string JsonReader::fieldName(const std::string &key) const
{
    return m_path.empty() ? key : m_path + "." + key;
}

void JsonReader::typeError(const std::string &key, const char *expected) const
{
    throw ApiError(ErrorCode::BadRequest, fieldName(key) + " must be " + expected, fieldName(key));
}

Poco::Dynamic::Var JsonReader::valueOf(const std::string &key)
{
    m_read.insert(key);
    return m_object->get(key);
}

Poco::Dynamic::Var JsonReader::optAny(const std::string &key)
{
    if (!has(key)) {
        m_read.insert(key);
        return {};
    }
    return valueOf(key);
}

void JsonReader::accept(const std::string &key)
{
    m_read.insert(key);
}

std::string JsonReader::requireString(const std::string &key)
{
    auto value = optString(key);
    if (!value)
        throw ApiError(ErrorCode::BadRequest, fieldName(key) + " is required", fieldName(key));
    return *value;
}

std::optional<std::string> JsonReader::optString(const std::string &key)
{
    if (!has(key) || isNull(key)) {
        m_read.insert(key);
        return std::nullopt;
    }
    auto value = valueOf(key);
    if (!value.isString())
        typeError(key, "a string");
    return value.extract<std::string>();
}

std::int64_t JsonReader::requireInt(const std::string &key)
{
    auto value = optInt(key);
    if (!value)
        throw ApiError(ErrorCode::BadRequest, fieldName(key) + " is required", fieldName(key));
    return *value;
}

std::optional<std::int64_t> JsonReader::optInt(const std::string &key)
{
    if (!has(key) || isNull(key)) {
        m_read.insert(key);
        return std::nullopt;
    }
    auto value = valueOf(key);
    if (value.isInteger())
        return value.convert<std::int64_t>();
    if (value.isNumeric()) {
        // JSON numbers like 3.0 are integers too; 3.5 is not.
        double d = value.convert<double>();
        if (std::floor(d) == d && std::abs(d) < 9.0e15)
            return static_cast<std::int64_t>(d);
    }
    typeError(key, "an integer");
}

std::optional<bool> JsonReader::optBool(const std::string &key)
{
    if (!has(key) || isNull(key)) {
        m_read.insert(key);
        return std::nullopt;
    }
    auto value = valueOf(key);
    if (!value.isBoolean())
        typeError(key, "true or false");
    return value.convert<bool>();
}

std::optional<std::vector<std::string>> JsonReader::optStringList(const std::string &key)
{
    auto array = optArray(key);
    if (!array)
        return std::nullopt;
    std::vector<std::string> out;
    for (std::size_t i = 0; i < array->size(); ++i) {
        auto item = array->get(static_cast<unsigned>(i));
        if (!item.isString())
            typeError(key, "a list of strings");
        out.push_back(item.extract<std::string>());
    }
    return out;
}

std::optional<std::vector<std::int64_t>> JsonReader::optIntList(const std::string &key)
{
    auto array = optArray(key);
    if (!array)
        return std::nullopt;
    std::vector<std::int64_t> out;
    for (std::size_t i = 0; i < array->size(); ++i) {
        auto item = array->get(static_cast<unsigned>(i));
        if (!item.isInteger())
            typeError(key, "a list of integers");
        out.push_back(item.convert<std::int64_t>());
    }
    return out;
}

JsonObject JsonReader::optObject(const std::string &key)
{
    if (!has(key) || isNull(key)) {
        m_read.insert(key);
        return nullptr;
    }
    auto value = valueOf(key);
    if (value.type() != typeid(JsonObject))
        typeError(key, "an object");
    return value.extract<JsonObject>();
}

JsonArray JsonReader::optArray(const std::string &key)
{
    if (!has(key) || isNull(key)) {
        m_read.insert(key);
        return nullptr;
    }
    auto value = valueOf(key);
    if (value.type() != typeid(JsonArray))
        typeError(key, "a list");
    return value.extract<JsonArray>();
}

void JsonReader::finish() const
{
    std::vector<std::string> names;
    m_object->getNames(names);
    for (const auto &name : names)
        if (!m_read.count(name))
            throw ApiError(ErrorCode::BadRequest, "unknown field " + fieldName(name), fieldName(name));
}

void setOptional(JsonObject &object, const std::string &key, const std::optional<std::string> &value)
{
    if (value)
        object->set(key, *value);
    else
        object->set(key, Poco::Dynamic::Var());
}

void setOptional(JsonObject &object, const std::string &key, const std::optional<std::int64_t> &value)
{
    if (value)
        object->set(key, *value);
    else
        object->set(key, Poco::Dynamic::Var());
}

JsonArray toJsonArray(const std::vector<std::string> &values)
{
    auto array = newArray();
    for (const auto &v : values)
        array->add(v);
    return array;
}

JsonArray toJsonArray(const std::vector<std::int64_t> &values)
{
    auto array = newArray();
    for (auto v : values)
        array->add(v);
    return array;
}

} // namespace helpdesk::protocol
