#pragma once

#include "web/PageSpec.h"

namespace helpdesk::web {

/// The requester portal's start page for a signed-in customer: their open requests (`GET /`,
/// routed in SignInPages.cpp, which also serves the sign-in form and the staff's page there).
PageReply portalHome(PageCall &call);

} // namespace helpdesk::web
