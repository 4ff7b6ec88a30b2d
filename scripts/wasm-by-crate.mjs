// The shell's wasm by crate: code (and data) in brotli, from the name section of a build
// that keeps names. `make size-by-crate` builds that module the way scripts/split.mjs builds
// the real one (wasm-split, wasm-bindgen, wasm-opt with the same flags, plus -g) and runs
// this on it. Each crate's code is compressed on its own, so the parts add up to a little
// more than the whole. Generic code counts for the crate that defines it (tachys for our
// views, core for drop glue of our types).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
const buf = readFileSync(process.argv[2]);
let p = 8;
const u = () => { let r = 0, s = 0, b; do { b = buf[p++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80); return r; };
let imports = 0, bodies = [], names = new Map(), data = [];
while (p < buf.length) {
  const id = buf[p++]; const len = u(); const start = p; const end = p + len;
  if (id === 2) { const n = u(); for (let i = 0; i < n; i++) { let l = u(); p += l; l = u(); p += l; const k = buf[p++];
      if (k === 0) { imports++; u(); } else if (k === 1) { p++; const f = buf[p++]; u(); if (f & 1) u(); } else if (k === 2) { const f = buf[p++]; u(); if (f & 1) u(); } else if (k === 3) { p += 2; } } }
  if (id === 10) { const n = u(); for (let i = 0; i < n; i++) { const l = u(); bodies.push(buf.subarray(p, p + l)); p += l; } }
  if (id === 11) { const n = u(); for (let i = 0; i < n; i++) { const k = u(); if (k === 0) { while (buf[p] !== 0x0b) p++; p++; } else if (k === 2) { u(); while (buf[p] !== 0x0b) p++; p++; } const l = u(); data.push(buf.subarray(p, p + l)); p += l; } }
  if (id === 0) { const nl = u(); const nm = buf.subarray(p, p + nl).toString(); p += nl;
    if (nm === 'name') { while (p < end) { const sid = buf[p++]; const sl = u(); const se = p + sl;
        if (sid === 1) { const n = u(); for (let i = 0; i < n; i++) { const idx = u(); const l = u(); names.set(idx, buf.subarray(p, p + l).toString()); p += l; } }
        p = se; } } }
  p = end;
}
const crateOf = (n) => {
  n = n ?? '?';
  const m = n.match(/^_ZN(\d+)(.*)/);
  if (m) return m[2].slice(0, +m[1]).replace(/^_\$LT\$/, '<');
  const v = n.match(/^_R.*?C(?:s[0-9A-Za-z]*_)?(\d+)(.*)/);
  if (v) return v[2].slice(0, +v[1]);
  const h = n.match(/^<?([a-z_][a-z0-9_]*)::/);
  if (h) return h[1];
  return n.startsWith('__') || /^[a-z]/.test(n) ? 'glue/libc' : '?';
};
const groups = new Map();
bodies.forEach((b, i) => { const c = crateOf(names.get(imports + i)); const g = groups.get(c) ?? []; g.push(b); groups.set(c, g); });
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 } }).length;
const total = Buffer.concat(bodies);
const rows = [...groups].map(([c, g]) => { const b = Buffer.concat(g); return [c, b.length, br(b), g.length]; }).sort((a, b) => b[1] - a[1]);
const d = Buffer.concat(data);
console.log(`code ${total.length} B raw, ${br(total)} br; data ${d.length} raw, ${br(d)} br; functions ${bodies.length}`);
for (const [c, raw, b, n] of rows.slice(0, +(process.argv[3] ?? 25))) console.log(`${c.padEnd(28)} ${String(raw).padStart(8)} raw ${String(b).padStart(7)} br  ${n} fns`);
