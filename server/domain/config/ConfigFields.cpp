#include "domain/config/ConfigFields.h"

#include "protocol/ProtocolError.h"

#include <re2/re2.h>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

ConfigFields::ConfigFields(protocol::JsonReader &request, bool creating)
    : m_request(request), m_creating(creating), m_columns(protocol::newObject()), m_beside(protocol::newObject())
{
}

void ConfigFields::putString(const std::string &key, bool required)
{
    if (auto v = m_request.optString(key))
        m_columns->set(key, *v);
    else if (required && m_creating)
        throw ApiError(ErrorCode::ValidationFailed, key + " is required", key);
}

void ConfigFields::putNullableString(const std::string &key)
{
    if (m_request.isNull(key)) {
        m_request.accept(key);
        m_columns->set(key, Poco::Dynamic::Var());
    } else {
        putString(key, false);
    }
}

void ConfigFields::putBool(const std::string &key, bool defaultValue)
{
    if (auto v = m_request.optBool(key))
        m_columns->set(key, *v);
    else if (m_creating)
        m_columns->set(key, defaultValue);
}

void ConfigFields::putRequiredInt(const std::string &key)
{
    if (auto v = m_request.optInt(key))
        m_columns->set(key, *v);
    else if (m_creating)
        throw ApiError(ErrorCode::ValidationFailed, key + " is required", key);
}

void ConfigFields::putInt(const std::string &key, std::int64_t defaultValue)
{
    if (auto v = m_request.optInt(key))
        m_columns->set(key, *v);
    else if (m_creating)
        m_columns->set(key, defaultValue);
}

void ConfigFields::putObject(const std::string &key)
{
    if (auto object = m_request.optObject(key))
        m_columns->set(key, object);
    else if (m_creating)
        m_columns->set(key, protocol::newObject());
}

void ConfigFields::setDefault(const std::string &key, const Poco::Dynamic::Var &value)
{
    if (m_creating && !m_columns->has(key))
        m_columns->set(key, value);
}

void ConfigFields::requireOneOf(const std::string &key, const std::set<std::string> &allowed,
                                const std::string &message) const
{
    if (m_columns->has(key) && !allowed.count(m_columns->getValue<std::string>(key)))
        throw ApiError(ErrorCode::ValidationFailed, message, key);
}

void ConfigFields::requireMatch(const std::string &key, const re2::RE2 &pattern, const std::string &message) const
{
    if (m_columns->has(key) && !RE2::FullMatch(m_columns->getValue<std::string>(key), pattern))
        throw ApiError(ErrorCode::ValidationFailed, message, key);
}

void ConfigFields::set(const std::string &key, const Poco::Dynamic::Var &value)
{
    m_columns->set(key, value);
}

void ConfigFields::setBeside(const std::string &key, const Poco::Dynamic::Var &value)
{
    m_beside->set(key, value);
}

} // namespace helpdesk::domain
