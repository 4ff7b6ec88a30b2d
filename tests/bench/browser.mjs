// The browser benchmark (`make bench-web`): headless Chromium against a release
// causerie-server on loopback, with the release build of the app in dist/.
//   - cold start to the first posts painted (fresh browser context each run), with what
//     it fetched until then and its cumulative layout shift
//   - channel switch, uncached (first visit) and cached
//   - mounted posts and frame times while scrolling up through a 10,000-post channel
//   - what one typing notice and one new post change in the page
//   - JS heap and wasm memory with the 10,000 posts loaded
import { api, apiLogin, apiSignup, launchBrowser, startServer } from '../e2e/harness.mjs';

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

  // Cold start: a fresh context (empty cache) with the session cookie, to its posts painted.
  // Also what it fetched until then (every response but the API's, compressed bodies), and
  // how much the layout shifted (Cumulative Layout Shift) until a second after the load.
  const cold = [];
  const fetched = [];
  const shifts = [];
  for (let i = 0; i < RUNS; i++) {
    const ctx = await browser.newContext();
    await ctx.addCookies(cookies);
    const page = await ctx.newPage();
    await page.addInitScript(() => {
      // The frame in which the channel's posts are first painted (the newest one among
      // them), seen from the page: a poll from outside would notice it late, and count what
      // was fetched after it.
      const seen = new MutationObserver(() => {
        if (![...document.querySelectorAll('[data-testid=post-list] [data-testid=message]')].some((m) => m.textContent.startsWith('town post 59:'))) return;
        seen.disconnect();
        requestAnimationFrame(() => { globalThis.__painted = performance.now(); });
      });
      document.addEventListener('DOMContentLoaded', () => seen.observe(document.body, { subtree: true, childList: true }));
      globalThis.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) globalThis.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${server.url}/main/channels/town-square`);
    await page.waitForFunction(() => globalThis.__painted, null, { timeout: 30000 });
    const painted = await page.evaluate(() => globalThis.__painted);
    cold.push(painted);
    fetched.push(await page.evaluate((until) => [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')]
      .filter((e) => e.startTime <= until && !new URL(e.name).pathname.startsWith('/api/'))
      .reduce((sum, e) => sum + e.encodedBodySize, 0), painted));
    await page.waitForLoadState('load');
    await page.waitForTimeout(1000);
    shifts.push(await page.evaluate(() => globalThis.__cls));
    await ctx.close();
  }
  console.log(`cold start to the first posts painted: ${fmt(cold)}  (goal p95 ≤ 500 ms)`);
  console.log(`first download, everything but the API until the first posts are painted: ${(Math.max(...fetched) / 1024).toFixed(1)} KB (goal ≤ 169 KB)`);
  console.log(`cumulative layout shift of a cold start: max ${Math.max(...shifts).toFixed(3)} (goal ≤ 0.05)`);

  // Channel switches in one page.
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await ctx.addCookies(cookies);
  const page = await ctx.newPage();
  // Main-thread time per WebSocket event: from the app's handler being called until the
  // tasks it queued (effects, DOM updates) have run, measured at the next macrotask.
  await page.addInitScript(() => {
    globalThis.__eventMs = [];
    const { set } = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'onmessage');
    Object.defineProperty(WebSocket.prototype, 'onmessage', {
      set(handler) {
        set.call(this, handler && ((e) => {
          const t0 = performance.now();
          handler(e);
          const ch = new MessageChannel();
          ch.port1.onmessage = () => globalThis.__eventMs.push([String(e.data).match(/"event":"(\w+)"/)?.[1], performance.now() - t0]);
          ch.port2.postMessage(0);
        }));
      },
    });
  });
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

  // Work per event with about 150 posts mounted: what one typing notice and one new post
  // (both from another user) change in the page. Counted as the mounted posts whose DOM
  // changed, and the other parts of the page (by their test id) that did.
  const { invite_id: iid } = await api(server.url, token, `/teams/${team.id}`);
  await apiSignup(server.url, 'bob', { iid });
  const { token: bob } = await apiLogin(server.url, 'bob');
  await api(server.url, bob, `/channels/${long}/members`, { user_id: (await api(server.url, bob, '/users/me')).id });
  const touched = async (trigger, done, event) => {
    await page.evaluate(() => {
      globalThis.__eventMs = [];
      globalThis.__touched = { posts: new Set(), parts: new Set() };
      globalThis.__observer = new MutationObserver((records) => {
        for (const r of records) {
          const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
          const post = el?.closest('[data-testid=post]');
          if (post) globalThis.__touched.posts.add(post);
          else globalThis.__touched.parts.add(el?.closest('[data-testid]')?.dataset.testid ?? el?.tagName);
        }
      });
      globalThis.__observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await trigger();
    await page.waitForFunction(done, null, { polling: 'raf', timeout: 10000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return page.evaluate((event) => {
      globalThis.__observer.disconnect();
      const { posts, parts } = globalThis.__touched;
      const ms = globalThis.__eventMs.filter(([name]) => name === event).map(([, ms]) => ms.toFixed(2));
      return `${posts.size} posts, other parts: ${[...parts].join(', ') || 'none'}; main thread ${ms.join(' + ') || '?'} ms`;
    }, event);
  };
  // Bob's joining changes the member count: it has settled before anything is counted.
  await page.waitForFunction(() => /\b2\b/.test(document.querySelector('[data-testid=member-count]')?.textContent ?? ''), null, { timeout: 10000 });
  const mounted = await page.evaluate(() => document.querySelectorAll('[data-testid=post-list] [data-testid=post]').length);
  const typing = await touched(
    () => api(server.url, bob, '/users/me/typing', { channel_id: long }),
    () => document.querySelector('[data-testid=typing]')?.textContent.trim().length > 0,
    'typing',
  );
  console.log(`one typing notice with ${mounted} posts mounted changed: ${typing}`);
  // Back at the newest posts: the channel opens there.
  await page.click('[data-channel="switch0"]');
  await page.waitForSelector('[data-testid=post-list] >> text=switch0 post 59');
  await page.click('[data-channel="long"]');
  await page.waitForSelector('[data-testid=post-list] >> text=long post 9999');
  const posted = await touched(
    () => api(server.url, bob, '/posts', { channel_id: long, message: 'one more post' }),
    () => [...document.querySelectorAll('[data-testid=message]')].some((m) => m.textContent === 'one more post'),
    'posted',
  );
  console.log(`one new post changed: ${posted}`);

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
