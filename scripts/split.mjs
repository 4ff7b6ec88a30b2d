// Trunk's post-build step for the app's wasm: splits it at its `#[lazy]` boundaries, as
// cargo-leptos does. Trunk builds the app (linked with --emit-relocs) and runs wasm-bindgen
// on the whole module; this script splits cargo's output with wasm-split-cli into the main
// module, one chunk per lazy function (and chunks they share) and the `__wasm_split.js`
// loader, runs wasm-bindgen again on the main module with the exports the chunks need, puts
// the results in place of Trunk's, runs wasm-opt on each module in release, and updates the
// integrity hashes in index.html. Chunk names carry a hash of their content, so they can be
// cached for good.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = process.env.TRUNK_SOURCE_DIR ?? resolve(import.meta.dirname, '..');
const staging = process.env.TRUNK_STAGING_DIR ?? join(root, 'dist');
const target = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
const input = join(target, 'wasm32-unknown-unknown', release ? 'wasm-release' : 'debug', 'causerie.wasm');

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const hash16 = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

const bg = readdirSync(staging).filter((f) => /^causerie-[0-9a-f]+_bg\.wasm$/.test(f));
if (bg.length !== 1) throw new Error(`expected one causerie-<hash>_bg.wasm in ${staging}, found ${bg}`);
const name = bg[0].replace(/_bg\.wasm$/, '');

const tmp = mkdtempSync(join(tmpdir(), 'causerie-split-'));
try {
  run('wasm-split-cli', ['--out-name', name, input, tmp]);
  const out = join(tmp, 'bindgen');
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-lld-exports', '--no-demangle',
    '--out-dir', out, '--out-name', name, join(tmp, `${name}.wasm`)]);

  const opt = (file) => {
    if (!release) return;
    run('wasm-opt', ['--converge', '--gufa', '--flatten', '--rereloop', '-Oz', '--converge',
      '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
      '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue', '-o', file, file]);
  };
  // The chunks, renamed with their content's hash; the loader names them.
  const chunks = readdirSync(tmp).filter((f) => f.endsWith('.wasm') && f !== `${name}.wasm`);
  let loader = readFileSync(join(tmp, '__wasm_split.js'), 'utf8');
  for (const chunk of chunks) {
    const file = join(tmp, chunk);
    opt(file);
    const bytes = readFileSync(file);
    const stem = chunk.replace(/\.wasm$/, '');
    const hashed = `${stem}-${hash16(bytes)}.wasm`;
    if (!loader.includes(`"./${chunk}"`)) throw new Error(`__wasm_split.js does not name ${chunk}`);
    loader = loader.replaceAll(`"./${chunk}"`, `"./${hashed}"`);
    renameSync(file, join(staging, hashed));
  }
  const loaderName = `__wasm_split-${hash16(loader)}.js`;

  // The main module and its glue replace Trunk's; the glue imports the hashed loader.
  const mainWasm = join(out, `${name}_bg.wasm`);
  opt(mainWasm);
  // Only the import statement: the wasm's import object keeps the module's own name.
  const glue = readFileSync(join(out, `${name}.js`), 'utf8')
    .replace(/(from\s*)(['"])\.\/__wasm_split\.js\2/g, `$1$2./${loaderName}$2`);
  if (!glue.includes(loaderName)) throw new Error('the glue does not import the split loader');
  writeFileSync(join(staging, loaderName), loader);

  let html = readFileSync(join(staging, 'index.html'), 'utf8');
  for (const [file, bytes] of [[`${name}.js`, Buffer.from(glue)], [`${name}_bg.wasm`, readFileSync(mainWasm)]]) {
    const old = readFileSync(join(staging, file));
    if (!html.includes(sri(old))) throw new Error(`index.html has no integrity hash for ${file}`);
    html = html.replace(sri(old), sri(bytes));
    writeFileSync(join(staging, file), bytes);
  }
  cpSync(join(out, 'snippets'), join(staging, 'snippets'), { recursive: true, force: true });
  // Trunk's inline start-up script becomes a file, so that the Content-Security-Policy
  // needs no 'unsafe-inline' for scripts (the server sends it, see web.rs).
  const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
  const boot = html.match(inline);
  if (!boot) throw new Error('index.html has no inline module script to move out');
  const bootName = `boot-${hash16(boot[1])}.js`;
  writeFileSync(join(staging, bootName), boot[1]);
  html = html.replace(inline, `<script type="module" src="/${bootName}" integrity="${sri(Buffer.from(boot[1]))}"></script>`);
  if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('index.html still has an inline script');
  writeFileSync(join(staging, 'index.html'), html);
  console.log(`split ${name}: main ${readFileSync(join(staging, `${name}_bg.wasm`)).length} bytes, ${chunks.length} chunks`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
