// The built app loads from causerie-server in real Chromium, with no error.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { join } from 'node:path';
import { launchBrowser, screenshots, startServer } from './harness.mjs';

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('the app loads its wasm and renders', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  // A fresh server: no session, so the log-in page.
  await page.waitForSelector('[data-testid="login-page"]', { timeout: 15000 });
  assert.match(page.url(), /\/login$/);
  await page.screenshot({ path: join(screenshots, 'smoke.png') });
  assert.deepEqual(errors, []);
  // Client routes fall back to index.html, and without a session lead to the log-in page.
  const res = await page.goto(`${server.url}/main/channels/town-square`);
  assert.equal(res.status(), 200);
  await page.waitForURL(/\/login$/, { timeout: 15000 });
});

test('the app runs under its Content-Security-Policy, and an injected inline script does not', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const res = await page.goto(server.url);
  const csp = res.headers()['content-security-policy'];
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.match(csp, /object-src 'none'/);
  assert.match(csp, /frame-ancestors 'self'/);
  assert.equal(res.headers()['x-content-type-options'], 'nosniff');
  assert.ok(res.headers()['referrer-policy']);
  // The wasm app starts (the loader is a file, the module compiles under 'wasm-unsafe-eval').
  await page.waitForSelector('[data-testid="login-page"]', { timeout: 15000 });
  // A script someone managed to inject does not run; the browser reports the violation.
  const outcome = await page.evaluate(
    () =>
      new Promise((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) =>
          resolve({ ran: window.injected === true, blocked: e.violatedDirective }),
        );
        const s = document.createElement('script');
        s.textContent = 'window.injected = true';
        document.head.append(s);
      }),
  );
  assert.deepEqual(outcome, { ran: false, blocked: 'script-src-elem' });
  assert.deepEqual(errors, []);
});
