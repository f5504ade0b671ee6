// The client the right way round: the top layer includes a header of every layer below it, each
// spelled "<layer>/Header.h" as in the client's sources. It must compile (test
// layering_client_right_way).
#include "ui/MainWindow.h"
#include "access/HelpdeskAccess.h"
#include "models/TicketListModel.h"
#include "core/CacheReader.h"
#include "protocol/Messages.h"
