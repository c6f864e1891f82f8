#!/usr/bin/env bash
# README's test command: installs what the tests need (Debian's Chromium, which the browser tests drive, since
# Playwright cannot download its own browsers here), then runs every test of the solution in Release.
# Arguments are passed on to `dotnet test` (CI adds --no-build and a TRX logger).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium from Debian's packages (for the browser tests)..."
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

dotnet test SmpRules.sln -c Release "$@"
