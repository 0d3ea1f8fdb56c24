#!/usr/bin/env bash
# Installs Debian's Chromium (and its driver) for the browser suite, only when it is missing.
# Playwright's own browser downloads are never used (`playwright install` is not needed).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Chromium is missing and this user cannot install packages: apt-get install chromium chromium-driver" >&2; exit 1; }
  SUDO="sudo"
fi
echo "Installing Debian's chromium and chromium-driver..."
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver
[ -x /usr/bin/chromium ] || { echo "chromium did not install to /usr/bin/chromium" >&2; exit 1; }
