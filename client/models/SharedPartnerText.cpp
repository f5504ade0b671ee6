#include "models/SharedPartnerText.h"

#include <QTextDocument>

namespace helpdesk::client {

namespace {
int urgency(const SharedPartner &partner)
{
    if (partner.state == QLatin1String("failing"))
        return 2;
    return partner.state == QLatin1String("pending") ? 1 : 0;
}
} // namespace

QString SharedPartnerText::stateText(const SharedPartner &partner)
{
    if (partner.state == QLatin1String("failing"))
        return tr("failing");
    if (partner.state == QLatin1String("pending"))
        return tr("pending");
    return tr("in sync");
}

QString SharedPartnerText::badge(const SharedPartner &partner)
{
    if (partner.direction == QLatin1String("inbound"))
        return tr("Shared by %1 · %2").arg(partner.partner, stateText(partner));
    return tr("Shared with %1 · %2").arg(partner.partner, stateText(partner));
}

QString SharedPartnerText::details(const SharedPartner &partner)
{
    if (urgency(partner) < 2 || partner.reason.isEmpty())
        return badge(partner);
    return badge(partner) + QStringLiteral(": ") + partner.reason;
}

QString SharedPartnerText::asToolTip(const QString &text)
{
    // Tooltips take text that might be rich as HTML: such text goes as HTML that shows it verbatim.
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

QColor SharedPartnerText::colour(const SharedPartner &partner)
{
    switch (urgency(partner)) {
    case 2:
        return {0xb0, 0x00, 0x20};
    case 1:
        return {0x8a, 0x4b, 0x00};
    default:
        return {0x1b, 0x5e, 0x20};
    }
}

const SharedPartner *SharedPartnerText::worst(const std::vector<SharedPartner> &partners)
{
    const SharedPartner *found = nullptr;
    for (const auto &partner : partners)
        if (!found || urgency(partner) > urgency(*found))
            found = &partner;
    return found;
}

} // namespace helpdesk::client
