// Minifies the web app's JS glue (wasm-bindgen's, 74 KB) in dist/ and updates its
// integrity hash in index.html: 1.8 KB less of the first download, brotli. Trunk's own
// minifier cannot parse this file (it warns and leaves it as is).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';

const dist = process.argv[2] ?? 'dist';
const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
let html = readFileSync(`${dist}/index.html`, 'utf8');
const files = readdirSync(dist).filter((f) => /^causerie-[0-9a-f]+\.js$/.test(f));
if (files.length !== 1) throw new Error(`expected one causerie-<hash>.js in ${dist}, found ${files}`);
for (const name of files) {
  const path = `${dist}/${name}`;
  const code = readFileSync(path, 'utf8');
  const out = await minify(code, { module: true, compress: true, mangle: true });
  if (!html.includes(sri(code))) throw new Error(`index.html has no integrity hash for ${name}`);
  html = html.replace(sri(code), sri(out.code));
  writeFileSync(path, out.code);
  console.log(`minified ${name}: ${code.length} → ${out.code.length} bytes`);
}
writeFileSync(`${dist}/index.html`, html);
