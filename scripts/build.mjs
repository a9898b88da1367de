#!/usr/bin/env node
/*
 * npm run build                      bundles each deployable's entry points for `node`
 * node scripts/build.mjs stage DIR   copies what the production image holds into DIR
 *
 * Bundles: workspace packages (@enlace/*) are compiled in; third-party packages stay
 * external, so that `npm ci --omit=dev` provides them. The build fails when a bundle
 * imports a package that no workspace lists in its `dependencies` (a devDependency, or
 * nothing), since the production install would not have it.
 *
 * Each bundled module keeps its own `import.meta.url` (the place of its source file in
 * the repository), so files it finds relative to itself (migrations/, the demo seed)
 * are found in the built tree too, provided they are in RUNTIME_FILES below. Entry
 * points keep the bundle's own URL, so `import.meta.url === file://argv[1]` still works.
 *
 * The staged DIR has two parts, copied in this order by the Dockerfile and by
 * .ci/production-check: DIR/manifests (package.json files and the lock, for
 * `npm ci --omit=dev`) and DIR/app (the bundles and their data files).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What is deployed: per service, its entry points (src/X.ts becomes dist/X.js). */
const TARGETS = [
  { dir: 'services/api', entries: ['src/main.ts', 'src/cli.ts'] },
  { dir: 'services/worker', entries: ['src/main.ts'] },
  { dir: 'services/web', entries: ['src/main.ts'] },
];

/** Files the bundles read at run time, besides node_modules. */
// The web's stylesheet is read next to its source (services/web/src/assets.ts); htmx comes from node_modules.
const RUNTIME_FILES = ['migrations', 'packages/devstack/seed', 'services/web/src/assets'];

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const posix = (path) => path.split(sep).join('/');

/** The workspace folders the root package.json declares (plain folders and `dir/*`). */
function workspaceDirs() {
  const dirs = [];
  for (const pattern of readJson(join(ROOT, 'package.json')).workspaces ?? []) {
    if (pattern.endsWith('/*')) {
      const parent = pattern.slice(0, -2);
      for (const name of readdirSync(join(ROOT, parent)).sort()) {
        if (existsSync(join(ROOT, parent, name, 'package.json'))) dirs.push(`${parent}/${name}`);
      }
    } else if (!/[*?[{]/.test(pattern)) {
      if (existsSync(join(ROOT, pattern, 'package.json'))) dirs.push(pattern);
    } else {
      throw new Error(`workspace pattern ${pattern}: only "dir" and "dir/*" are supported here`);
    }
  }
  return dirs;
}

/** Packages some manifest lists under `dependencies`: what `npm ci --omit=dev` installs. */
function productionPackages() {
  const names = new Set();
  for (const dir of ['.', ...workspaceDirs()]) {
    for (const name of Object.keys(readJson(join(ROOT, dir, 'package.json')).dependencies ?? {})) names.add(name);
  }
  return names;
}

const packageName = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Bundles @enlace/* and relative imports; leaves node built-ins and third-party packages to node. */
function enlacePlugin(outdir, entryPaths) {
  return {
    name: 'enlace',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (isBuiltin(args.path)) return { path: args.path, external: true };
        if (args.path.startsWith('@enlace/')) return undefined;
        // JSON data (country names…) is compiled in rather than imported with attributes.
        if (args.path.endsWith('.json')) return undefined;
        return { path: args.path, external: true };
      });
      b.onLoad({ filter: /\.[cm]?tsx?$/ }, (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        let contents = readFileSync(args.path, 'utf8');
        const loader = args.path.endsWith('x') ? 'tsx' : 'ts';
        if (entryPaths.has(args.path) || !contents.includes('import.meta.')) return { contents, loader };
        const here = `new URL(${JSON.stringify(posix(relative(outdir, args.path)))}, import.meta.url)`;
        contents = contents
          .replaceAll('import.meta.url', `${here}.href`)
          .replaceAll('import.meta.filename', `decodeURIComponent(${here}.pathname)`)
          .replaceAll('import.meta.dirname', `decodeURIComponent(new URL('.', ${here}).pathname).replace(/\\/$/, '')`);
        return { contents, loader };
      });
    },
  };
}

async function buildAll() {
  const allowed = productionPackages();
  const problems = [];
  for (const target of TARGETS) {
    const base = join(ROOT, target.dir);
    const outdir = join(base, 'dist');
    rmSync(outdir, { recursive: true, force: true });
    const entryPoints = target.entries.map((e) => join(base, e));
    const result = await build({
      entryPoints,
      outdir,
      outbase: join(base, 'src'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      sourcemap: true,
      metafile: true,
      // The web's templates: JSX compiled to string-building calls of @kitajs/html.
      jsx: 'automatic',
      jsxImportSource: '@kitajs/html',
      logLevel: 'warning',
      absWorkingDir: ROOT,
      plugins: [enlacePlugin(outdir, new Set(entryPoints))],
    }).catch(() => {
      // esbuild has printed the errors, with their file and line.
      console.error(`build: ${target.dir} did not compile`);
      process.exit(1);
    });
    for (const [file, output] of Object.entries(result.metafile.outputs)) {
      if (!file.endsWith('.js')) continue;
      const external = new Set(output.imports.filter((i) => i.external && !isBuiltin(i.path)).map((i) => packageName(i.path)));
      const missing = [...external].filter((name) => !allowed.has(name)).sort();
      if (missing.length > 0) problems.push(`${file} imports ${missing.join(', ')}, which no package.json lists under "dependencies"`);
      console.log(`built ${file} (${(output.bytes / 1024).toFixed(0)} KiB; node_modules: ${[...external].sort().join(', ')})`);
    }
  }
  if (problems.length > 0) {
    console.error(`build: the production install (npm ci --omit=dev) would miss packages:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}

/** Copies the production tree: DIR/manifests for `npm ci --omit=dev`, then DIR/app. */
function stage(dest) {
  const out = resolve(dest);
  rmSync(out, { recursive: true, force: true });
  const copy = (path, part) => {
    const to = join(out, part, path);
    mkdirSync(dirname(to), { recursive: true });
    cpSync(join(ROOT, path), to, { recursive: true });
  };
  for (const file of ['package.json', 'package-lock.json']) copy(file, 'manifests');
  for (const dir of workspaceDirs()) copy(`${dir}/package.json`, 'manifests');
  for (const target of TARGETS) {
    const dist = `${target.dir}/dist`;
    for (const entry of target.entries) {
      const js = `${dist}/${posix(relative('src', entry)).replace(/\.tsx?$/, '.js')}`;
      if (!existsSync(join(ROOT, js))) throw new Error(`${js} is missing: run npm run build first`);
    }
    copy(dist, 'app');
  }
  for (const path of RUNTIME_FILES) copy(path, 'app');
  writeFileSync(join(out, 'README'), 'Copy manifests/ into the app folder, run `npm ci --omit=dev`, then copy app/ over it.\n');
  console.log(`staged the production tree in ${out}`);
}

const [command, arg] = process.argv.slice(2);
if (!command) await buildAll();
else if (command === 'stage' && arg) stage(arg);
else {
  console.error('usage: node scripts/build.mjs            (build)\n       node scripts/build.mjs stage DIR  (copy the production tree)');
  process.exit(2);
}
