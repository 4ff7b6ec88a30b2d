// Notifications in real Chromium, with two people: a desktop notification for a mention
// (the Notification API granted) that opens the post, the unread and mention counts in the
// tab's title and icon, updated live; the offer to turn notifications on after a first
// message; the @channel confirmation; the notification settings, the user's and a
// channel's, saved to the server; Web Push switched on in this browser and sent while away;
// and the service worker showing a pushed message.
import assert from 'node:assert/strict';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { api, apiLogin, apiSignup, launchBrowser, logIn, startServer } from './harness.mjs';

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
  await logIn(page, server.url, name);
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
  // The preferences link of notification e-mails opens the settings.
  await page.goto(`${server.url}/main/settings/notifications`);
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
  // An admin also decides whether members may notify the whole channel.
  await channel.locator('#channel-notify-use_channel_mentions').waitFor({ timeout: 10000 });
  await channel.locator('#channel-notify-mark_unread').check();
  assert.equal(await channel.locator('#channel-notify-use_channel_mentions').isChecked(), true);
  await channel.locator('#channel-notify-use_channel_mentions').uncheck();
  await channel.locator('#channel-notify-push-none').check();
  await channel.locator('[data-testid=channel-notify-save]').click();
  await page.locator('[data-testid=channel-notify-dialog]').waitFor({ state: 'detached', timeout: 10000 });
  const member = await api(server.url, ann, `/channels/${town}/members/me`);
  assert.equal(member.notify_props.mark_unread, 'mention');
  assert.equal(member.notify_props.push, 'none');
  assert.equal(member.notify_props.desktop, 'default');
  assert.equal(member.notify_props.use_channel_mentions, undefined);
  const [moderation] = await api(server.url, ann, `/channels/${town}/moderations`);
  assert.equal(moderation.roles.members.value, false);
  void annId;
  await page.context().close();
});

test('push notifications are switched on in this browser, sent while away, and shown by the service worker', async () => {
  // No push service is reachable here: the browser's subscribe() is replaced by one that
  // answers with a local endpoint (this test's own push service) and real P-256 keys.
  const pushes = [];
  const service = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      pushes.push({ headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(201).end();
    });
  });
  await new Promise((ok) => service.listen(0, '127.0.0.1', ok));
  const endpoint = `http://127.0.0.1:${service.address().port}/push/ann`;
  const withPush = await startServer({ config: `push_allowed = ["127.0.0.1:${service.address().port}"]\n` });
  const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' });
  const p256dh = Buffer.concat([Buffer.from([4]), Buffer.from(keys.x, 'base64url'), Buffer.from(keys.y, 'base64url')]).toString('base64url');
  const fake = { endpoint, keys: { p256dh, auth: randomBytes(16).toString('base64url') } };
  try {
    await apiSignup(withPush.url, 'ann');
    const annLogin = await apiLogin(withPush.url, 'ann');
    const [team] = await api(withPush.url, annLogin.token, '/users/me/teams');
    await apiSignup(withPush.url, 'bob', { iid: team.invite_id });
    const bobToken = (await apiLogin(withPush.url, 'bob')).token;
    const square = (await api(withPush.url, bobToken, `/teams/${team.id}/channels/name/town-square`)).id;

    const context = await browser.newContext();
    await context.grantPermissions(['notifications'], { origin: withPush.url });
    const page = await context.newPage();
    page.on('pageerror', (e) => { throw e; });
    await page.addInitScript((sub) => {
      let current = null;
      PushManager.prototype.subscribe = async function () {
        current = { endpoint: sub.endpoint, toJSON: () => sub, unsubscribe: async () => { current = null; return true; } };
        return current;
      };
      PushManager.prototype.getSubscription = async function () { return current; };
    }, fake);
    await logIn(page, withPush.url, 'ann');
    await page.click('[data-testid=settings]');
    await page.click('[data-testid=notify-push-on]', { timeout: 10000 });
    await page.locator('[data-testid=notify-push-off]').waitFor({ timeout: 10000 });
    // The service worker is in place.
    assert.equal(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration('/'))), true);

    // Ann leaves; bob mentions her: her push service gets an encrypted message.
    await context.close();
    await new Promise((r) => setTimeout(r, 300));
    await api(withPush.url, bobToken, '/posts', { channel_id: square, message: '@ann are you there?' });
    for (let i = 0; i < 100 && pushes.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(pushes.length, 1);
    assert.equal(pushes[0].headers['content-encoding'], 'aes128gcm');
    assert.match(pushes[0].headers.authorization, /^vapid t=.+, k=.+$/);
    assert.ok(!pushes[0].body.includes('are you there'), 'the message is encrypted');
  } finally {
    service.close();
    await withPush.stop();
  }
});

test('the service worker shows a pushed message with its sender and channel', async () => {
  const context = await browser.newContext();
  await context.grantPermissions(['notifications'], { origin: server.url });
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    await navigator.serviceWorker.ready;
  });
  const cdp = await context.newCDPSession(page);
  const registration = new Promise((ok) => cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
    const r = registrations.find((x) => x.scopeURL === `${server.url}/`);
    if (r) ok(r.registrationId);
  }));
  await cdp.send('ServiceWorker.enable');
  const registrationId = await registration;
  // The notification is read once the worker's showNotification has settled. Polling
  // getNotifications() while it is being shown lost it about one run in ten: Chromium first
  // drops from its list what the platform does not display yet, and that can be the one
  // being shown.
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  await worker.evaluate(() => {
    const show = self.registration.showNotification.bind(self.registration);
    self.shown = new Promise((ok, fail) => {
      self.registration.showNotification = (...args) => show(...args).then(ok, fail);
    });
  });
  const data = JSON.stringify({ sender_name: '@bob', channel_name: 'Town Square', message: 'lunch?', post_id: 'p1', url: '/main/pl/p1' });
  await cdp.send('ServiceWorker.deliverPushMessage', { origin: server.url, registrationId, data });
  const shown = await worker.evaluate(async () => {
    await self.shown;
    const [n] = await self.registration.getNotifications();
    return n && { title: n.title, body: n.body, tag: n.tag, url: n.data.url };
  });
  assert.deepEqual(shown, { title: '@bob · Town Square', body: 'lunch?', tag: 'p1', url: '/main/pl/p1' });
  await context.close();
});
