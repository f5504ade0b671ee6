#include "core/IncomingMessage.h"

#include <QLoggingCategory>

#include <Poco/Exception.h>

Q_LOGGING_CATEGORY(lcIncoming, "helpdesk.client.incoming")

namespace helpdesk::client {

std::optional<QString> handleServerMessage(const char *origin, const std::function<void()> &handler)
{
    QString problem;
    try {
        handler();
        return std::nullopt;
    } catch (const Poco::Exception &e) {
        problem = QString::fromStdString(e.displayText()); // what() is only the exception's class name
    } catch (const std::exception &e) {
        problem = QString::fromUtf8(e.what());
    } catch (...) {
        problem = QStringLiteral("unknown error");
    }
    qCWarning(lcIncoming) << "unreadable" << origin << "from the server, skipped:" << problem;
    return problem;
}

} // namespace helpdesk::client
