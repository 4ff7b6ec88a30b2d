// Messages render as markdown in real Chromium: the dialect as a reader sees it (mentions,
// channel links, emoji, code, tables, wiki links), and every markdown-it XSS fixture posted
// as a message runs no script and shows its text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { api, apiLogin, apiSignup, launchBrowser, screenshots, startServer } from './harness.mjs';

const corpus = resolve(import.meta.dirname, '../../../shared/test-data/xss/markdown-it-xss.txt');
let server, browser, page, bob, channel, dialogs = 0;

before(async () => {
  server = await startServer({
    config: 'wiki_url = "https://meta.wikimedia.org/wiki/"\n[interwiki]\nphab = "https://phabricator.wikimedia.org/$1"\n',
  });
  await apiSignup(server.url, 'ann');
  const admin = await apiLogin(server.url, 'ann');
  const [team] = await api(server.url, admin.token, '/users/me/teams');
  await apiSignup(server.url, 'bob', { iid: team.invite_id });
  bob = (await apiLogin(server.url, 'bob')).token;
  channel = (await api(server.url, bob, `/teams/${team.id}/channels/name/town-square`)).id;
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('pageerror', (e) => { throw e; });
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await page.goto(`${server.url}/login`);
  await page.fill('#login-id', 'ann');
  await page.fill('#login-password', 'correct-horse');
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=composer]');
  await page.evaluate(() => { window.__xss = 0; });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const say = (message) => api(server.url, bob, '/posts', { channel_id: channel, message });
const last = () => page.locator('[data-testid=post-list] [data-testid=message]').last();

test('the dialect as a reader sees it', async () => {
  await say('**bold** and `code` for @ann and @bob in ~off-topic :tada:\nsecond line');
  const m = last();
  await m.locator('.markdown strong').waitFor({ timeout: 10000 });
  assert.equal(await m.locator('strong').textContent(), 'bold');
  assert.equal(await m.locator('code').textContent(), 'code');
  assert.equal(await m.locator('.mention--highlight').textContent(), '@ann');
  assert.equal(await m.locator('.mention:not(.mention--highlight)').textContent(), '@bob');
  assert.equal(await m.locator('.emoji').textContent(), '🎉');
  assert.equal(await m.locator('br').count(), 1, 'one newline is a line break');
  assert.equal(await m.locator('.markdown').getAttribute('dir'), 'auto');

  await say('See [[Main Page]], phab:T12345 and https://example.org/a_(b).');
  const links = last().locator('a');
  await links.first().waitFor();
  assert.deepEqual(await links.evaluateAll((as) => as.map((a) => [a.href, a.target, a.rel])), [
    ['https://meta.wikimedia.org/wiki/Main_Page', '_blank', 'noopener noreferrer nofollow'],
    ['https://phabricator.wikimedia.org/T12345', '_blank', 'noopener noreferrer nofollow'],
    ['https://example.org/a_(b)', '_blank', 'noopener noreferrer nofollow'],
  ]);

  await say('```rust\nfn main() {} // hi\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |');
  await last().locator('table').waitFor();
  assert.equal(await last().locator('pre .hl-keyword').first().textContent(), 'fn');
  assert.equal(await last().locator('td').count(), 2);

  // External images load through the server's image proxy, never from the third party.
  await say('![cat](https://cats.example.org/cat.png)');
  const src = await last().locator('img').getAttribute('src');
  assert.equal(src, '/api/v4/image?url=https%3A%2F%2Fcats.example.org%2Fcat.png');

  await say(':tada::+1:');
  await last().locator('.all-emoji').waitFor();
  await page.screenshot({ path: join(screenshots, 'markdown.png') });

  // A channel link moves within the app.
  await page.locator('[data-testid=message] a.channel-link').first().click();
  await page.waitForURL(/\/main\/channels\/off-topic$/);
  await page.goBack();
  await page.waitForURL(/\/main\/channels\/town-square$/);
});

/** The inputs of markdown-it's fixture format: `.`, input, `.`, expected HTML, `.`. */
function fixtures(text) {
  const lines = text.split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '.') continue;
    let j = i + 1;
    while (j < lines.length && lines[j] !== '.') j++;
    out.push(lines.slice(i + 1, j).join('\n'));
    let k = j + 1;
    while (k < lines.length && lines[k] !== '.') k++;
    i = k;
  }
  return out.filter((s) => s.trim());
}

test('the markdown-it XSS fixtures run no script and show their text', async () => {
  const payloads = [
    ...fixtures(readFileSync(corpus, 'utf8')),
    '<img src=x onerror="window.__xss=1">',
    '[x](javascript:window.__xss=1) ![y](javascript:window.__xss=1)',
  ];
  assert.ok(payloads.length >= 10, `only ${payloads.length} fixtures`);
  for (const p of payloads) await say(p);
  const marker = 'all payloads posted';
  await say(marker);
  await page.waitForSelector(`[data-testid=message] >> text=${marker}`, { timeout: 15000 });
  // Give anything that could fire (image errors, autofocus) the time to do it.
  await page.waitForTimeout(1000);
  const bad = await page.evaluate(() => {
    const found = [];
    for (const el of document.querySelectorAll('[data-testid=post-list] [data-testid=message] *')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name) || a.name === 'style') found.push(`${el.tagName} ${a.name}`);
      }
      if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE', 'FORM', 'SVG', 'MATH'].includes(el.tagName.toUpperCase())) found.push(el.tagName);
      for (const attr of ['href', 'src']) {
        const v = el.getAttribute(attr);
        if (v !== null && !/^(https?:|mailto:)/i.test(new URL(v, location.href).protocol)) found.push(`${attr}=${v}`);
      }
    }
    return found;
  });
  assert.deepEqual(bad, []);
  assert.equal(await page.evaluate(() => window.__xss), 0, 'a payload ran');
  assert.equal(dialogs, 0, 'a payload opened a dialog');
  // The text is shown: raw HTML as text.
  await page.waitForSelector('[data-testid=message] >> text=<img src=x onerror="window.__xss=1">');
});

test('a mention opens the profile card, which starts a direct message', async () => {
  await say('ping @bob');
  const mention = page.locator('[data-testid=message]', { hasText: 'ping @bob' }).locator('.mention[data-mention=bob]');
  await mention.waitFor();
  await mention.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=profile] >> text=@bob');
  await page.click('[data-testid=profile-message]');
  await page.waitForURL(/\/main\/messages\/@bob$|\/main\/channels\/[a-z0-9]+__[a-z0-9]+$/);
  assert.equal(await page.locator('[data-testid=profile]').count(), 0);
  await page.goBack();
  await say('@nobody-here');
  await page.locator('[data-testid=message]', { hasText: '@nobody-here' }).locator('.mention').click();
  await page.waitForSelector('[data-testid=profile] [role=alert]');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('[data-testid=profile]').count(), 0);
});
