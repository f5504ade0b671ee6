#include "db/SealedValueRepository.h"

#include <stdexcept>

namespace helpdesk::db {

namespace {
/// A place: a statement listing (row key, stored text) of every non-empty value, locked, and one
/// storing a new text ($2) for a row key ($1, as text).
struct Place {
    const char *name;
    Statement lockAll;
    Statement replace;
};

// The registry. A new secret column gets one entry here.
const Place kPlaces[] = {
    {"mailboxes.password",
     {"sealed_mailbox_passwords",
      "SELECT id::text, password FROM mailboxes WHERE password <> '' ORDER BY id FOR UPDATE"},
     {"sealed_mailbox_password_replace", "UPDATE mailboxes SET password = $2 WHERE id = $1::bigint"}},
    {"settings.mail.smtp.password",
     {"sealed_smtp_password", "SELECT key, value #>> '{smtp,password}' FROM settings"
                              " WHERE key = 'mail' AND coalesce(value #>> '{smtp,password}', '') <> '' FOR UPDATE"},
     {"sealed_smtp_password_replace",
      "UPDATE settings SET value = jsonb_set(value, '{smtp,password}', to_jsonb($2::text)) WHERE key = $1"}},
    // The shared keys of authenticator apps (two-factor sign-in).
    {"two_factor.secret",
     {"sealed_two_factor_secrets",
      "SELECT user_id::text, secret FROM two_factor WHERE secret <> '' ORDER BY user_id FOR UPDATE"},
     {"sealed_two_factor_secret_replace", "UPDATE two_factor SET secret = $2 WHERE user_id = $1::bigint"}},
    // Signs our Message-IDs: whoever has it can attach mail to any ticket.
    {"settings.mail_secret.hex",
     {"sealed_mail_secret",
      "SELECT key, value ->> 'hex' FROM settings WHERE key = 'mail_secret' AND coalesce(value ->> 'hex', '') <> ''"
      " FOR UPDATE"},
     {"sealed_mail_secret_replace",
      "UPDATE settings SET value = jsonb_set(value, '{hex}', to_jsonb($2::text)) WHERE key = $1"}},
    // The shared key of a ticket-sharing agreement: whoever has it acts as the partner desk.
    {"sharing_agreements.access_key",
     {"sealed_sharing_access_keys",
      "SELECT id::text, access_key FROM sharing_agreements WHERE access_key <> '' ORDER BY id FOR UPDATE"},
     {"sealed_sharing_access_key_replace", "UPDATE sharing_agreements SET access_key = $2 WHERE id = $1::bigint"}},
    {"webhook_subscriptions.secret",
     {"sealed_webhook_secrets",
      "SELECT id::text, secret FROM webhook_subscriptions WHERE secret <> '' ORDER BY id FOR UPDATE"},
     {"sealed_webhook_secret_replace", "UPDATE webhook_subscriptions SET secret = $2 WHERE id = $1::bigint"}},
    // Signs the lookups of fields filled from outside.
    {"integration_lookup_secrets.secret",
     {"sealed_lookup_secrets", "SELECT integration_id::text, secret FROM integration_lookup_secrets WHERE secret <> ''"
                               " ORDER BY integration_id FOR UPDATE"},
     {"sealed_lookup_secret_replace",
      "UPDATE integration_lookup_secrets SET secret = $2 WHERE integration_id = $1::bigint"}},
};

const Place &placeNamed(const std::string &name)
{
    for (const auto &place : kPlaces)
        if (name == place.name)
            return place;
    throw std::invalid_argument("no sealed place " + name);
}
} // namespace

std::vector<std::string> SealedValueRepository::places()
{
    std::vector<std::string> out;
    for (const auto &place : kPlaces)
        out.emplace_back(place.name);
    return out;
}

std::vector<SealedValue> SealedValueRepository::lockAll(Tx &tx)
{
    std::vector<SealedValue> out;
    for (const auto &place : kPlaces)
        for (const auto &row : tx.exec(place.lockAll))
            out.push_back({place.name, row[0].c_str(), row[1].c_str()});
    return out;
}

void SealedValueRepository::replace(Tx &tx, const SealedValue &value, const std::string &stored)
{
    tx.exec(placeNamed(value.place).replace, value.key, stored);
}

} // namespace helpdesk::db
