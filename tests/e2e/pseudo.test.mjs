// The pseudo-locale walk: with Chromium's language set to en-XA, every piece of interface
// text on the main screens must come out accented. Any plain ASCII letter is a string that
// does not go through Fluent. Exempt: what users wrote (messages, names), language names
// (they carry their own `lang`), times from Intl (<time>), and Fluent placeables (between
// U+2068 and U+2069, which hold names and numbers). In the bidi pseudo-locale, interface
// text is flipped inside U+202E … U+202C, so there that wrapping is the mark.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { api, apiLogin, apiSignup, launchBrowser, screenshots, startServer } from './harness.mjs';

let server, browser, page;

/** Visible interface text (and labels) that still has ASCII letters. */
async function untranslated(page) {
  return page.evaluate(() => {
    const exempt = (el) => el.closest('[data-user-content], [lang]:not(html), time, bdi, [data-testid=message], [data-testid=channel-purpose]');
    const visible = (el) => {
      const s = getComputedStyle(el);
      return s.display !== 'none' && s.visibility !== 'hidden' && el.getClientRects().length > 0;
    };
    // Placeables, and (bidi pseudo-locale) text forced right to left, which it flips.
    const strip = (s) => s.replace(/\u2068[^\u2069]*\u2069/g, '').replace(/\u202e[^\u202c]*\u202c/g, '');
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || exempt(el) || !visible(el) || ['SCRIPT', 'STYLE'].includes(el.tagName)) continue;
      if (/[A-Za-z]/.test(strip(n.textContent))) found.push(`${el.tagName.toLowerCase()}: ${n.textContent.trim()}`);
    }
    for (const el of document.body.querySelectorAll('[placeholder], [aria-label], [title], [alt], optgroup[label]')) {
      if (exempt(el)) continue;
      for (const a of ['placeholder', 'aria-label', 'title', 'alt', 'label']) {
        const v = el.getAttribute(a);
        if (v && /[A-Za-z]/.test(strip(v))) found.push(`${el.tagName.toLowerCase()}[${a}]: ${v}`);
      }
    }
    return [...new Set(found)];
  });
}

async function check(name) {
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(screenshots, `pseudo-${name}.png`) });
  assert.deepEqual(await untranslated(page), [], `hard-coded text on ${name}`);
}

before(async () => {
  server = await startServer();
  browser = await launchBrowser(['--lang=en-XA']);
  page = await (await browser.newContext({ locale: 'en-XA' })).newPage();
  page.on('pageerror', (e) => { throw e; });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('the main screens in the pseudo-locale show no hard-coded text', async () => {
  await page.goto(`${server.url}/login`);
  await page.waitForSelector('#login-id');
  assert.equal(await page.getAttribute('html', 'lang'), 'en-XA');
  await check('login');
  await page.goto(`${server.url}/signup_user_complete`);
  await page.waitForSelector('#signup-username');
  await check('signup');

  await page.fill('#signup-email', 'ann@example.org');
  await page.fill('#signup-username', 'ann');
  await page.fill('#signup-password', 'correct-horse');
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=composer]');
  // Someone else, a thread and a mention, so that every part of the chat shows.
  const admin = await apiLogin(server.url, 'ann');
  const [team] = await api(server.url, admin.token, '/users/me/teams');
  await apiSignup(server.url, 'bob', { iid: team.invite_id });
  const bob = (await apiLogin(server.url, 'bob')).token;
  const town = await api(server.url, bob, `/teams/${team.id}/channels/name/town-square`);
  const root = await api(server.url, bob, '/posts', { channel_id: town.id, message: 'hello @ann' });
  await api(server.url, bob, '/posts', { channel_id: town.id, message: 'in a thread', root_id: root.id });
  await page.waitForSelector('[data-testid=reply-count]', { timeout: 10000 });
  await check('chat');

  await page.click('[data-testid=reply-count]');
  await page.waitForSelector('[data-testid=thread-panel]');
  await check('thread');
  await page.click('[data-testid=close-thread]');

  for (const [button, name] of [['create-channel', 'create'], ['browse-channels', 'browse'], ['new-dm', 'dm'], ['settings', 'settings']]) {
    await page.click(`[data-testid=${button}]`);
    await page.waitForSelector('[role=dialog]');
    await check(name);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[role=dialog]', { state: 'detached' });
  }
  await page.keyboard.press('Control+k');
  await page.waitForSelector('[role=dialog]');
  await check('switcher');
  await page.keyboard.press('Escape');

  await page.locator('[data-testid=message] .mention').first().click();
  await page.waitForSelector('[data-testid=profile-username]');
  await check('profile');
  await page.keyboard.press('Escape');

  // The bidi pseudo-locale mirrors the layout.
  await page.click('[data-testid=settings]');
  await page.selectOption('[data-testid=language]', 'ar-XB');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await page.waitForSelector('[data-testid=composer]');
  await check('bidi');
});
