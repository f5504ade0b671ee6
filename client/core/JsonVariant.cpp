#include "core/JsonVariant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <Poco/JSON/Stringifier.h>

#include <sstream>

namespace helpdesk::client {

QVariant toVariant(const Poco::Dynamic::Var &value)
{
    // Through text: one conversion for every type, nested ones included.
    std::ostringstream text;
    Poco::JSON::Stringifier::stringify(value, text);
    auto document = QJsonDocument::fromJson("[" + QByteArray::fromStdString(text.str()) + "]");
    return document.array().first().toVariant();
}

protocol::JsonObject toJsonObject(const QVariantMap &values)
{
    return protocol::parseJsonObject(
        QJsonDocument(QJsonObject::fromVariantMap(values)).toJson(QJsonDocument::Compact).toStdString());
}

} // namespace helpdesk::client
