#!/usr/bin/env node
/*
 * Keeps this machine's build of better-sqlite3 where its installer (prebuild-install) looks before
 * it downloads a prebuilt binary: npm's cache, under _prebuilds, named after the release's URL.
 * Where the download is not reachable, every `npm ci` otherwise compiles it from source (about a
 * minute on two cores); with the cached build the next one unpacks it in a second. The build is
 * this machine's own, for this Node.js (its ABI is in the name) and this version of the package.
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const packageDir = path.join(root, 'node_modules', 'better-sqlite3');
const binary = path.join('build', 'Release', 'better_sqlite3.node');

function main() {
  if (!fs.existsSync(path.join(packageDir, binary))) {
    console.log(`better-sqlite3: no build at ${binary}, nothing to keep`);
    return;
  }
  const pkg = require(path.join(packageDir, 'package.json'));
  const rc = require('prebuild-install/rc')(pkg);
  const util = require('prebuild-install/util');
  const cached = util.cachedPrebuild(util.getDownloadUrl({ ...rc, pkg }));
  if (fs.existsSync(cached)) {
    console.log(
      `better-sqlite3 ${pkg.version}: build already kept at ${cached}`,
    );
    return;
  }
  fs.mkdirSync(path.dirname(cached), { recursive: true });
  const partial = `${cached}.${process.pid}.tmp`;
  execFileSync('tar', ['-czf', partial, '-C', packageDir, binary]);
  fs.renameSync(partial, cached);
  console.log(`better-sqlite3 ${pkg.version}: build kept at ${cached}`);
}

main();
