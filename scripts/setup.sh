#!/usr/bin/env bash
# The install command: system packages the tests and benchmarks use, then the npm workspace (which builds).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)                 # browser tests, --render, PDF reports
fc-list 2>/dev/null | grep -qi 'wenquanyi\|wqy' || need+=(fonts-wqy-zenhei) # Chinese in screenshots and PDFs
command -v rg >/dev/null 2>&1 || need+=(ripgrep)                          # the raw-regex reference in npm run bench
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing ${need[*]} (Debian packages)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "setup: WARNING: missing system packages: ${need[*]} (install them with your package manager; browser tests will fail without chromium)" >&2
  fi
fi

npm install --no-audit --no-fund
