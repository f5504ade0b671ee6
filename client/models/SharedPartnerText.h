#pragma once

#include "core/CacheTypes.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace helpdesk::client {

/// How the partner desks of a ticket are shown, in the inbox and in the ticket's header alike:
/// words for the sync state, a badge text and a colour (a warning red while failing). Stateless.
class SharedPartnerText
{
    Q_DECLARE_TR_FUNCTIONS(SharedPartnerText)
public:
    /// "in sync", "pending" or "failing".
    static QString stateText(const SharedPartner &partner);
    /// "Shared with <partner> · <state>" (we shared it) or "Shared by <partner> · <state>" (they did).
    static QString badge(const SharedPartner &partner);
    /// The badge and, while failing, why (for a tooltip).
    static QString details(const SharedPartner &partner);
    /// `text` as a tooltip shows it as written, even when it looks like markup (a partner's name and
    /// its refusal come from the partner desk).
    static QString asToolTip(const QString &text);
    /// Green in sync, amber pending, red failing.
    static QColor colour(const SharedPartner &partner);
    /// The partner most in need of a look: a failing one, else a pending one, else the first.
    static const SharedPartner *worst(const std::vector<SharedPartner> &partners);
};

} // namespace helpdesk::client
