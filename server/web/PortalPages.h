#pragma once

#include "web/PageSpec.h"

namespace helpdesk::web {

/// The requester portal's start page for a signed-in customer: their open requests (`GET /`,
/// routed in SignInPages.cpp, which also serves the sign-in form and the staff's page there).
PageReply portalHome(PageCall &call);

/// The page saying the desk does not offer the requester portal, when an admin turned it off
/// (domain::PortalSettings); nullopt when it is on. Customers' pages answer it instead of theirs.
std::optional<PageReply> portalNotOffered(const PageCall &call);

} // namespace helpdesk::web
