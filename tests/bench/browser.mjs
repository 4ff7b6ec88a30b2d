// The browser benchmark (`make bench-web`): headless Chromium against a release
// causerie-server on loopback, with the release build of the app in dist/.
//   - cold start to the first 60 posts painted (fresh browser context each run)
//   - channel switch, uncached (first visit) and cached
//   - mounted posts and frame times while scrolling up through a 10,000-post channel
//   - JS heap and wasm memory with the 10,000 posts loaded
import { api, launchBrowser, startServer } from '../e2e/harness.mjs';

const RUNS = Number(process.env.RUNS ?? 20);
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.round((s.length - 1) * p))]; };
const fmt = (xs) => `p50 ${pct(xs, 0.5).toFixed(1)} ms, p95 ${pct(xs, 0.95).toFixed(1)} ms (n=${xs.length})`;

const server = await startServer();
const browser = await launchBrowser();
try {
  await fetch(`${server.url}/api/v4/users`, { method: 'POST', body: JSON.stringify({ username: 'ann', email: 'ann@example.org', password: 'correct-horse' }) });
  const login = await fetch(`${server.url}/api/v4/users/login`, {
    method: 'POST', headers: { 'X-Requested-With': 'XMLHttpRequest' },
    body: JSON.stringify({ login_id: 'ann', password: 'correct-horse' }),
  });
  const token = login.headers.get('token');
  const cookies = login.headers.getSetCookie().map((c) => {
    const [kv] = c.split(';');
    const [name, value] = kv.split('=');
    return { name, value, url: server.url };
  });
  const [team] = await api(server.url, token, '/users/me/teams');
  const make = async (name) => (await api(server.url, token, '/channels', { team_id: team.id, name, display_name: name, type: 'O' })).id;
  const seed = async (channel, prefix, n) => {
    for (let i = 0; i < n; i += 64) {
      await Promise.all(Array.from({ length: Math.min(64, n - i) }, (_, j) =>
        api(server.url, token, '/posts', { channel_id: channel, message: `${prefix} post ${i + j}: ${'lorem ipsum dolor sit amet '.repeat(1 + ((i + j) % 4))}` })));
    }
  };
  const town = await api(server.url, token, `/teams/${team.id}/channels/name/town-square`);
  let t = performance.now();
  await seed(town.id, 'town', 60);
  const switchNames = Array.from({ length: 10 }, (_, i) => `switch${i}`);
  for (const name of switchNames) await seed(await make(name), name, 60);
  const long = await make('long');
  await seed(long, 'long', 10000);
  console.log(`seeded 10,720 posts in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // Cold start: a fresh context (empty cache) with the session cookie, to 60 posts painted.
  const cold = [];
  for (let i = 0; i < RUNS; i++) {
    const ctx = await browser.newContext();
    await ctx.addCookies(cookies);
    const page = await ctx.newPage();
    await page.goto(`${server.url}/main/channels/town-square`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=post-list] [data-testid=post]').length >= 60, null, { polling: 'raf', timeout: 30000 });
    cold.push(await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now())))));
    await ctx.close();
  }
  console.log(`cold start to 60 posts painted: ${fmt(cold)}  (goal p95 ≤ 500 ms)`);

  // Channel switches in one page.
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await ctx.addCookies(cookies);
  const page = await ctx.newPage();
  await page.goto(`${server.url}/main/channels/town-square`);
  await page.waitForSelector('[data-testid=post-list] [data-testid=post]');
  const switchTo = (name) => page.evaluate(async (name) => {
    const t0 = performance.now();
    document.querySelector(`[data-channel="${name}"]`).click();
    const done = () => [...document.querySelectorAll('[data-testid=post-list] [data-testid=message]')].some((m) => m.textContent.startsWith(`${name} post 59:`));
    while (!done()) await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  }, name);
  await page.waitForSelector('[data-channel="switch9"]');
  const uncached = [];
  for (const name of switchNames) uncached.push(await switchTo(name));
  const cached = [];
  for (let i = 0; i < RUNS; i++) cached.push(await switchTo(switchNames[i % switchNames.length]));
  console.log(`channel switch, uncached: ${fmt(uncached)}  (goal p95 ≤ 150 ms)`);
  console.log(`channel switch, cached:   ${fmt(cached)}  (goal p95 ≤ 50 ms)`);

  // Scroll up through the 10,000-post channel; frames are timed with requestAnimationFrame.
  await page.click('[data-channel="long"]');
  await page.waitForSelector('[data-testid=post-list] >> text=long post 9999');
  const scroll = await page.evaluate(async () => {
    const s = document.querySelector('.messages');
    const frames = [];
    let maxMounted = 0;
    let last = performance.now();
    const deadline = last + 240000;
    while (performance.now() < deadline) {
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      frames.push(now - last);
      last = now;
      s.scrollTop = Math.max(0, s.scrollTop - 600);
      maxMounted = Math.max(maxMounted, s.querySelectorAll('[data-testid=post]').length);
      // Checking for the end every frame would itself cost frame time.
      if (frames.length % 15 === 0 && [...s.querySelectorAll('[data-testid=message]')].some((m) => m.textContent.startsWith('long post 0:'))) break;
    }
    return { frames, maxMounted, seconds: (performance.now() - deadline + 240000) / 1000 };
  });
  console.log(`scrolling 10,000 posts to the top: max mounted posts ${scroll.maxMounted} (goal ≤ 150); frame time ${fmt(scroll.frames)} (goal p95 ≤ 16.7 ms); ${scroll.seconds.toFixed(1)} s including 167 page fetches`);

  // Memory with the 10,000 posts loaded.
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => globalThis.wasmBindings.wasm_memory_bytes());
  const mb = (b) => (b / 1048576).toFixed(1);
  console.log(`memory with 10,000 posts loaded: JS heap ${mb(heap.usedSize)} MB + wasm memory ${mb(wasm)} MB = ${mb(heap.usedSize + wasm)} MB (goal ≤ 30 MB)`);
} finally {
  await browser.close();
  await server.stop();
}
