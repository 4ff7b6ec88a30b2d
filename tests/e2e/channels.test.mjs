// Channels and conversations from the sidebar: create a channel, another user browses and
// joins it, then leaves it; a direct message and a group message start, and the team invite
// link is shown.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { api, apiLogin, apiSignup, launchBrowser, startServer } from './harness.mjs';

let server, browser, ann, bob;

async function login(name) {
  const page = await (await browser.newContext()).newPage();
  page.on('pageerror', (e) => { throw e; });
  await page.goto(`${server.url}/login`);
  await page.fill('#login-id', name);
  await page.fill('#login-password', 'correct-horse');
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=composer]');
  return page;
}

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await apiSignup(server.url, 'ann');
  const { token } = await apiLogin(server.url, 'ann');
  const [team] = await api(server.url, token, '/users/me/teams');
  for (const name of ['bob', 'cat']) await apiSignup(server.url, name, { iid: team.invite_id });
  ann = await login('ann');
  bob = await login('bob');
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('create a channel, then another user browses and joins it', async () => {
  await ann.click('[data-testid=create-channel]');
  await ann.fill('[data-testid=create-name]', 'Release Planning');
  await ann.click('[data-testid=create-submit]');
  await ann.waitForURL(/\/main\/channels\/release-planning$/);
  assert.match(await ann.textContent('[data-testid=channel-title]'), /Release Planning/);
  await bob.click('[data-testid=browse-channels]');
  await bob.click('.browse li:has-text("Release Planning") a');
  await bob.waitForURL(/\/main\/channels\/release-planning$/);
  await bob.waitForSelector('[data-testid=sidebar] [data-channel=release-planning]');
  // The member count follows live (Fluent isolates the number: U+2068 … U+2069).
  await ann.waitForFunction(() =>
    document.querySelector('[data-testid=member-count]').textContent.replace(/[\u2068\u2069]/g, '') === '2 members');
});

test('leave a channel: it leaves the sidebar, the town square shows, and the others see one member fewer', async () => {
  await bob.click('[data-testid=sidebar] [data-channel=release-planning]');
  await bob.waitForURL(/\/main\/channels\/release-planning$/);
  // Not in the town square, nor in direct messages.
  await bob.click('[data-testid=leave-channel]');
  await bob.waitForURL(/\/main\/channels\/town-square$/);
  await bob.waitForSelector('[data-testid=sidebar] [data-channel=release-planning]', { state: 'detached' });
  assert.equal(await bob.locator('[data-testid=leave-channel]').count(), 0);
  await ann.click('[data-testid=sidebar] [data-channel=release-planning]');
  await ann.waitForFunction(() =>
    document.querySelector('[data-testid=member-count]')?.textContent.replace(/[\u2068\u2069]/g, '') === '1 member');
});

test('a direct message and a group message', async () => {
  await ann.click('[data-testid=new-dm]');
  await ann.fill('[data-testid=dm-search]', 'bo');
  await ann.click('[data-testid=dm-candidate]:has-text("bob")');
  await ann.click('[data-testid=dm-start]');
  await ann.waitForSelector('[data-testid=channel-title] >> text=bob');
  await ann.fill('[data-testid=composer]', 'just between us');
  await ann.press('[data-testid=composer]', 'Enter');
  // Bob's sidebar gets the conversation live, with a mention badge.
  await bob.waitForSelector('[data-testid=sidebar] .badge', { timeout: 10000 });
  await ann.click('[data-testid=new-dm]');
  await ann.click('[data-testid=dm-candidate]:has-text("bob")');
  await ann.click('[data-testid=dm-candidate]:has-text("cat")');
  await ann.click('[data-testid=dm-start]');
  await ann.waitForSelector('[data-testid=channel-title] >> text=ann, bob, cat');
});

test('the invite link is shown to share', async () => {
  await ann.click('[data-testid=invite]');
  await ann.waitForSelector('[data-testid=invite-dialog]');
  assert.match(await ann.inputValue('[data-testid=invite-link]'), /\/signup_user_complete\/\?id=[a-z0-9]{26}$/);
});
