// Search in real Chromium, with two people: `from:` and `in:` suggested and run, results
// grouped by channel with the words marked, a result opening its post, a hashtag click,
// and recent mentions.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { api, apiLogin, apiSignup, launchBrowser, logIn, screenshots, startServer } from './harness.mjs';

let server, browser, page, ann, bob, bobId, town, off;

before(async () => {
  server = await startServer();
  await apiSignup(server.url, 'ann');
  const admin = await apiLogin(server.url, 'ann');
  ann = admin.token;
  const [team] = await api(server.url, ann, '/users/me/teams');
  await apiSignup(server.url, 'bob', { iid: team.invite_id });
  const bobLogin = await apiLogin(server.url, 'bob');
  bob = bobLogin.token;
  bobId = bobLogin.user.id;
  town = (await api(server.url, bob, `/teams/${team.id}/channels/name/town-square`)).id;
  off = (await api(server.url, bob, `/teams/${team.id}/channels/name/off-topic`)).id;
  await api(server.url, ann, `/channels/${off}/members`, { user_id: bobId });
  await api(server.url, bob, '/posts', { channel_id: town, message: 'The deployment is planned for Friday' });
  await api(server.url, bob, '/posts', { channel_id: off, message: 'Deployment photos from the #offsite' });
  await api(server.url, ann, '/posts', { channel_id: off, message: 'my deployment notes, @bob please read' });
  for (let i = 0; i < 3; i++) await api(server.url, bob, '/posts', { channel_id: town, message: `filler ${i}` });
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  page.on('pageerror', (e) => { throw e; });
  await logIn(page, server.url, 'ann');
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('from: and in: are suggested, the results are grouped and marked, and a result opens its post', async () => {
  const box = page.locator('[data-testid=search]');
  await box.fill('deployment from:bo');
  await page.locator('#search-suggestions option[value="deployment from:bob "]').waitFor({ state: 'attached', timeout: 10000 });
  await box.fill('deployment from:bob in:off');
  await page.locator('#search-suggestions option[value="deployment from:bob in:off-topic "]').waitFor({ state: 'attached' });
  await box.fill('deployment from:bob in:off-topic');
  await box.press('Enter');
  const results = page.locator('[data-testid=search-results]');
  await results.locator('[data-testid=search-result]').first().waitFor({ timeout: 10000 });
  assert.equal(await results.locator('[data-testid=search-result]').count(), 1);
  assert.equal(await results.locator('.search-group h3').textContent(), 'Off-Topic');
  assert.equal(await results.locator('mark').textContent(), 'Deployment');

  // Without filters: both channels, newest first.
  await box.fill('deployment');
  await box.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=search-result]').length === 3, null, { timeout: 10000 });
  const groups = await results.locator('.search-group h3').allTextContents();
  assert.deepEqual(groups, ['Off-Topic', 'Town Square']);
  // Results are messages as markdown: the mention is a mention, the words are marked.
  assert.equal(await results.locator('.search-result .markdown [data-mention]').count(), 1);
  assert.equal(await results.locator('mark').count(), 3);
  await page.screenshot({ path: join(screenshots, 'search.png') });

  // A result opens its post in its channel, highlighted. (By its words: on a Friday, every
  // result's date says "Friday" too.)
  await results.locator('[data-testid=search-result]', { hasText: 'planned for Friday' }).locator('[data-testid=search-jump]').click();
  await page.waitForURL(/\/main\/pl\//);
  await page.locator('[data-testid=channel-title]', { hasText: 'Town Square' }).waitFor({ timeout: 10000 });
  await page.locator('.post.highlighted', { hasText: 'planned for Friday' }).first().waitFor({ timeout: 10000 });
});

test('a hashtag click searches for it, and recent mentions are one click away', async () => {
  await page.goto(`${server.url}/main/channels/off-topic`);
  await page.waitForSelector('[data-testid=composer]');
  await page.locator('[data-testid=message] .hashtag', { hasText: '#offsite' }).click();
  const results = page.locator('[data-testid=search-results]');
  await results.locator('[data-testid=search-result]', { hasText: 'photos' }).waitFor({ timeout: 10000 });
  assert.equal(await page.inputValue('[data-testid=search]'), '#offsite');
  await page.click('[data-testid=close-search]');
  await results.waitFor({ state: 'detached' });

  // Bob's recent mentions.
  const bobPage = await (await browser.newContext()).newPage();
  await logIn(bobPage, server.url, 'bob');
  await bobPage.click('[data-testid=recent-mentions]');
  const mention = bobPage.locator('[data-testid=search-result]');
  await mention.first().waitFor({ timeout: 10000 });
  assert.equal(await mention.count(), 1);
  assert.match(await mention.textContent(), /please read/);
  await bobPage.close();
});
