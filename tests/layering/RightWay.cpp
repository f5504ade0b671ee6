// The right way round: the top layer includes a header of every layer below it, each spelled
// "<layer>/Header.h" as in the server's sources. It must compile (test layering_right_way).
#include "app/HelpdeskServer.h"
#include "web/PageSpec.h"
#include "api/WebSocketHub.h"
#include "integrations/freshdesk/FreshdeskImporter.h"
#include "mail/MailParser.h"
#include "jobs/JobQueue.h"
#include "domain/Actor.h"
#include "db/ConnectionPool.h"
#include "protocol/Messages.h"
