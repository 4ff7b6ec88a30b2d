// A long channel: older pages load on scroll 60 at a time, the reader's place is kept, and
// the number of mounted posts stays bounded however far one scrolls.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { api, apiLogin, apiSignup, launchBrowser, startServer } from './harness.mjs';

let server, browser;
before(async () => {
  // One person posts the 600 messages at once: past the post rate limit.
  server = await startServer({ config: 'max_posts_per_minute = 0\n' });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('scrolling through 600 posts keeps at most 150 mounted', async () => {
  await apiSignup(server.url, 'ann');
  const { token } = await apiLogin(server.url, 'ann');
  const [team] = await api(server.url, token, '/users/me/teams');
  const town = await api(server.url, token, `/teams/${team.id}/channels/name/town-square`);
  for (let i = 0; i < 600; i += 50) {
    await Promise.all(Array.from({ length: 50 }, (_, j) =>
      api(server.url, token, '/posts', { channel_id: town.id, message: `message ${String(i + j).padStart(4, '0')}` })));
  }
  const page = await browser.newPage();
  await page.goto(`${server.url}/login`);
  await page.fill('#login-id', 'ann');
  await page.fill('#login-password', 'correct-horse');
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=post-list] [data-testid=post]');
  const mounted = () => page.locator('[data-testid=post-list] [data-testid=post]').count();
  assert.ok((await mounted()) <= 60, 'the newest page only');

  // Scroll to the top again and again: pages load, the place is kept, the count is bounded.
  let max = 0;
  for (let i = 0; i < 80; i++) {
    const visible = await page.evaluate(() => {
      const s = document.querySelector('.messages');
      const first = [...s.querySelectorAll('[data-post-id]')].find((el) => el.offsetTop + el.offsetHeight > s.scrollTop);
      s.scrollTop = 0;
      s.dispatchEvent(new Event('scroll'));
      return first?.textContent;
    });
    await page.waitForTimeout(120);
    max = Math.max(max, await mounted());
    if (await page.locator('text=This is the start of the channel.').count()) break;
    assert.ok(visible);
  }
  assert.ok(max <= 150, `at most 150 posts mounted (saw ${max})`);
  await page.waitForSelector('text=This is the start of the channel.', { timeout: 10000 });
  await page.evaluate(() => { const s = document.querySelector('.messages'); s.scrollTop = 0; s.dispatchEvent(new Event('scroll')); });
  await page.waitForSelector('[data-testid=post-list] >> text=message 0000', { timeout: 10000 });

  // Back down to the newest, through the jump button.
  await page.click('[data-testid=jump-to-newest]');
  await page.waitForSelector('[data-testid=post-list] >> text=message 0599', { timeout: 10000 });
  assert.ok((await mounted()) <= 150);
});
