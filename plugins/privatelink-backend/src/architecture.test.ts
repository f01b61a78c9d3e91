import fs from 'node:fs';
import path from 'node:path';

const SRC = __dirname;

/** The plugin's source files, tests left out. */
function sourceFiles(): string[] {
  return fs
    .readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .filter(
      f => !/(^|\/)(testEntities|testFleet|testMetricSource)\.ts$/.test(f),
    )
    .map(f => path.join(SRC, f));
}

function resolve(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, path.join(base, 'index.ts')].find(f =>
    fs.existsSync(f),
  );
}

/** What each file imports of the plugin: relative `import` and `export ... from`, types too. */
function relativeImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(
    /^(import|export)\s+(type\s+)?[^;]*?from\s+'(\.[^']*)'/gms,
  )) {
    const target = resolve(file, m[3]);
    if (target) found.push(target);
  }
  return found;
}

/** Each cycle of the graph once, as the files along it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') {
        found.push(stack.slice(stack.indexOf(next)));
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(file, 'done');
  };
  [...graph.keys()].forEach(file => state.has(file) || visit(file));
  return found;
}

const relative = (file: string) => path.relative(SRC, file);

describe("the backend's source", () => {
  const files = sourceFiles();
  const graph = new Map(files.map(f => [f, relativeImports(f)]));

  it('has no import cycle, not even of types', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(cycles(graph).map(c => c.map(relative).join(' -> '))).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const a = path.join(SRC, 'a.ts');
    const b = path.join(SRC, 'b.ts');
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([[a, b]]);
  });

  it('reaches another feature only through its door (index.ts)', () => {
    const features = new Set(
      fs
        .readdirSync(SRC, { withFileTypes: true })
        .filter(d => d.isDirectory() && d.name !== 'schema')
        .map(d => d.name),
    );
    const featureOf = (file: string) => {
      const [first, ...rest] = relative(file).split(path.sep);
      return rest.length && features.has(first) ? first : undefined;
    };
    const deep: string[] = [];
    for (const [file, imports] of graph) {
      for (const target of imports) {
        const feature = featureOf(target);
        if (
          feature &&
          feature !== featureOf(file) &&
          path.basename(target) !== 'index.ts'
        ) {
          deep.push(`${relative(file)} -> ${relative(target)}`);
        }
      }
    }
    expect(features.size).toBeGreaterThanOrEqual(12);
    expect(deep).toEqual([]);
  });
});
