// Sharing and expression in real Chromium, with two people: reactions (live, toggled,
// named on hover, +:emoji: from the composer).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { api, apiLogin, apiSignup, launchBrowser, screenshots, startServer } from './harness.mjs';

let server, browser, page, bob, bobId, channel;

before(async () => {
  server = await startServer();
  await apiSignup(server.url, 'ann');
  const admin = await apiLogin(server.url, 'ann');
  const [team] = await api(server.url, admin.token, '/users/me/teams');
  await apiSignup(server.url, 'bob', { iid: team.invite_id });
  const login = await apiLogin(server.url, 'bob');
  bob = login.token;
  bobId = login.user.id;
  channel = (await api(server.url, bob, `/teams/${team.id}/channels/name/town-square`)).id;
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('pageerror', (e) => { throw e; });
  await page.goto(`${server.url}/login`);
  await page.fill('#login-id', 'ann');
  await page.fill('#login-password', 'correct-horse');
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=composer]');
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const strip = (s) => s.replace(/[\u2068\u2069]/g, '');

test('reactions: live, toggled by a click, named on hover, and +:emoji:', async () => {
  const post = await api(server.url, bob, '/posts', { channel_id: channel, message: 'react to this' });
  const item = page.locator(`[data-post-id="${post.id}"]`);
  await item.waitFor({ timeout: 10000 });
  await api(server.url, bob, '/reactions', { user_id: bobId, post_id: post.id, emoji_name: 'tada' });
  const tada = item.locator('.reaction[data-emoji=tada]');
  await tada.waitFor({ timeout: 10000 });
  assert.equal(await tada.locator('.count').textContent(), '1');
  assert.equal(await tada.getAttribute('aria-pressed'), 'false');
  assert.equal(strip(await tada.getAttribute('title')), 'bob reacted with :tada:');
  assert.equal(await tada.locator('.emoji').textContent(), '🎉');

  await tada.click();
  await page.waitForFunction((id) => document.querySelector(`[data-post-id="${id}"] .reaction[data-emoji=tada] .count`)?.textContent === '2', post.id);
  assert.equal(await tada.getAttribute('aria-pressed'), 'true');
  assert.equal(strip(await tada.getAttribute('title')), 'bob and ann reacted with :tada:');
  // The server has it: bob sees two.
  const seen = await api(server.url, bob, `/posts/${post.id}/reactions`);
  assert.equal(seen.length, 2);
  await tada.click();
  await page.waitForFunction((id) => document.querySelector(`[data-post-id="${id}"] .reaction[data-emoji=tada] .count`)?.textContent === '1', post.id);

  // +:emoji: reacts to the newest post instead of posting.
  await page.fill('[data-testid=composer]', '+:+1:');
  await page.press('[data-testid=composer]', 'Enter');
  await item.locator('.reaction[data-emoji="+1"]').waitFor({ timeout: 10000 });
  assert.equal(await page.locator('[data-testid=message]', { hasText: '+:+1:' }).count(), 0);
  // Bob takes his away: live.
  await fetch(`${server.url}/api/v4/users/me/posts/${post.id}/reactions/tada`, {
    method: 'DELETE', headers: { Authorization: `Bearer ${bob}` },
  });
  await item.locator('.reaction[data-emoji=tada]').waitFor({ state: 'detached', timeout: 10000 });
  await page.screenshot({ path: join(screenshots, 'reactions.png') });
});
