#!/usr/bin/env bash
# README's test command: installs what the tests need (Debian's Chromium, which the browser tests drive, since
# Playwright cannot download its own browsers here; clang and lld, with which the package tests publish a consumer
# with Native AOT), then runs every test of the solution in Release.
# Arguments are passed on to `dotnet test` (CI adds --no-build and a TRX logger).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v clang >/dev/null || missing+=(clang)
command -v ld.lld >/dev/null || missing+=(lld)
[ -e /usr/include/zlib.h ] || missing+=(zlib1g-dev)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing from Debian's packages: ${missing[*]} (Chromium for the browser tests, clang and lld for Native AOT)..."
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

dotnet test SmpRules.sln -c Release "$@"
