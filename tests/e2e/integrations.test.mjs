// Integrations in real Chromium, with two people: Ann (an admin) adds an incoming webhook in
// the Integrations dialog, and a request to its URL, as curl or a bridge would make it, shows
// up live for Bob with the name and picture it gives and a BOT tag; /me posts an action;
// /help answers Ann alone, marked as such; the composer offers the slash commands with
// their hints.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { join } from 'node:path';
import { api, apiLogin, apiSignup, launchBrowser, logIn, screenshots, startServer } from './harness.mjs';

let server, browser, ann, bob;

before(async () => {
  server = await startServer({
    config: 'enable_post_username_override = true\nenable_post_icon_override = true\n',
  });
  await apiSignup(server.url, 'ann');
  const { token } = await apiLogin(server.url, 'ann');
  const [team] = await api(server.url, token, '/users/me/teams');
  await apiSignup(server.url, 'bob', { iid: team.invite_id });
  browser = await launchBrowser();
  ann = await (await browser.newContext()).newPage();
  bob = await (await browser.newContext()).newPage();
  for (const p of [ann, bob]) p.on('pageerror', (e) => { throw e; });
  await logIn(ann, server.url, 'ann');
  await logIn(bob, server.url, 'bob');
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('an incoming webhook made in the Integrations dialog posts live for the other person', async () => {
  // Bob is no admin: no Integrations for him.
  assert.equal(await bob.locator('[data-testid=integrations]').count(), 0);
  await ann.click('[data-testid=integrations]');
  await ann.waitForSelector('[data-testid=integrations-dialog]');
  await ann.click('[data-testid=integration-add]');
  await ann.fill('[data-testid=integration-display_name]', 'IRC bridge');
  // The form starts in the open channel.
  assert.notEqual(await ann.inputValue('[data-testid=integration-channel_id]'), '');
  await ann.click('[data-testid=integration-save]');
  const url = await ann.locator('[data-testid=integration-detail]').first().textContent({ timeout: 10000 });
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/hooks\/[a-z0-9]{26}$/);
  await ann.screenshot({ path: join(screenshots, 'integrations.png') });
  await ann.keyboard.press('Escape');
  await ann.locator('[data-testid=integrations-dialog]').waitFor({ state: 'detached' });

  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: 'build **42** passed', username: 'ci-bot', icon_url: 'https://example.org/ci.png' }),
  });
  assert.equal(res.status, 200);
  assert.equal(await res.text(), 'ok');
  const post = bob.locator('[data-testid=post]', { hasText: 'build 42 passed' });
  await post.waitFor({ timeout: 10000 });
  assert.equal(await post.locator('.author').textContent(), 'ci-bot');
  assert.equal(await post.locator('.tag').textContent(), 'BOT');
  // The picture comes through the image proxy, never straight from the other site.
  const src = await post.locator('img.avatar').getAttribute('src');
  assert.ok(src.includes('/api/v4/image?url=https%3A%2F%2Fexample.org%2Fci.png'), src);

  // A post of attachments alone shows their text.
  const attached = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ attachments: [{ fallback: 'CI failed', text: 'build **43** failed' }] }),
  });
  assert.equal(attached.status, 200);
  await bob.locator('[data-testid=post]', { hasText: 'build 43 failed' }).waitFor({ timeout: 10000 });
});

test('the composer offers slash commands; /me posts an action and /help answers one person only', async () => {
  const composer = '[data-testid=composer]';
  await ann.fill(composer, '/shr');
  const offer = ann.locator('[role=option]', { hasText: '/shrug' });
  await offer.waitFor({ timeout: 10000 });
  assert.match(await offer.textContent(), /\[message\]/);
  await ann.fill(composer, '/me waves');
  await ann.press(composer, 'Enter');
  await bob.locator('[data-testid=post] em', { hasText: 'waves' }).waitFor({ timeout: 10000 });

  // Enter first takes the offered command (as in Mattermost), then runs it.
  await ann.fill(composer, '/hel');
  await ann.locator('[role=option]', { hasText: '/help' }).waitFor({ timeout: 10000 });
  await ann.press(composer, 'Enter');
  assert.equal(await ann.inputValue(composer), '/help ');
  await ann.press(composer, 'Enter');
  const help = ann.locator('[data-testid=post]', { has: ann.locator('[data-testid=ephemeral]') });
  await help.waitFor({ timeout: 10000 });
  assert.match(await help.textContent(), /Type \/ at the start of a message/);
  assert.match(await help.locator('[data-testid=ephemeral]').textContent(), /Only visible to you/);
  // An ephemeral answer has no actions (nothing to edit, delete or react to).
  assert.equal(await help.locator('.post-actions').count(), 0);
  // Bob saw the action, and never the answer: a barrier message after it arrives alone.
  await ann.fill(composer, 'after help');
  await ann.press(composer, 'Enter');
  await bob.locator('text=after help').waitFor({ timeout: 10000 });
  assert.equal(await bob.locator('[data-testid=ephemeral]').count(), 0);

  // An unknown command is an error, not a post.
  await ann.fill(composer, '/nope');
  await ann.press(composer, 'Enter');
  await ann.locator('[role=alert]', { hasText: "'/nope'" }).waitFor({ timeout: 10000 });
});
