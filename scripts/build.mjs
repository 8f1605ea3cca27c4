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
import { join, relative, sep } from 'node:path';

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
 * The server keeps only the Vietnamese texts of the calls people wait on (the sidebar's, on a Vietnamese
 * register) and reads the others from two files the first time an execution wants one of them
 * (src/gas/texts.ts): each catalogue of src/core/i18n written `key: [vi, en]` (or `key: vi`, Vietnamese
 * only) is loaded as `key: vi` holding the hot keys alone; the English texts become dist/i18n-en.html
 * and the Vietnamese ones of the COLD areas dist/i18n-vi.html (JSON; clasp pushes every .html of dist/,
 * HtmlService reads it). Modules of i18n/ that are not only catalogues (translate.ts) load as written.
 * The pages keep both languages.
 *
 * COLD: the areas (a key's prefix before its first '.'), or single keys, whose Vietnamese texts only
 * rare or slow runs show: the hourly trigger's reminders, digests, notices and statistics, setup, the
 * self-check and the audit's check, reports, weekly plans and evaluation, and the Drive folders,
 * documents and slips (made beside seconds of Drive's work). The refresh's stay (the admin's button
 * waits on it, and a morning that sends nothing then reads no file). HOT: keys of a cold area that a sidebar
 * call shows without such work (a task's card). test/integration/texts.test.ts runs the sidebar's calls
 * and fails if one reads a file without working in Drive.
 */
const COLD = [
  'reminders',
  'reminder',
  'reminderLog',
  'notify',
  'notifyQueue',
  'holiday',
  'stats',
  'setup',
  'check',
  'report',
  'rp',
  'eval',
  'plan',
  'ws',
  'doc',
  'slip',
  // The audit's check, and the lines written by rare runs (the actions' own lines are hot).
  ...'intact broken edited inserted deleted moved truncated rehashed workspace sharing setup plan eval'
    .split(' ')
    .map((k) => `audit.${k}`),
];
const HOT = new Set(['ws.otherOwner', 'ws.confidentialShared', 'ws.confidentialSharedOther']);
const cold = (key) => !HOT.has(key) && COLD.some((p) => key === p || key.startsWith(`${p}.`));
/** Each catalogue loaded: its module, hot texts (in Code.js), cold Vietnamese texts and English texts. */
const catalogues = [];
const isText = (m) =>
  typeof m === 'string' || (Array.isArray(m) && m.length === 2 && m.every((s) => typeof s === 'string'));
const isCatalogue = (c) =>
  c !== null && typeof c === 'object' && !Array.isArray(c) && Object.values(c).every(isText);
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
      const module = relative('.', args.path).split(sep).join('/');
      const contents = exports
        .map(([name, c]) => {
          const cat = { module, hot: {}, cold: {}, en: {} };
          for (const [key, m] of Object.entries(c)) {
            const [vi, en] = typeof m === 'string' ? [m] : m;
            (cold(key) ? cat.cold : cat.hot)[key] = vi;
            if (en !== undefined) cat.en[key] = en;
          }
          catalogues.push(cat);
          return `export const ${name} = ${JSON.stringify(cat.hot)};`;
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
    metafile: true,
  });
  if (process.env.BUILD_ANALYZE) console.log(await analyzeMetafile(result.metafile));
  const code = result.outputFiles[0].text;
  const { entryPointFunctions } = generate(code, { comment: true });
  if (!entryPointFunctions.trim())
    throw new Error('build: no entry points found (expected global.name = fn in src/main.ts)');
  const out = `// Nhắc Việc — built by scripts/build.mjs; do not edit.\nvar global = this;\n${entryPointFunctions}\n${code}`;
  if (/^\s*export\s/m.test(out))
    throw new Error('build: the bundle contains an export statement (clasp push would fail)');
  writeFileSync(join(dist, 'Code.js'), out);
  // Only the catalogues Code.js holds (a page's catalogue loaded but shaken out leaves none): one with
  // a hot key written `"key":` there (or `key:`, a name), else one of cold keys alone from a module in it.
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  const written = (key) =>
    out.includes(`"${key}":`) || (/^[\w$]+$/.test(key) && new RegExp(`[{,]${key}:`).test(out));
  const held = catalogues.filter(({ module, hot }) =>
    Object.keys(hot).length ? Object.keys(hot).some(written) : inputs[module]?.bytesInOutput > 0,
  );
  const texts = (part) => JSON.stringify(Object.assign({}, ...held.map((c) => c[part])));
  const enText = texts('en');
  const viText = texts('cold');
  writeFileSync(join(dist, 'i18n-en.html'), enText);
  writeFileSync(join(dist, 'i18n-vi.html'), viText);
  return {
    bytes: Buffer.byteLength(out),
    entries: entryPointFunctions.match(/^function (\w+)/gm)?.length ?? 0,
    englishBytes: Buffer.byteLength(enText),
    vietnameseBytes: Buffer.byteLength(viText),
  };
}

/** Inlines a page's script (bundled for the browser) and style into its HTML: HtmlService serves one file. */
async function bundlePage(name) {
  const dir = join('src', name);
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  // The style, bundled: a page's style.css imports the look it shares (src/client/base.css).
  const css = existsSync(join(dir, 'style.css'))
    ? (
        await build({
          entryPoints: [join(dir, 'style.css')],
          bundle: true,
          charset: 'utf8',
          minify: true,
          write: false,
          logLevel: 'warning',
        })
      ).outputFiles[0].text
    : '';
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
    .replace('<!-- STYLE -->', () => `<style>\n${css}</style>`)
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
// Code.js holds the code and the Vietnamese texts of the sidebar's calls; the English texts and the
// Vietnamese ones of the rare runs (COLD above) are in dist/i18n-en.html and dist/i18n-vi.html.
// `BUILD_ANALYZE=1 npm run build` shows what to cut.
const BUDGETS_KB = {
  'Code.js': 300,
  'Sidebar.html': 100,
  'Wallboard.html': 30,
  'Plans.html': 30,
  'Report.html': 30,
};
const files = [
  { name: 'Code.js', bytes: server.bytes },
  { name: 'i18n-en.html', bytes: server.englishBytes },
  { name: 'i18n-vi.html', bytes: server.vietnameseBytes },
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
