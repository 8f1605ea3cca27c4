// `npm run check:cycles`: finds import cycles among the modules of src/ and prints each one.
//
// Every import counts, `import type` included: a cycle of types still ties the modules' layers together
// (a core module cannot be understood, moved or tested without the other). Cycles are printed with each
// type-only edge marked `→ (type)`; those are erased by esbuild and cannot break load order, while a
// cycle of run-time imports can: a module reads another's export before that module has finished
// loading, and in the single bundle Apps Script runs, the value is silently `undefined`. `--runtime`
// checks only run-time imports.
//
// Modules are parsed with the TypeScript compiler API and specifiers resolved by TypeScript's own module
// resolution with src/tsconfig.json's options, so `./x`, `./x.js`, `./dir` (index) and path aliases all
// resolve as the build sees them. Package imports are not followed.
//
// Prints every strongly connected group of modules, and within it the shortest cycle through each of
// its modules (deduplicated), e.g. `core/a.ts → core/b.ts → core/a.ts`. Exits 1 when there is one.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = process.cwd();
const srcDir = resolve(root, 'src');
const runtimeOnly = process.argv.includes('--runtime');

function listModules(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listModules(path));
    else if (/\.(ts|tsx|mts)$/.test(entry.name) && !/\.d\.(ts|mts)$/.test(entry.name)) out.push(path);
  }
  return out;
}

function compilerOptions() {
  const configPath = join(srcDir, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} },
  );
  return (
    parsed?.options ?? { moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext }
  );
}

/** Every module specifier in a file, each marked whether it is erased at compile time (type-only). */
export function importsOf(fileName, text) {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const specs = [];
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      specs.push({ spec: node.moduleSpecifier.text, typeOnly });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const typeOnly =
        node.isTypeOnly ||
        (node.exportClause !== undefined &&
          ts.isNamedExports(node.exportClause) &&
          node.exportClause.elements.length > 0 &&
          node.exportClause.elements.every((e) => e.isTypeOnly));
      specs.push({ spec: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expr = node.moduleReference.expression;
      if (ts.isStringLiteral(expr)) specs.push({ spec: expr.text, typeOnly: node.isTypeOnly });
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments.length === 1 &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      specs.push({ spec: node.arguments[0].text, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const lit = node.argument.literal;
      if (ts.isStringLiteral(lit)) specs.push({ spec: lit.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return specs;
}

/** Strongly connected components (Tarjan), each with more than one module or an import of itself. */
export function stronglyConnected(graph) {
  let index = 0;
  const stack = [];
  const onStack = new Set();
  const idx = new Map();
  const low = new Map();
  const groups = [];
  const strong = (v) => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const group = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? new Set()).has(v)) groups.push(group.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!idx.has(v)) strong(v);
  return groups.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** The shortest cycle from `start` back to itself inside `group` (breadth-first), as a list of modules. */
export function shortestCycle(graph, group, start) {
  const inGroup = new Set(group);
  const prev = new Map();
  const queue = [start];
  const seen = new Set([start]);
  while (queue.length) {
    const v = queue.shift();
    for (const w of [...(graph.get(v) ?? [])].sort()) {
      if (!inGroup.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(prev.get(path[0]));
        return path;
      }
      if (!seen.has(w)) {
        seen.add(w);
        prev.set(w, v);
        queue.push(w);
      }
    }
  }
  return undefined;
}

/** The cycles to print for one group: one per module, rotated to start at its smallest name, no repeats. */
export function cyclesOf(graph, group) {
  const seen = new Set();
  const cycles = [];
  for (const start of group) {
    const cycle = shortestCycle(graph, group, start);
    if (!cycle) continue;
    const first = cycle.indexOf([...cycle].sort()[0]);
    const rotated = [...cycle.slice(first), ...cycle.slice(0, first)];
    const key = rotated.join('\0');
    if (!seen.has(key)) {
      seen.add(key);
      cycles.push(rotated);
    }
  }
  return cycles.sort((a, b) => a.length - b.length || (a.join() < b.join() ? -1 : 1));
}

function main() {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const files = listModules(srcDir);
  const known = new Set(files);
  const name = (p) => relative(srcDir, p).split(sep).join('/');
  const graph = new Map();
  const typeOnlyEdges = new Set(); // "from\0to" where every import from → to is erased
  for (const file of files) {
    const edges = new Map(); // target → every import of it is type-only
    for (const { spec, typeOnly } of importsOf(file, readFileSync(file, 'utf8'))) {
      if (runtimeOnly && typeOnly) continue;
      const resolved = ts.resolveModuleName(spec, file, options, host).resolvedModule;
      const target = resolved && resolve(resolved.resolvedFileName);
      if (target && known.has(target)) edges.set(name(target), (edges.get(name(target)) ?? true) && typeOnly);
    }
    for (const [target, typeOnly] of edges) if (typeOnly) typeOnlyEdges.add(`${name(file)}\0${target}`);
    graph.set(name(file), new Set(edges.keys()));
  }
  const groups = stronglyConnected(graph);
  const what = runtimeOnly ? 'run-time imports' : 'all imports';
  if (groups.length === 0) {
    console.log(`check-cycles: no import cycles among ${files.length} modules of src/ (${what})`);
    return;
  }
  let count = 0;
  let erased = 0;
  for (const group of groups) {
    const cycles = cyclesOf(graph, group);
    count += cycles.length;
    console.log(`\n${group.length} module${group.length > 1 ? 's' : ''} in a cycle: ${group.join(', ')}`);
    for (const cycle of cycles) {
      const closed = [...cycle, cycle[0]];
      let line = closed[0];
      let typeEdge = false;
      for (let i = 1; i < closed.length; i++) {
        const t = typeOnlyEdges.has(`${closed[i - 1]}\0${closed[i]}`);
        typeEdge ||= t;
        line += `${t ? ' → (type) ' : ' → '}${closed[i]}`;
      }
      if (typeEdge) erased++;
      console.log(`  ${line}`);
    }
  }
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  console.log(
    `\ncheck-cycles: ${plural(count, 'import cycle')} in ${plural(groups.length, 'group')} among ${files.length} ` +
      `modules of src/ (${what}${erased ? `; ${erased} of them only through a type-only import, which the bundle drops` : ''})`,
  );
  process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
