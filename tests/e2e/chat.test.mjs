// Two people chatting in real Chromium: sign-up by invite, live messages both ways, a
// thread reply, edit and delete seen live, a server restart mid-conversation, a reload,
// and the 360 px layout. Screenshots go to target/screenshots/.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { join } from 'node:path';
import { api, apiLogin, launchBrowser, screenshots, startServer } from './harness.mjs';

let server, browser, ann, bob;
const shot = (page, name) => page.screenshot({ path: join(screenshots, `${name}.png`) });

async function signupInBrowser(page, url, name) {
  await page.goto(url);
  await page.fill('#signup-email', `${name}@example.org`);
  await page.fill('#signup-username', name);
  await page.fill('#signup-password', 'correct-horse');
  await page.click('button[type=submit]');
  await page.waitForURL(/\/main\/channels\/town-square$/, { timeout: 15000 });
  await page.waitForSelector('[data-testid=composer]');
}

async function send(page, text, selector = '[data-testid=composer]') {
  await page.fill(selector, text);
  await page.press(selector, 'Enter');
}

const messages = (page) => page.locator('[data-testid=post-list] [data-testid=message]');

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  ann = await (await browser.newContext()).newPage();
  bob = await (await browser.newContext()).newPage();
  for (const p of [ann, bob]) p.on('pageerror', (e) => { throw e; });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('sign-up: the first account, then an invite link', async () => {
  await signupInBrowser(ann, `${server.url}/signup_user_complete`, 'ann');
  const { token } = await apiLogin(server.url, 'ann');
  const [team] = await api(server.url, token, '/users/me/teams');
  await signupInBrowser(bob, `${server.url}/signup_user_complete/?id=${team.invite_id}`, 'bob');
  assert.match(await bob.textContent('[data-testid=channel-title]'), /Town Square/);
  // The composer's accessible name names the channel.
  assert.match(await bob.getAttribute('[data-testid=composer]', 'aria-label'), /Town Square/);
});

test('messages go both ways live', async () => {
  await send(ann, 'hello bob');
  await bob.waitForSelector('text=hello bob', { timeout: 10000 });
  await send(bob, 'hi ann\nsecond line', '[data-testid=composer]');
  await ann.waitForSelector('text=second line', { timeout: 10000 });
  // Shift+Enter made a line break, not a send.
  assert.equal(await messages(ann).count(), 2);
  await shot(ann, 'chat-ann');
});

test('a thread reply is seen live', async () => {
  const post = ann.locator('[data-testid=post]', { hasText: 'hello bob' });
  await bob.locator('[data-testid=post]', { hasText: 'hello bob' }).hover();
  await bob.locator('[data-testid=post]', { hasText: 'hello bob' }).locator('[data-testid=reply]').click();
  await bob.waitForSelector('[data-testid=thread-panel]');
  await send(bob, 'in the thread', '[data-testid=thread-composer]');
  await post.locator('[data-testid=reply-count]').waitFor({ timeout: 10000 });
  const count = (await post.locator('[data-testid=reply-count]').textContent()).replace(/[\u2068\u2069]/g, '');
  assert.equal(count, '1 reply');
  await post.locator('[data-testid=reply-count]').click();
  await ann.waitForSelector('[data-testid=thread-panel] >> text=in the thread');
  await shot(ann, 'thread');
  await ann.click('[data-testid=close-thread]');
});

test('edit and delete are seen live', async () => {
  const mine = ann.locator('[data-testid=post]', { hasText: 'hello bob' });
  await mine.hover();
  await mine.locator('[data-testid=edit]').click();
  // While editing, the text lives in the textarea.
  const editor = ann.locator('[data-testid=post-list] [data-testid=post] textarea');
  await editor.fill('hello bob, edited');
  await editor.press('Enter');
  await bob.waitForSelector('text=hello bob, edited', { timeout: 10000 });
  const inList = bob.locator('[data-testid=post-list] [data-testid=post]', { hasText: 'hello bob, edited' });
  assert.equal(await inList.locator('.edited').count(), 1);
  // The thread panel Bob opened shows the edit too.
  await bob.waitForSelector('[data-testid=thread-panel] >> text=hello bob, edited');
  ann.once('dialog', (d) => d.accept());
  const edited = ann.locator('[data-testid=post]', { hasText: 'hello bob, edited' });
  await edited.hover();
  await edited.locator('[data-testid=delete]').click();
  await bob.waitForSelector('text=hello bob, edited', { state: 'detached', timeout: 10000 });
  // A placeholder stays where the message was, and the thread went with it.
  await bob.waitForSelector('[data-testid=post-list] [data-testid=deleted]');
  await bob.waitForSelector('[data-testid=thread-panel]', { state: 'detached' });
});

test('an edit the server refuses is shown, and the post keeps its text', async () => {
  await ann.fill('[data-testid=composer]', 'short and sweet');
  await ann.press('[data-testid=composer]', 'Enter');
  const mine = ann.locator('[data-testid=post-list] [data-testid=post]', { hasText: 'short and sweet' });
  await mine.waitFor({ timeout: 10000 });
  await mine.hover();
  await mine.locator('[data-testid=edit]').click();
  // Longer than a post may be: the server answers 400.
  const editor = ann.locator('[data-testid=post-list] [data-testid=post] textarea');
  await editor.fill('x'.repeat(17000));
  await editor.press('Enter');
  const alert = ann.locator('[data-testid=alert]');
  await alert.waitFor({ timeout: 10000 });
  assert.match(await alert.textContent(), /^Something went wrong: /);
  await mine.locator('[data-testid=message]', { hasText: 'short and sweet' }).waitFor();
  await ann.click('[data-testid=close-alert]');
  await alert.waitFor({ state: 'detached' });
});

test('a server restart: missed messages arrive once after reconnecting', async () => {
  await server.stop();
  await bob.waitForSelector('[data-testid=connection-banner]', { timeout: 10000 });
  server = await startServer({ dataDir: server.dataDir, port: server.port });
  const { token } = await apiLogin(server.url, 'ann');
  const town = (await api(server.url, token, '/users/me/teams').then(([t]) =>
    api(server.url, token, `/teams/${t.id}/channels/name/town-square`))).id;
  await api(server.url, token, '/posts', { channel_id: town, message: 'while you were away' });
  await bob.waitForSelector('text=while you were away', { timeout: 30000 });
  await bob.waitForSelector('[data-testid=connection-banner]', { state: 'detached', timeout: 30000 });
  await api(server.url, token, '/posts', { channel_id: town, message: 'and after' });
  await bob.waitForSelector('text=and after', { timeout: 10000 });
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(await bob.locator('[data-testid=message]', { hasText: 'while you were away' }).count(), 1);
  assert.equal(await bob.locator('[data-testid=message]', { hasText: 'and after' }).count(), 1);
});

test('a reload keeps the session and the channel', async () => {
  await bob.reload();
  await bob.waitForSelector('text=and after', { timeout: 15000 });
  assert.match(bob.url(), /\/main\/channels\/town-square$/);
});

test('drafts are kept per channel', async () => {
  await bob.fill('[data-testid=composer]', 'unfinished thought');
  await bob.click('[data-channel=off-topic]');
  await bob.waitForSelector('[data-testid=channel-title] >> text=Off-Topic');
  assert.equal(await bob.inputValue('[data-testid=composer]'), '');
  await bob.click('[data-channel=town-square]');
  await bob.waitForSelector('[data-testid=channel-title] >> text=Town Square');
  assert.equal(await bob.inputValue('[data-testid=composer]'), 'unfinished thought');
});

test('typing notices, autocomplete, and ↑ to edit', async () => {
  await ann.click('[data-channel=town-square]');
  await bob.click('[data-channel=town-square]');
  // Typing notices are sent at most every 3 s; the draft test just typed.
  await bob.waitForTimeout(3100);
  await bob.type('[data-testid=composer]', ' more', { delay: 30 });
  await ann.waitForSelector('[data-testid=typing] >> text=is typing', { timeout: 10000 });
  assert.match(await ann.textContent('[data-testid=typing]'), /bob/);
  // @mention and ~channel autocomplete.
  await ann.fill('[data-testid=composer]', '');
  await ann.type('[data-testid=composer]', 'hey @bo');
  await ann.waitForSelector('[data-testid=suggestions] >> text=@bob');
  await ann.press('[data-testid=composer]', 'Enter');
  assert.equal(await ann.inputValue('[data-testid=composer]'), 'hey @bob ');
  await ann.type('[data-testid=composer]', 'see ~off');
  await ann.waitForSelector('[data-testid=suggestions] >> text=~off-topic');
  await ann.press('[data-testid=composer]', 'Tab');
  assert.equal(await ann.inputValue('[data-testid=composer]'), 'hey @bob see ~off-topic ');
  await ann.fill('[data-testid=composer]', '');
  // ↑ in an empty composer edits one's last post; Esc cancels.
  await ann.press('[data-testid=composer]', 'ArrowUp');
  await ann.waitForSelector('[data-testid=post-list] [data-testid=post] textarea');
  await ann.press('[data-testid=post-list] [data-testid=post] textarea', 'Escape');
  await ann.waitForSelector('[data-testid=post-list] [data-testid=post] textarea', { state: 'detached' });
});

test('keyboard: Ctrl+K switches channel, Alt+↑ goes to the previous one', async () => {
  await ann.keyboard.press('Control+k');
  await ann.waitForSelector('[data-testid=switcher-input]');
  await ann.type('[data-testid=switcher-input]', 'off');
  await ann.press('[data-testid=switcher-input]', 'Enter');
  await ann.waitForURL(/\/main\/channels\/off-topic$/);
  await ann.keyboard.press('Alt+ArrowDown');
  await ann.waitForURL(/\/main\/channels\/town-square$/);
  await ann.keyboard.press('Alt+ArrowUp');
  await ann.waitForURL(/\/main\/channels\/off-topic$/);
  await ann.click('[data-channel=town-square]');
});

test('a failed send shows a retry, and the retry posts once', async () => {
  await ann.route('**/api/v4/posts', (route) => route.abort(), { times: 1 });
  await send(ann, 'flaky network');
  await ann.waitForSelector('[data-testid=post-list] >> text=Not sent.');
  await ann.click('[data-testid=post-list] >> text=Retry');
  await bob.waitForSelector('text=flaky network', { timeout: 10000 });
  await ann.waitForSelector('[data-testid=post-list] >> text=Not sent.', { state: 'detached' });
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(await bob.locator('[data-testid=message]', { hasText: 'flaky network' }).count(), 1);
  assert.equal(await ann.locator('[data-testid=message]', { hasText: 'flaky network' }).count(), 1);
});

test('the 360 px layout: the sidebar is a drawer', async () => {
  await bob.setViewportSize({ width: 360, height: 740 });
  await bob.waitForTimeout(400); // the drawer's transition
  const sidebar = bob.locator('[data-testid=sidebar]');
  const box = await sidebar.boundingBox();
  assert.ok(!box || box.x + box.width <= 1, 'the sidebar is off screen');
  await shot(bob, 'mobile-360');
  await bob.click('.drawer-toggle');
  await bob.waitForTimeout(300);
  const open = await sidebar.boundingBox();
  assert.ok(open.x >= 0 && open.width > 200, 'the drawer opens');
  await shot(bob, 'mobile-360-drawer');
});
