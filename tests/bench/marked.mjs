// The same chat corpus through `marked` in Node, for a side-by-side ratio with mm-markdown
// (`make bench-markdown`). Best of 7 rounds, like the Rust benchmark.
import { readFileSync } from 'node:fs';
import { marked } from 'marked';

const corpus = readFileSync(new URL('../../crates/mm-markdown/bench/corpus.txt', import.meta.url), 'utf8');
const messages = corpus.split('\n\u001e\n');
const bytes = messages.reduce((n, m) => n + Buffer.byteLength(m), 0);
marked.setOptions({ gfm: true, breaks: true });
let best = Infinity;
let sink = 0;
for (let round = 0; round < 7; round++) {
  const t = performance.now();
  for (const m of messages) sink += marked.parse(m).length;
  best = Math.min(best, performance.now() - t);
}
console.log(`marked ${JSON.parse(readFileSync(new URL('../../node_modules/marked/package.json', import.meta.url))).version} in Node ${process.version}: ${messages.length} messages, ${(bytes / 1024).toFixed(0)} KB: ${(bytes / best / 1000).toFixed(1)} MB/s [${sink}]`);
