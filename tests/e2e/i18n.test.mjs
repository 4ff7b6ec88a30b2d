// Languages: the browser's language, right-to-left, and a live switch saved to the profile.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { apiSignup, launchBrowser, screenshots, startServer } from './harness.mjs';

let server;
before(async () => {
  server = await startServer();
  await apiSignup(server.url, 'ann');
});
after(async () => server?.stop());

async function login(page) {
  await page.goto(`${server.url}/login`);
  await page.fill('#login-id', 'ann');
  await page.fill('#login-password', 'correct-horse');
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=composer]');
}

test('Chromium started with --lang=de shows German', async () => {
  const browser = await launchBrowser(['--lang=de']);
  try {
    const page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
    await page.goto(`${server.url}/login`);
    await page.waitForSelector('h1 >> text=Bei Causerie anmelden');
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  } finally {
    await browser.close();
  }
});

test('Arabic is right to left, with the sidebar on the right', async () => {
  const browser = await launchBrowser(['--lang=ar']);
  try {
    const page = await (await browser.newContext({ locale: 'ar', viewport: { width: 1280, height: 720 } })).newPage();
    await login(page);
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    const box = await page.locator('[data-testid=sidebar]').boundingBox();
    assert.ok(box.x > 640, `the sidebar is on the right (x=${box.x})`);
    await page.screenshot({ path: join(screenshots, 'rtl-ar.png') });
  } finally {
    await browser.close();
  }
});

test('a live language switch in the settings, saved to the profile', async () => {
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await login(page);
    assert.equal(await page.textContent('[data-testid=logout]'), 'Log out');
    await page.click('[data-testid=settings]');
    await page.selectOption('[data-testid=language]', 'fr');
    await page.waitForSelector('[data-testid=logout] >> text=Se déconnecter');
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    await page.reload();
    await page.waitForSelector('[data-testid=logout] >> text=Se déconnecter', { timeout: 15000 });
  } finally {
    await browser.close();
  }
});
