#!/usr/bin/env bash
# Type-checks, builds and packs the six PrivateLink packages into release/, one tarball each, as
# they would be published. Each package's prepack refuses to pack without a built dist/.
#   --skip-tsc   use the dist-types/ that `tsc -p .` has just written (CI's type-check step)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh
rm -rf release
if [ "${1:-}" = "--skip-tsc" ]; then
  [ -d dist-types ] || { echo "release-pack --skip-tsc: no dist-types/; run npx tsc -p . first" >&2; exit 1; }
else
  rm -rf dist-types
  npx tsc -p .
fi
npx backstage-cli repo build
mkdir -p release
for dir in plugins/*/; do
  (cd "$dir" && npm pack --pack-destination ../../release --loglevel=error >/dev/null)
done
for tarball in release/*.tgz; do
  printf '%s\t%s bytes\t%s files\n' "$(basename "$tarball")" "$(stat -c %s "$tarball")" "$(tar tzf "$tarball" | wc -l)"
done
