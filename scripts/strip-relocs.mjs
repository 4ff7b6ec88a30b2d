// Drops the linker's custom sections (`linking`, `reloc.*`) from a wasm file in place. The
// web build links with --emit-relocs for wasm-split (scripts/split.mjs); a module that is not
// split keeps them otherwise, and wasm-opt cannot remove them.
import { readFileSync, writeFileSync } from 'node:fs';

const leb = (b, i) => { let n = 0, s = 0, c; do { c = b[i++]; n |= (c & 0x7f) << s; s += 7; } while (c & 0x80); return [n >>> 0, i]; };
for (const file of process.argv.slice(2)) {
  const b = readFileSync(file);
  const keep = [b.subarray(0, 8)];
  for (let i = 8; i < b.length;) {
    const start = i;
    const id = b[i++];
    const [size, body] = leb(b, i);
    i = body + size;
    if (id === 0) {
      const [len, name] = leb(b, body);
      const label = b.subarray(name, name + len).toString();
      if (label === 'linking' || label.startsWith('reloc.')) continue;
    }
    keep.push(b.subarray(start, i));
  }
  writeFileSync(file, Buffer.concat(keep));
}
