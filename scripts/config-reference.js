#!/usr/bin/env node
/*
 * Writes the "Config reference" table of each package README that has a config.d.ts, from the
 * JSON schema Backstage's own config loader makes of it (the schema the backend validates
 * against), between the README's `config-reference` markers, formatted as prettier formats the README.
 *
 *   node scripts/config-reference.js           rewrite the tables
 *   node scripts/config-reference.js --check   fail when a README's table is not what the schema says
 */
const fs = require('fs');
const path = require('path');
const { loadConfigSchema } = require('@backstage/config-loader');
const prettier = require('prettier');

const ROOT = path.resolve(__dirname, '..');
const START =
  '<!-- config-reference:start (generated from config.d.ts by scripts/config-reference.js) -->';
const END = '<!-- config-reference:end -->';

function typeOf(schema) {
  if (schema.enum)
    return schema.enum.map(v => `\`${JSON.stringify(v)}\``).join(' \\| ');
  if (schema.type === 'array')
    return `${schema.items ? typeOf(schema.items) : 'any'}[]`;
  if (Array.isArray(schema.type)) return schema.type.join(' \\| ');
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' \\| ');
  if (schema.type) return schema.type;
  if (schema.$ref) return schema.$ref.replace('#/definitions/', '');
  return 'any';
}

function cell(text) {
  return (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

/** One row per key, depth first; the keys of array items are written `key[].child`. */
function rows(schema, prefix, required, out, definitions) {
  const resolved = schema.$ref
    ? definitions[schema.$ref.replace('#/definitions/', '')] ?? schema
    : schema;
  if (prefix)
    out.push({
      key: prefix,
      type: typeOf(schema),
      required,
      description: schema.description ?? resolved.description,
    });
  const object = resolved.type === 'array' ? resolved.items : resolved;
  if (!object || !object.properties) return out;
  const childPrefix = resolved.type === 'array' ? `${prefix}[]` : prefix;
  const needed = new Set(object.required ?? []);
  for (const [name, child] of Object.entries(object.properties)) {
    rows(
      child,
      childPrefix ? `${childPrefix}.${name}` : name,
      needed.has(name),
      out,
      definitions,
    );
  }
  return out;
}

function table(schema) {
  const lines = [
    '| key | type | required | what it is |',
    '| --- | --- | --- | --- |',
  ];
  for (const row of rows(schema, '', false, [], schema.definitions ?? {})) {
    lines.push(
      `| \`${row.key}\` | ${row.type} | ${row.required ? 'yes' : ''} | ${cell(
        row.description,
      )} |`,
    );
  }
  return lines.join('\n');
}

async function main() {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const dir of fs.readdirSync(path.join(ROOT, 'plugins')).sort()) {
    const pkgDir = path.join(ROOT, 'plugins', dir);
    if (!fs.existsSync(path.join(pkgDir, 'config.d.ts'))) continue;
    const pkg = JSON.parse(
      fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'),
    );
    const schema = await loadConfigSchema({
      dependencies: [pkg.name],
      excludePackageDependencies: true,
    });
    const own = schema
      .serialize()
      .schemas.find(
        s => path.resolve(s.path) === path.join(pkgDir, 'config.d.ts'),
      );
    if (!own) throw new Error(`no schema of ${pkg.name}'s config.d.ts`);
    const readmePath = path.join(pkgDir, 'README.md');
    const readme = fs.readFileSync(readmePath, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    if (start < 0 || end < start)
      throw new Error(
        `${path.relative(ROOT, readmePath)} has no config-reference markers`,
      );
    const options = {
      ...(await prettier.resolveConfig(readmePath)),
      filepath: readmePath,
    };
    const next = prettier.format(
      `${readme.slice(0, start)}${START}\n${table(own.value)}\n${readme.slice(
        end,
      )}`,
      options,
    );
    if (next === readme) continue;
    if (check) stale.push(path.relative(ROOT, readmePath));
    else fs.writeFileSync(readmePath, next);
  }
  if (stale.length) {
    console.error(
      `Config reference out of date in ${stale.join(
        ', ',
      )}: run node scripts/config-reference.js`,
    );
    process.exit(1);
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
