#!/usr/bin/env node
/*
 * Run by each package's prepack: refuses to pack a package that has not been built, which would
 * give a tarball whose `main` points at a missing dist/. `npm run release:pack` builds first.
 */
const fs = require('fs');
const path = require('path');

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const built = ['index.cjs.js', 'index.esm.js'].some(f =>
  fs.existsSync(path.join('dist', f)),
);
if (!built || !fs.existsSync(path.join('dist', 'index.d.ts'))) {
  console.error(
    `${pkg.name}: dist/ is missing or has no type declarations; build before packing: npm run release:pack (tsc, then backstage-cli repo build)`,
  );
  process.exit(1);
}
