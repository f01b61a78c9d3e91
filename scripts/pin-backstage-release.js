#!/usr/bin/env node
/*
 * Pins every @backstage/* package in the installed tree to the newest version published on or
 * before a Backstage release's date, by writing root `overrides`. Plain caret ranges otherwise
 * pull newer copies in beside the pinned ones, and two copies of core-plugin-api or
 * backend-plugin-api break the app and the backend at run time.
 *
 * Usage: node scripts/pin-backstage-release.js 2026-09-17   (the 1.55.0 release day), then
 * `npm install` and `npm ls @backstage/core-plugin-api` to see one copy.
 */
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');

const cutoff = new Date(`${process.argv[2] ?? '2026-09-17'}T23:59:59Z`);
// npm ls exits non-zero while versions are mixed, which is the state this script repairs.
const tree = spawnSync('npm', ['ls', '--all', '--json'], {
  maxBuffer: 512 * 1024 * 1024,
}).stdout.toString();
const names = [
  ...new Set(tree.match(/"@backstage\/[a-z0-9-]+"/g).map(s => JSON.parse(s))),
];
function compareVersions(a, b) {
  const [x, y] = [a, b].map(v => v.split('.').map(Number));
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
for (const name of names.sort()) {
  const times = JSON.parse(
    execFileSync('npm', ['view', name, 'time', '--json']).toString(),
  );
  const version = Object.entries(times)
    .filter(([v, t]) => /^\d+\.\d+\.\d+$/.test(v) && new Date(t) <= cutoff)
    .map(([v]) => v)
    .sort(compareVersions)
    .pop();
  if (version) pkg.overrides[name] = version;
  console.log(name, version ?? '(none before the cut-off: left free)');
}
fs.writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
