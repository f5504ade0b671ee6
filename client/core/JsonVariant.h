#pragma once

#include "protocol/Json.h"

#include <QVariant>

namespace helpdesk::client {

/// A JSON value from the server as Qt variants (objects as QVariantMap, arrays as QVariantList),
/// for the screens' tables and forms.
QVariant toVariant(const Poco::Dynamic::Var &value);

/// A form's values as a JSON object for the server.
protocol::JsonObject toJsonObject(const QVariantMap &values);

} // namespace helpdesk::client
