#include "mail/AddressReader.h"

#include "mail/GMimeSupport.h"

#include <cstring>

namespace helpdesk::mail {

std::vector<MailAddress> AddressReader::read(InternetAddressList *list, const std::string &header)
{
    std::vector<MailAddress> out;
    std::size_t seen = 0, tooLong = 0;
    bool shortenedName = false;
    collect(list, out, seen, tooLong, shortenedName, 0);
    if (seen > m_limits.maxRecipients)
        m_mail.note(header + ": only the first " + std::to_string(m_limits.maxRecipients) + " of " +
                    std::to_string(seen) + " addresses were read");
    if (tooLong > 0)
        m_mail.note(header + ": " + std::to_string(tooLong) + " address(es) longer than " +
                    std::to_string(m_limits.maxAddressBytes) + " bytes were left out");
    if (shortenedName)
        m_mail.note(header + ": display names longer than " + std::to_string(m_limits.maxDisplayNameBytes) +
                    " bytes were shortened");
    return out;
}

void AddressReader::collect(InternetAddressList *list, std::vector<MailAddress> &out, std::size_t &seen,
                            std::size_t &tooLong, bool &shortenedName, int depth)
{
    if (!list)
        return;
    int n = internet_address_list_length(list);
    for (int i = 0; i < n; ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            if (depth == 0) // RFC 5322 groups hold mailboxes only
                collect(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)), out, seen, tooLong,
                        shortenedName, depth + 1);
            continue;
        }
        if (!INTERNET_ADDRESS_IS_MAILBOX(address))
            continue;
        const char *addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address));
        if (!addr || !*addr)
            continue;
        if (std::strlen(addr) > m_limits.maxAddressBytes) {
            ++tooLong;
            continue;
        }
        if (++seen > m_limits.maxRecipients)
            continue;
        MailAddress a;
        const char *name = internet_address_get_name(address);
        a.name = name ? ensureUtf8(name) : std::string();
        if (a.name.size() > m_limits.maxDisplayNameBytes) {
            a.name = std::string(utf8Prefix(a.name, m_limits.maxDisplayNameBytes));
            shortenedName = true;
        }
        a.address = lower(ensureUtf8(addr));
        out.push_back(std::move(a));
    }
}

} // namespace helpdesk::mail
