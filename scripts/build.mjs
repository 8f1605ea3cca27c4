// Builds what Apps Script runs: dist/Code.js (one bundle with real top-level entry points),
// dist/appsscript.json, and each HTML page of the add-on as one self-contained file.
//
// gas-webpack-plugin only runs inside webpack; its engine, gas-entry-generator, only needs the bundle's
// text. So esbuild bundles, and gas-entry-generator turns every `global.name = fn` in that bundle into
// the `function name() {}` declaration Apps Script needs to list and call the function. The bundle
// then assigns the real implementations over those declarations when the script loads.
import { analyzeMetafile, build, transform } from 'esbuild';
import { generate } from 'gas-entry-generator';
import { mkdirSync, readFileSync, writeFileSync, copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dist = 'dist';
mkdirSync(dist, { recursive: true });

/**
 * Packages' code (the QR encoder) is minified fully, names included: they mean nothing in our stack
 * traces.
 */
const minifyPackages = {
  name: 'minify-packages',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/].*\.m?js$/ }, async (args) => {
      const { code } = await transform(readFileSync(args.path, 'utf8'), {
        loader: 'js',
        minify: true,
        target: 'es2020',
        legalComments: 'none',
      });
      return { contents: code, loader: 'js' };
    });
  },
};

/**
 * The server keeps the Vietnamese text of each message and reads the English ones from a file when the
 * register speaks English (src/gas/english.ts): each catalogue of src/core/i18n written `key: [vi, en]`
 * is loaded as `key: vi`, its English halves gathered into `english`, which becomes dist/i18n-en.html
 * (clasp pushes every .html of dist/; HtmlService reads it). Modules of i18n/ that are not only
 * catalogues (translate.ts, self-check.ts) load as written. The pages keep both languages.
 */
const english = {};
const isPair = (m) => Array.isArray(m) && m.length === 2 && m.every((s) => typeof s === 'string');
const isCatalogue = (c) =>
  c !== null && typeof c === 'object' && !Array.isArray(c) && Object.values(c).every(isPair);
const vietnameseOnly = {
  name: 'vietnamese-only',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]core[\\/]i18n[\\/][\w-]+\.ts$/ }, async (args) => {
      const { outputFiles } = await build({
        entryPoints: [args.path],
        bundle: true,
        format: 'esm',
        platform: 'neutral',
        write: false,
        logLevel: 'warning',
      });
      const url = `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`;
      const exports = Object.entries(await import(url));
      if (!exports.length || !exports.every(([, c]) => isCatalogue(c))) return undefined;
      const contents = exports
        .map(([name, c]) => {
          const vi = {};
          for (const [key, [v, en]] of Object.entries(c)) {
            vi[key] = v;
            english[key] = en;
          }
          return `export const ${name} = ${JSON.stringify(vi)};`;
        })
        .join('\n');
      return { contents, loader: 'js' };
    });
  },
};

async function bundleServer() {
  const result = await build({
    entryPoints: ['src/main.ts'],
    bundle: true,
    format: 'iife',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    charset: 'utf8',
    // Local names are shortened, but every function and class keeps its name (`keepNames` sets each
    // one's `name`, which is what V8 prints in a stack trace: Google's traces say `planAssign`, not `a`).
    // Property names and the free `global` are never renamed, so gas-entry-generator still finds each
    // `global.name = fn`.
    minify: true,
    keepNames: true,
    plugins: [minifyPackages, vietnameseOnly],
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
    // `BUILD_ANALYZE=1 npm run build` lists what Code.js is made of, largest input first.
    metafile: Boolean(process.env.BUILD_ANALYZE),
  });
  if (result.metafile) console.log(await analyzeMetafile(result.metafile));
  const code = result.outputFiles[0].text;
  const { entryPointFunctions } = generate(code, { comment: true });
  if (!entryPointFunctions.trim())
    throw new Error('build: no entry points found (expected global.name = fn in src/main.ts)');
  const out = `// Nhắc Việc — built by scripts/build.mjs; do not edit.\nvar global = this;\n${entryPointFunctions}\n${code}`;
  if (/^\s*export\s/m.test(out))
    throw new Error('build: the bundle contains an export statement (clasp push would fail)');
  writeFileSync(join(dist, 'Code.js'), out);
  // Only the keys Code.js holds (a page's catalogue loaded but shaken out leaves none): each is written
  // `"key":` there, or `key:` when it is a name.
  const held = (key) =>
    out.includes(`"${key}":`) || (/^[\w$]+$/.test(key) && new RegExp(`[{,]${key}:`).test(out));
  const en = Object.fromEntries(Object.entries(english).filter(([key]) => held(key)));
  const enText = JSON.stringify(en);
  writeFileSync(join(dist, 'i18n-en.html'), enText);
  return {
    bytes: Buffer.byteLength(out),
    entries: entryPointFunctions.match(/^function (\w+)/gm)?.length ?? 0,
    englishBytes: Buffer.byteLength(enText),
  };
}

/** Inlines a page's script (bundled for the browser) and style into its HTML: HtmlService serves one file. */
async function bundlePage(name) {
  const dir = join('src', name);
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const css = existsSync(join(dir, 'style.css')) ? readFileSync(join(dir, 'style.css'), 'utf8') : '';
  const result = await build({
    entryPoints: [join(dir, 'main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    charset: 'utf8',
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const js = result.outputFiles[0].text;
  const page = html
    .replace('<!-- STYLE -->', () => `<style>\n${css}\n</style>`)
    .replace('<!-- SCRIPT -->', () => `<script>\n${js}</script>`);
  const fileName = name.charAt(0).toUpperCase() + name.slice(1);
  writeFileSync(join(dist, `${fileName}.html`), page);
  return { name: fileName, bytes: Buffer.byteLength(page) };
}

const server = await bundleServer();
copyFileSync('appsscript.json', join(dist, 'appsscript.json'));
// The pages: each folder of src/ with an index.html (the sidebar, the wall board).
const pages = readdirSync('src').filter((d) => existsSync(join('src', d, 'index.html')));
const built = [];
for (const p of pages) built.push(await bundlePage(p));

// Size budgets, in KB of 1024 bytes: Apps Script loads all of Code.js for every call and HtmlService
// sends a whole page each time it opens. The build fails when a file outgrows its budget.
// Code.js: 300 KB held the task register, reminders, Drive and statistics (276 KB once the QR encoder
// was swapped); report drafting and weekly plans with the monthly evaluation are whole features of
// about 25 KB each (their Vietnamese and English words included). Catalogues written `key: [vi, en]`
// took it from 345 to 337 KB; kept screens in packs, statistics by column and the actions' cheaper
// write path (a property-backed audit, the HMAC in the script) added 16 KB of code that saves seconds
// of Google's time (353 KB). The catalogues' English halves (24 KB) then moved to dist/i18n-en.html,
// read only by an English register, which left 329.5 KB: the budget holds it at 330 KB (no growth)
// until it is back under 300 KB.
// `BUILD_ANALYZE=1 npm run build` shows what to cut.
const BUDGETS_KB = {
  'Code.js': 330,
  'Sidebar.html': 100,
  'Wallboard.html': 30,
  'Plans.html': 30,
  'Report.html': 30,
};
const files = [
  { name: 'Code.js', bytes: server.bytes },
  { name: 'i18n-en.html', bytes: server.englishBytes },
  ...built.map((b) => ({ ...b, name: `${b.name}.html` })),
];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  files
    .map((f) => {
      const budget = BUDGETS_KB[f.name];
      const entries = f.name === 'Code.js' ? `, ${server.entries} entry points` : '';
      return `dist/${f.name} ${kb(f.bytes)}${budget ? ` (budget ${budget} KB)` : ''}${entries}`;
    })
    .join('; '),
);
const over = files.filter((f) => BUDGETS_KB[f.name] !== undefined && f.bytes > BUDGETS_KB[f.name] * 1024);
for (const f of over)
  console.error(`build: dist/${f.name} is ${kb(f.bytes)}, over its budget of ${BUDGETS_KB[f.name]} KB`);
if (over.length) process.exit(1);
