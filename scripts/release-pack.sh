#!/usr/bin/env bash
# Type-checks, builds and packs the six PrivateLink packages into release/, one tarball each, as
# they would be published. Each package's prepack refuses to pack without a built dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh
rm -rf dist-types release
npx tsc -p .
npx backstage-cli repo build
mkdir -p release
for dir in plugins/*/; do
  (cd "$dir" && npm pack --pack-destination ../../release --loglevel=error >/dev/null)
done
for tarball in release/*.tgz; do
  printf '%s\t%s bytes\t%s files\n' "$(basename "$tarball")" "$(stat -c %s "$tarball")" "$(tar tzf "$tarball" | wc -l)"
done
