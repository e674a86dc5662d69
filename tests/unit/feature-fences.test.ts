/**
 * Fenced features: each folder of src/features has one public entry file (index.ts); nothing
 * imports another feature's other files statically; and the features do not import each other
 * in a circle, not even behind a lazy import(). features/common is a library of small modules
 * that anything may import by path, and it imports no feature. The lint rule in
 * eslint.config.js says the same at each import; this test reads the whole tree, so it also
 * sees the cycles and the missing entry files that a rule on one import cannot.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

type Kind = 'static' | 'dynamic';
interface Import {
  /** the importing file, relative to the root ('src/features/story/ChapterImage.tsx') */
  from: string;
  /** the imported module, resolved and without its extension ('src/features/export/index') */
  to: string;
  kind: Kind;
}
/** A tree of source files: path relative to the root → text. */
type Tree = ReadonlyMap<string, string>;

/** The module specifiers a file imports: declarations and re-exports, and import() calls. */
function specifiers(path: string, text: string): { spec: string; kind: Kind }[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false);
  const out: { spec: string; kind: Kind }[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      out.push({ spec: node.moduleSpecifier.text, kind: 'static' });
    else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    )
      out.push({ spec: node.arguments[0].text, kind: 'dynamic' });
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** A relative specifier resolved against the tree: a file without its extension, or a folder's index. */
function resolveIn(tree: Tree, from: string, spec: string): string {
  const base = posix.normalize(posix.join(posix.dirname(from), spec));
  const exts = ['.ts', '.tsx'];
  if (exts.some((e) => tree.has(base + e))) return base;
  if (exts.some((e) => tree.has(`${base}/index${e}`))) return `${base}/index`;
  return base;
}

function importsOf(tree: Tree): Import[] {
  return [...tree].flatMap(([from, text]) =>
    specifiers(from, text)
      .filter((s) => s.spec.startsWith('.'))
      .map((s) => ({ from, to: resolveIn(tree, from, s.spec), kind: s.kind })),
  );
}

/** 'story' for 'src/features/story/ChapterImage'; null outside src/features. */
function featureOf(path: string): string | null {
  return /^src\/features\/([^/]+)\//.exec(path)?.[1] ?? null;
}

/** Feature folders that lack an index.ts (common is a library and has none). */
function withoutIndex(tree: Tree): string[] {
  const features = new Set([...tree.keys()].map(featureOf).filter((f) => f && f !== 'common'));
  return [...features].filter((f) => !tree.has(`src/features/${f}/index.ts`)) as string[];
}

/** Static imports, from anywhere in src, of a feature's file other than its index. */
function fenceBreaks(imports: readonly Import[]): string[] {
  return imports
    .filter((i) => {
      const to = featureOf(i.to);
      return (
        i.kind === 'static' &&
        to !== null &&
        to !== 'common' &&
        to !== featureOf(i.from) &&
        i.to !== `src/features/${to}/index`
      );
    })
    .map((i) => `${i.from} → ${i.to}`);
}

/** Imports of any feature by features/common, which is shared by all of them. */
function commonReachingOut(imports: readonly Import[]): string[] {
  return imports
    .filter((i) => featureOf(i.from) === 'common' && ![null, 'common'].includes(featureOf(i.to)))
    .map((i) => `${i.from} → ${i.to} (${i.kind})`);
}

/** A circle of features importing each other (static or dynamic imports), or null. */
function featureCycle(imports: readonly Import[]): string[] | null {
  const edges = new Map<string, Set<string>>();
  for (const i of imports) {
    const [a, b] = [featureOf(i.from), featureOf(i.to)];
    if (a && b && a !== b) edges.set(a, (edges.get(a) ?? new Set()).add(b));
  }
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    const at = path.indexOf(node);
    if (at >= 0) return [...path.slice(at), node];
    if (done.has(node)) return null;
    path.push(node);
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(node);
    return null;
  };
  for (const node of edges.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

/** Every .ts/.tsx file under src, as the tree the checks read. */
function readSrc(root: string): Tree {
  const tree = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name))
        tree.set(relative(root, path).split('\\').join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(join(root, 'src'));
  return tree;
}

const root = join(dirname(new URL(import.meta.url).pathname), '../..');
const src = readSrc(root);
const imports = importsOf(src);

describe('the features of src/features', () => {
  it('reads the real tree (features, their entry files, imports between them)', () => {
    expect(existsSync(join(root, 'src/features/lanes/index.ts'))).toBe(true);
    expect(imports.some((i) => i.to === 'src/features/lanes/index')).toBe(true);
    expect(imports.some((i) => i.kind === 'dynamic' && featureOf(i.to))).toBe(true);
  });

  it('each has one public entry file, index.ts', () => {
    expect(withoutIndex(src)).toEqual([]);
  });

  it('are reached from outside only through that file (import() of a lazy view aside)', () => {
    expect(fenceBreaks(imports)).toEqual([]);
  });

  it('leave features/common a library that imports no feature', () => {
    expect(commonReachingOut(imports)).toEqual([]);
  });

  it('do not import each other in a circle, even behind a lazy import()', () => {
    expect(featureCycle(imports)).toBeNull();
  });
});

describe('the checks themselves, on small made-up trees', () => {
  const tree = (files: Record<string, string>): Tree => new Map(Object.entries(files));

  it('resolves a folder to its index and a file to itself', () => {
    const t = tree({
      'src/features/a/index.ts': "export { x } from './x';",
      'src/features/a/x.ts': 'export const x = 1;',
      'src/features/b/index.ts': "import { x } from '../a';\nimport { y } from '../a/x';",
    });
    expect(importsOf(t).filter((i) => i.from.includes('/b/'))).toEqual([
      { from: 'src/features/b/index.ts', to: 'src/features/a/index', kind: 'static' },
      { from: 'src/features/b/index.ts', to: 'src/features/a/x', kind: 'static' },
    ]);
  });

  it.each<[string, Record<string, string>, string[]]>([
    [
      'a deep static import',
      { 'src/features/b/B.tsx': "import { x } from '../a/x';" },
      ['src/features/b/B.tsx → src/features/a/x'],
    ],
    [
      'a deep re-export',
      { 'src/features/b/index.ts': "export { x } from '../a/x';" },
      ['src/features/b/index.ts → src/features/a/x'],
    ],
    [
      'a type-only deep import from app',
      { 'src/app/App.tsx': "import type { X } from '../features/a/x';" },
      ['src/app/App.tsx → src/features/a/x'],
    ],
    ['through the index', { 'src/features/b/B.tsx': "import { x } from '../a';" }, []],
    ['a lazy view by path', { 'src/features/b/B.tsx': "const A = () => import('../a/x');" }, []],
    ['common by path', { 'src/features/b/B.tsx': "import { c } from '../common/c';" }, []],
    ['its own files', { 'src/features/a/y.ts': "import { x } from './x';" }, []],
  ])('finds %s', (_, files, expected) => {
    const t = tree({
      'src/features/a/index.ts': "export { x } from './x';",
      'src/features/a/x.ts': 'export const x = 1;',
      'src/features/common/c.ts': 'export const c = 1;',
      ...files,
    });
    expect(fenceBreaks(importsOf(t))).toEqual(expected);
  });

  it('finds a feature folder without index.ts', () => {
    expect(
      withoutIndex(tree({ 'src/features/a/A.tsx': '', 'src/features/common/c.ts': '' })),
    ).toEqual(['a']);
  });

  it('finds common importing a feature', () => {
    const t = tree({
      'src/features/a/index.ts': '',
      'src/features/common/c.ts': "export const c = () => import('../a');",
    });
    expect(commonReachingOut(importsOf(t))).toEqual([
      'src/features/common/c.ts → src/features/a/index (dynamic)',
    ]);
  });

  it('finds a circle hidden behind a lazy import()', () => {
    const t = tree({
      'src/features/a/index.ts': "export { b } from '../b';",
      'src/features/b/index.ts': "export const b = () => import('../c/C');",
      'src/features/c/C.tsx': "import { a } from '../a';",
    });
    expect(featureCycle(importsOf(t))).toEqual(['a', 'b', 'c', 'a']);
    expect(featureCycle(importsOf(tree({ 'src/features/c/C.tsx': "import '../a';" })))).toBeNull();
  });
});
