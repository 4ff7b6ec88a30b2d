// axe-core on the main screens: no serious or critical violations.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { api, apiLogin, apiSignup, launchBrowser, startServer } from './harness.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let server, browser;

async function audit(page, name) {
  // Evaluated by the test driver: the app's CSP (rightly) refuses an injected script tag.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(report, [], `${name}: axe violations`);
}

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('log-in and sign-up pages', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/login`);
  await page.waitForSelector('[data-testid=login-page]');
  await audit(page, 'login');
  await page.goto(`${server.url}/signup_user_complete`);
  await page.waitForSelector('[data-testid=signup-page]');
  await audit(page, 'signup');
});

test('the chat, a thread and the phone layout', async () => {
  await apiSignup(server.url, 'ann');
  const { token } = await apiLogin(server.url, 'ann');
  const [team] = await api(server.url, token, '/users/me/teams');
  const town = await api(server.url, token, `/teams/${team.id}/channels/name/town-square`);
  const root = await api(server.url, token, '/posts', { channel_id: town.id, message: 'hello' });
  await api(server.url, token, '/posts', { channel_id: town.id, root_id: root.id, message: 'a reply' });
  const page = await browser.newPage();
  await page.goto(`${server.url}/login`);
  await page.fill('#login-id', 'ann');
  await page.fill('#login-password', 'correct-horse');
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=post-list] >> text=hello');
  await audit(page, 'channel');
  await page.click('[data-testid=reply-count]');
  await page.waitForSelector('[data-testid=thread-panel] >> text=a reply');
  await audit(page, 'thread');
  await page.setViewportSize({ width: 360, height: 740 });
  await page.click('[data-testid=close-thread]');
  await page.click('.drawer-toggle');
  await audit(page, 'phone drawer');
});
