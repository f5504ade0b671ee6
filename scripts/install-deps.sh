#!/usr/bin/env bash
# Installs the Debian 12 packages Helpdesk builds and runs with; skips apt when all are present.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config git curl clang-format clang-tidy lld
  libpoco-dev libpqxx-dev libsodium-dev liboath-dev libqrencode-dev libgmime-3.0-dev libre2-dev libxml2-dev libuchardet-dev libytnef0-dev
  postgresql-15 postgresql-client-15
  python3-aiosmtpd dovecot-imapd dovecot-pop3d
  libmstch-dev libboost-dev chromium chromium-driver python3-selenium
  krb5-kdc krb5-admin-server krb5-user apache2 libapache2-mod-auth-gssapi
  qt6-base-dev qt6-websockets-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite libqt6opengl6-dev qtkeychain-qt6-dev
  qt6-svg-dev qt6-pdf-dev xvfb
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
