#!/usr/bin/env bash
# The production install, checked as an operator would do it: build, copy the project to a
# temporary folder, install only the dependencies there (npm ci --omit=dev: no tsx, no
# vitest), start `node dist/main.js` against the Bot API emulator and see it answer /start.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build
dir=$(mktemp -d /tmp/letgo-prod.XXXXXX)
trap 'rm -rf "$dir"' EXIT
git ls-files -z | xargs -0 cp --parents -t "$dir"
cp -r dist "$dir/"
(cd "$dir" && npm ci --omit=dev --no-audit --no-fund --loglevel=error)
if [ -e "$dir/node_modules/tsx" ] || [ -e "$dir/node_modules/vitest" ]; then echo "devDependencies were installed" >&2; exit 1; fi
npx tsx tests/prod/smoke.ts "$dir"
