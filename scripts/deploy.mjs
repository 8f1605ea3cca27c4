// `npm run deploy`: tests, builds and pushes the add-on with clasp, to the development or the production
// Apps Script project. Nothing reaches either project without `npm test` passing first.
//
//   npm run deploy                      development: npm test, then clasp push (the project's HEAD)
//   npm run deploy -- --env prod        production: the same, then a new version and deployment
//   npm run deploy -- --env dev --create sheets --title "Sổ theo dõi nhiệm vụ (thử)"
//                                       makes the Apps Script project once and records its id
//   --dry-run                           prints the steps and runs nothing
//
// Each environment has its own clasp project file, both with `rootDir: "dist"`:
//   .clasp.json       development — the file every plain `npx clasp …` command uses;
//   .clasp.prod.json  production — used only here, through `clasp -P`.
// Production also keeps `deploymentId` (ignored by clasp) so that each release updates the same
// deployment instead of making a new one: the add-on's Marketplace listing names that deployment.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ENVS = {
  dev: { file: '.clasp.json', label: 'development' },
  prod: { file: '.clasp.prod.json', label: 'production' },
};

const USAGE = `usage: npm run deploy -- [--env dev|prod] [--dry-run]
       npm run deploy -- --env dev|prod --create sheets|standalone [--title <title>]`;

/** The command line, checked: unknown options and values are refused rather than ignored. */
export function parseArgs(argv) {
  const opts = { env: 'dev', dryRun: false, create: undefined, title: undefined, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value\n${USAGE}`);
      return v;
    };
    if (arg === '--env') opts.env = value();
    else if (arg.startsWith('--env=')) opts.env = arg.slice('--env='.length);
    else if (arg === '--dry-run') opts.dryRun = true;
    else if (arg === '--create') opts.create = value();
    else if (arg === '--title') opts.title = value();
    else if (arg === '--help' || arg === '-h') opts.help = true;
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  if (!(opts.env in ENVS)) throw new Error(`--env must be dev or prod, not "${opts.env}"\n${USAGE}`);
  if (opts.create !== undefined && !['sheets', 'standalone'].includes(opts.create))
    throw new Error(`--create must be sheets or standalone, not "${opts.create}"\n${USAGE}`);
  if (opts.title !== undefined && opts.create === undefined) throw new Error(`--title goes with --create`);
  return opts;
}

/** The environment's clasp project file, checked before anything runs. */
export function readConfig(root, env, { needScriptId = true } = {}) {
  const file = ENVS[env].file;
  const path = join(root, file);
  if (!existsSync(path)) throw new Error(`${file} is missing: it holds the ${ENVS[env].label} script id`);
  let config;
  try {
    config = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${file} is not valid JSON: ${e.message}`);
  }
  if (config.rootDir !== 'dist')
    throw new Error(
      `${file}: rootDir must be "dist" (what the build writes), not ${JSON.stringify(config.rootDir)}`,
    );
  const scriptId = typeof config.scriptId === 'string' ? config.scriptId.trim() : '';
  if (needScriptId && !scriptId)
    throw new Error(
      `${file} has no scriptId yet. Make the ${ENVS[env].label} project once with\n` +
        `  npm run deploy -- --env ${env} --create sheets --title "…"\n` +
        `or copy the Script ID from the Apps Script editor (Project Settings) into ${file}.`,
    );
  return { file, path, config, scriptId, deploymentId: config.deploymentId || undefined };
}

/**
 * The steps of one deployment, in order. `npm test` builds `dist/` before it tests it, so what is pushed
 * is exactly what was tested. Production then makes an immutable version and points the deployment at it
 * (`clasp create-deployment` makes the version; with `-i` it updates that deployment instead of adding one).
 */
export function deploySteps(env, { file, deploymentId }, description) {
  const steps = [
    { what: 'test (build, typecheck, lint, all tests)', cmd: 'npm', args: ['test'] },
    {
      what: `push dist/ to the ${ENVS[env].label} project`,
      cmd: 'clasp',
      args: ['-P', file, 'push', '--force'],
    },
  ];
  if (env === 'prod') {
    const args = ['-P', file, '--json', 'create-deployment', '--description', description];
    if (deploymentId) args.push('--deploymentId', deploymentId);
    steps.push({
      what: deploymentId ? `new version on ${deploymentId}` : 'new version, new deployment',
      cmd: 'clasp',
      args,
    });
  }
  return steps;
}

function run(root, cmd, args, { capture = false, cwd = root } = {}) {
  const env = {
    ...process.env,
    PATH: [join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
  };
  const result = spawnSync(cmd, args, {
    cwd,
    env,
    stdio: capture ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${result.status})`);
  return result.stdout ?? '';
}

function git(root, args) {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** One clasp project, made in a scratch folder (clasp refuses to create where a project file exists). */
function create(root, opts) {
  const { file, path, config } = readConfig(root, opts.env, { needScriptId: false });
  if (config.scriptId)
    throw new Error(`${file} already names script ${config.scriptId}; empty its scriptId to make another`);
  const title = opts.title ?? `Sổ theo dõi nhiệm vụ${opts.env === 'dev' ? ' (thử nghiệm)' : ''}`;
  const args = ['--json', 'create-script', '--type', opts.create, '--title', title, '--rootDir', 'dist'];
  if (opts.dryRun) {
    console.log(
      `would run, in a scratch folder: clasp ${args.join(' ')}\nthen record its scriptId in ${file}`,
    );
    return;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'nhac-viec-clasp-'));
  try {
    const out = run(root, 'clasp', args, { capture: true, cwd: scratch });
    const made = JSON.parse(readFileSync(join(scratch, '.clasp.json'), 'utf8'));
    if (!made.scriptId) throw new Error(`clasp made no project file:\n${out}`);
    const next = { ...config, scriptId: made.scriptId };
    if (made.parentId) next.parentId = made.parentId;
    writeFileSync(path, JSON.stringify(next, null, 2) + '\n');
    console.log(
      `${file}: scriptId ${made.scriptId}${made.parentId ? `, in spreadsheet ${made.parentId}` : ''}`,
    );
    console.log(`Next: npm run deploy -- --env ${opts.env}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function main() {
  const root = process.cwd();
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    console.log(USAGE);
    return;
  }
  if (opts.create) {
    create(root, opts);
    return;
  }
  const target = readConfig(root, opts.env);
  if (opts.env === 'prod' && !opts.dryRun) {
    // The script ids are not code: filling them in is no reason to refuse.
    const dirty = git(root, [
      'status',
      '--porcelain',
      '--untracked-files=no',
      '--',
      '.',
      ':!.clasp.json',
      ':!.clasp.prod.json',
    ]);
    if (dirty === undefined) throw new Error('production deploys come from a git checkout');
    if (dirty) throw new Error(`production deploys come from a commit; uncommitted changes:\n${dirty}`);
  }
  const commit = git(root, ['describe', '--always', '--dirty']) ?? 'no commit';
  const description = `${commit} ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const steps = deploySteps(opts.env, target, description);
  console.log(`Deploying to ${ENVS[opts.env].label} (script ${target.scriptId}, ${target.file}):`);
  steps.forEach((s, i) => console.log(`  ${i + 1}. ${s.what}: ${s.cmd} ${s.args.join(' ')}`));
  if (opts.dryRun) return;
  for (const step of steps) {
    console.log(`\n▶ ${step.what}`);
    const out = run(root, step.cmd, step.args, { capture: step.args.includes('--json') });
    if (step.args.includes('create-deployment')) {
      const d = JSON.parse(out);
      console.log(`Deployed version ${d.versionNumber} as ${d.deploymentId} ("${d.description}").`);
      if (!target.deploymentId)
        console.log(
          `Record it in ${target.file} as "deploymentId": "${d.deploymentId}" so that the next release updates it.`,
        );
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main();
  } catch (e) {
    console.error(`deploy: ${e.message}`);
    process.exit(1);
  }
}
