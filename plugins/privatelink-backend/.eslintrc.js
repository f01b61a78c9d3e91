module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  // Each folder of src/ is a feature with one door, its index.ts: outside it, a feature is
  // imported through the door (`../usage`), never its files (`../usage/UsageStore`). Tests may
  // reach into a feature's files to set up fixtures.
  restrictedImportPatterns: ['../*/*', './*/*', '!./schema/**'],
});
