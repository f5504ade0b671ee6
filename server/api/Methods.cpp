#include "api/Methods.h"

namespace helpdesk::api {

protocol::JsonObject wrap(const std::string &key, const Poco::Dynamic::Var &value)
{
    auto out = protocol::newObject();
    out->set(key, value);
    return out;
}

std::map<std::string, std::int64_t> readInts(const protocol::JsonObject &params,
                                             std::initializer_list<const char *> keys)
{
    protocol::JsonReader r(params);
    std::map<std::string, std::int64_t> out;
    for (const char *key : keys)
        out[key] = r.requireInt(key);
    r.finish();
    return out;
}

std::int64_t onlyInt(const protocol::JsonObject &params, const char *key)
{
    return readInts(params, {key})[key];
}

void requireNoParams(const protocol::JsonObject &params)
{
    protocol::JsonReader(params).finish();
}

} // namespace helpdesk::api
