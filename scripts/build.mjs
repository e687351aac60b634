// Builds every action bundle: tsc compiles to build/, then ncc bundles each entry into dist/<name>/.
// With --check it bundles into a temporary folder and fails if dist/ differs in any file (new,
// changed or deleted), so a commit can never ship sources that disagree with their bundle.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
// `--only <name>` bundles one action straight from its TypeScript entry, without compiling the
// whole tree first: a quick loop while developing one action. Release builds omit it.
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;

function entries() {
  const list = readdirSync(join(root, 'actions'))
    .filter((name) => existsSync(join(root, 'actions', name, 'src', 'main.ts')))
    .map((name) => ({ name, input: join(root, 'build', 'actions', name, 'src', 'main.js') }));
  list.push({ name: 'cli', input: join(root, 'build', 'cli', 'main.js') });
  return list;
}

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

function diffTrees(expected, actual) {
  const problems = [];
  const want = new Set(listFiles(expected));
  const have = new Set(listFiles(actual));
  for (const f of want) {
    if (!have.has(f)) problems.push(`missing from dist/: ${f}`);
    else if (!readFileSync(join(expected, f)).equals(readFileSync(join(actual, f))))
      problems.push(`differs: dist/${f}`);
  }
  for (const f of have) if (!want.has(f)) problems.push(`not produced by the build (delete it): dist/${f}`);
  return problems;
}

if (only) {
  const entry = only === 'cli' ? join('cli', 'main') : join('actions', only, 'src', 'main');
  if (!existsSync(join(root, `${entry}.ts`)))
    throw new Error(`no entry for '${only}' (looked for ${entry}.ts)`);
  // No type check: colleagues' half-written files elsewhere in the tree must not block this one.
  const out = join(root, '.tmp', `build-${only}`);
  rmSync(out, { recursive: true, force: true });
  try {
    run(process.execPath, [
      join(root, 'node_modules/typescript/bin/tsc'),
      '-p',
      'tsconfig.build.json',
      '--noCheck',
      '--outDir',
      out,
    ]);
  } catch {
    // Emit still happens for files without syntax errors; ncc reports anything really missing.
  }
  const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  rmSync(join(root, 'dist', only), { recursive: true, force: true });
  run(process.execPath, [
    ncc,
    'build',
    join(out, `${entry}.js`),
    '-o',
    join(root, 'dist', only),
    '--target',
    'es2023',
    '--quiet',
  ]);
  process.exit(0);
}

rmSync(join(root, 'build'), { recursive: true, force: true });
run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json']);

const outRoot = check ? mkdtempSync(join(tmpdir(), 'shipshape-dist-')) : join(root, 'dist');
if (!check) rmSync(outRoot, { recursive: true, force: true });
const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
for (const { name, input } of entries()) {
  run(process.execPath, [ncc, 'build', input, '-o', join(outRoot, name), '--target', 'es2023', '--quiet']);
}

if (check) {
  const problems = diffTrees(outRoot, join(root, 'dist'));
  rmSync(outRoot, { recursive: true, force: true });
  if (problems.length > 0) {
    console.error(
      `dist/ is out of date (${problems.length} difference(s)); run \`npm run build\` and commit dist/:`,
    );
    for (const p of problems.slice(0, 50)) console.error(`  ${p}`);
    process.exit(1);
  }
  console.log('dist/ is current.');
}
