// Notifications in real Chromium, with two people: a desktop notification for a mention
// (the Notification API granted) that opens the post, the unread and mention counts in the
// tab's title and icon, updated live; the offer to turn notifications on after a first
// message; the @channel confirmation; and the notification settings, the user's and a
// channel's, saved to the server.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { api, apiLogin, apiSignup, launchBrowser, startServer } from './harness.mjs';

let server, browser, ann, bob, annId, town, off;

async function login(name, { grant = false } = {}) {
  const context = await browser.newContext();
  if (grant) await context.grantPermissions(['notifications'], { origin: server.url });
  const page = await context.newPage();
  page.on('pageerror', (e) => { throw e; });
  // Record the notifications the app makes (headless Chromium shows none).
  await page.addInitScript(() => {
    const Real = window.Notification;
    window.__notes = [];
    window.Notification = class extends Real {
      constructor(title, options) {
        super(title, options);
        window.__notes.push({ title, body: options?.body, note: this });
      }
    };
  });
  await page.goto(`${server.url}/login`);
  await page.fill('#login-id', name);
  await page.fill('#login-password', 'correct-horse');
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=composer]');
  return page;
}

before(async () => {
  server = await startServer();
  await apiSignup(server.url, 'ann');
  const admin = await apiLogin(server.url, 'ann');
  ann = admin.token;
  annId = admin.user.id;
  const [team] = await api(server.url, ann, '/users/me/teams');
  await apiSignup(server.url, 'bob', { iid: team.invite_id });
  bob = (await apiLogin(server.url, 'bob')).token;
  // Five more people, so that @channel in the town square notifies six.
  for (const name of ['cyd', 'dia', 'eda', 'flo', 'gus']) await apiSignup(server.url, name, { iid: team.invite_id });
  town = (await api(server.url, ann, `/teams/${team.id}/channels/name/town-square`)).id;
  off = (await api(server.url, ann, `/teams/${team.id}/channels/name/off-topic`)).id;
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a mention while the tab is in the background is a desktop notification that opens the post', async () => {
  const page = await login('ann', { grant: true });
  await page.evaluate(() => window.dispatchEvent(new Event('blur')));
  await api(server.url, bob, '/posts', { channel_id: town, message: 'nothing for anyone' });
  const post = await api(server.url, bob, '/posts', { channel_id: off, message: '@ann can you look at this?' });
  await page.waitForFunction(() => window.__notes.length > 0, null, { timeout: 10000 });
  const notes = await page.evaluate(() => window.__notes.map((n) => ({ title: n.title, body: n.body })));
  assert.equal(notes.length, 1, 'only the mention notifies');
  assert.equal(notes[0].title.replace(/[\u2068\u2069]/g, ''), 'bob in Off-Topic');
  assert.equal(notes[0].body, '@ann can you look at this?');

  // The tab's title and icon count it, live: one mention, and unread messages.
  await page.waitForFunction(() => document.title.startsWith('(1) * '), null, { timeout: 10000 });
  const icon = await page.getAttribute('link[rel=icon]', 'href');
  assert.match(icon, /^data:image\/svg\+xml,/);
  assert.match(decodeURIComponent(icon), />1<\/text>/);

  // A click opens the post.
  await page.evaluate(() => window.__notes[0].note.onclick());
  await page.waitForURL(new RegExp(`/pl/${post.id}$`));
  await page.locator('[data-testid=channel-title]', { hasText: 'Off-Topic' }).waitFor({ timeout: 10000 });
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  // Read: the counts leave the title.
  await page.locator('[data-testid=sidebar] a', { hasText: 'Town Square' }).click();
  await page.waitForFunction(() => !document.title.startsWith('('), null, { timeout: 10000 });
  await page.context().close();
});

test('after a first message the app offers notifications, and @channel asks first', async () => {
  const page = await login('bob');
  assert.equal(await page.locator('[data-testid=notify-ask]').count(), 0, 'never on the first load');
  await page.fill('[data-testid=composer]', 'good morning');
  await page.press('[data-testid=composer]', 'Enter');
  await page.locator('[data-testid=notify-ask]').waitFor({ timeout: 10000 });

  // @channel in a channel of seven: a confirmation that says how many will be notified.
  const questions = [];
  let answer = false;
  page.on('dialog', async (d) => {
    questions.push(d.message());
    await (answer ? d.accept() : d.dismiss());
  });
  await page.fill('[data-testid=composer]', '@channel meeting in five minutes');
  await page.press('[data-testid=composer]', 'Enter');
  await page.waitForFunction(() => true);
  for (let i = 0; i < 50 && questions.length === 0; i++) await page.waitForTimeout(100);
  assert.equal(questions.length, 1);
  assert.match(questions[0].replace(/[\u2068\u2069]/g, ''), /notifications to 6 people/);
  assert.equal(await page.inputValue('[data-testid=composer]'), '@channel meeting in five minutes', 'kept when cancelled');
  answer = true;
  await page.press('[data-testid=composer]', 'Enter');
  await page.locator('[data-testid=post]', { hasText: 'meeting in five minutes' }).waitFor({ timeout: 10000 });
  assert.equal(questions.length, 2);
  await page.context().close();
});

test('the notification settings, the user\'s and a channel\'s, are saved', async () => {
  const page = await login('ann');
  await page.click('[data-testid=settings]');
  const form = page.locator('[data-testid=notify-form]');
  await form.waitFor({ timeout: 10000 });
  // This server sends no e-mail: the e-mail choice is shown, disabled, and says why.
  assert.equal(await form.locator('input[name=notify-email]').first().isDisabled(), true);
  await form.locator('#notify-desktop-all').check();
  await form.locator('#notify-first_name').check();
  await form.locator('#notify-mention_keys').fill('deploy, release');
  await form.locator('[data-testid=notify-save]').click();
  await page.locator('[data-testid=notify-saved]', { hasText: 'Saved.' }).waitFor({ timeout: 10000 });
  const me = await api(server.url, ann, '/users/me');
  assert.equal(me.notify_props.desktop, 'all');
  assert.equal(me.notify_props.first_name, 'true');
  assert.equal(me.notify_props.mention_keys, 'deploy, release');
  await page.keyboard.press('Escape');

  await page.click('[data-testid=channel-notify]');
  const channel = page.locator('[data-testid=channel-notify-form]');
  await channel.waitFor({ timeout: 10000 });
  await channel.locator('#channel-notify-mark_unread').check();
  await channel.locator('#channel-notify-push-none').check();
  await channel.locator('[data-testid=channel-notify-save]').click();
  await page.locator('[data-testid=channel-notify-dialog]').waitFor({ state: 'detached', timeout: 10000 });
  const member = await api(server.url, ann, `/channels/${town}/members/me`);
  assert.equal(member.notify_props.mark_unread, 'mention');
  assert.equal(member.notify_props.push, 'none');
  assert.equal(member.notify_props.desktop, 'default');
  void annId;
  await page.context().close();
});
