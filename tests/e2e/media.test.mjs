// Sharing and expression in real Chromium, with two people: reactions (live, toggled,
// named on hover, +:emoji: from the composer, the emoji picker, custom emoji added and
// deleted in their dialog) and files (attached by button and by drag
// and drop, refused when too large, shown as previews with a viewer, or as cards).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { api, apiLogin, apiSignup, launchBrowser, screenshots, startServer } from './harness.mjs';

let server, browser, page, bobPage, bob, bobId, channel;

async function login(p, name) {
  await p.goto(`${server.url}/login`);
  await p.fill('#login-id', name);
  await p.fill('#login-password', 'correct-horse');
  await p.click('button[type=submit]');
  await p.waitForSelector('[data-testid=composer]');
}

before(async () => {
  server = await startServer({ config: 'max_file_bytes = 200000\n' });
  await apiSignup(server.url, 'ann');
  const admin = await apiLogin(server.url, 'ann');
  const [team] = await api(server.url, admin.token, '/users/me/teams');
  await apiSignup(server.url, 'bob', { iid: team.invite_id });
  const bobLogin = await apiLogin(server.url, 'bob');
  bob = bobLogin.token;
  bobId = bobLogin.user.id;
  channel = (await api(server.url, bob, `/teams/${team.id}/channels/name/town-square`)).id;
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  bobPage = await (await browser.newContext()).newPage();
  for (const p of [page, bobPage]) p.on('pageerror', (e) => { throw e; });
  await login(page, 'ann');
  await login(bobPage, 'bob');
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

  // The count changes at once; the server's answer comes after.
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/v4/reactions') && r.request().method() === 'POST');
  await tada.click();
  assert.equal((await saved).status(), 200);
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

// A 2×2 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg==', 'base64');

test('files: attached, refused when too large, previewed, viewed, downloaded', async () => {
  // By the button: two images and a text file; one too large.
  await page.setInputFiles('[data-testid=file-input]', [
    { name: 'one.png', mimeType: 'image/png', buffer: PNG },
    { name: 'two.png', mimeType: 'image/png', buffer: PNG },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') },
    { name: 'huge.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(300000, 1) },
  ]);
  const uploads = page.locator('[data-testid=upload]');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=upload]')]
    .filter((u) => !u.querySelector('progress')).length === 4, null, { timeout: 10000 });
  const tooLarge = uploads.filter({ hasText: 'huge.bin' });
  assert.match(strip(await tooLarge.locator('[role=alert]').textContent()), /huge\.bin is too large: files can be at most 195\.3 kB/i);
  await tooLarge.locator('button').click();
  assert.equal(await uploads.count(), 3);

  // By drag and drop, onto the composer.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['dropped text'], 'dropped.txt', { type: 'text/plain' }));
    const target = document.querySelector('.composer');
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=upload]').length === 4);
  await page.waitForFunction(() => !document.querySelector('[data-testid=upload] progress'));

  await page.fill('[data-testid=composer]', 'with files');
  await page.press('[data-testid=composer]', 'Enter');
  const post = page.locator('[data-testid=post]', { hasText: 'with files' });
  await post.locator('[data-testid=image-file]').nth(1).waitFor({ timeout: 10000 });
  assert.equal(await uploads.count(), 0, 'the composer is clear again');
  assert.equal(await post.locator('[data-testid=file-card]').count(), 2);
  const card = post.locator('[data-testid=file-card]', { hasText: 'notes.txt' });
  const href = await card.locator('a').getAttribute('href');
  const res = await page.evaluate(async (u) => { const r = await fetch(u); return [r.status, r.headers.get('content-disposition'), await r.text()]; }, href);
  assert.equal(res[0], 200);
  assert.match(res[1], /^attachment/);
  assert.equal(res[2], 'hello');

  // The viewer: opens on a click, arrows move, Esc closes.
  await post.locator('[data-testid=image-file]').first().click();
  await page.waitForSelector('[data-testid=viewer]');
  assert.equal(strip(await page.textContent('[data-testid=viewer-position]')), 'Image 1 of 2');
  await page.keyboard.press('ArrowRight');
  assert.equal(strip(await page.textContent('[data-testid=viewer-position]')), 'Image 2 of 2');
  await page.waitForFunction(() => document.querySelector('[data-testid=viewer] img')?.naturalWidth > 0);
  await page.screenshot({ path: join(screenshots, 'viewer.png') });
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=viewer]', { state: 'detached' });

  // Bob sees the images live, and opens the viewer.
  const bobPost = bobPage.locator('[data-testid=post]', { hasText: 'with files' });
  await bobPost.locator('[data-testid=image-file]').nth(1).waitFor({ timeout: 10000 });
  assert.equal(await bobPost.locator('[data-testid=file-card]').count(), 2);
  await bobPost.locator('[data-testid=image-file]').nth(1).click();
  await bobPage.waitForSelector('[data-testid=viewer]');
  assert.equal(strip(await bobPage.textContent('[data-testid=viewer-position]')), 'Image 2 of 2');
  await bobPage.keyboard.press('Escape');
  await page.screenshot({ path: join(screenshots, 'files.png') });
});

test('a new profile picture is previewed, saved, and shows up for the other user', async () => {
  const annAvatar = bobPage.locator('[data-testid=post]', { hasText: 'with files' }).locator('img.avatar');
  const before = await annAvatar.getAttribute('src');
  await page.click('[data-testid=settings]');
  await page.setInputFiles('[data-testid=picture-input]', { name: 'me.png', mimeType: 'image/png', buffer: PNG });
  await page.waitForSelector('[data-testid=picture-preview]');
  await page.click('[data-testid=picture-save]');
  await page.waitForSelector('[data-testid=picture-current]');
  await bobPage.waitForFunction((old) => {
    const img = [...document.querySelectorAll('[data-testid=post]')].find((p) => p.textContent.includes('with files'))?.querySelector('img.avatar');
    return img && img.getAttribute('src') !== old && img.naturalWidth === 256;
  }, before, { timeout: 10000 });
  await page.keyboard.press('Escape');
});

test('a custom emoji is added in its dialog, used in a message and as a reaction from the picker, and the other user sees both', async () => {
  await bobPage.click('[data-testid=custom-emoji]');
  await bobPage.fill('[data-testid=custom-emoji-name]', 'party_parrot');
  await bobPage.setInputFiles('[data-testid=custom-emoji-image]', { name: 'parrot.png', mimeType: 'image/png', buffer: PNG });
  await bobPage.click('[data-testid=custom-emoji-add]');
  await bobPage.locator('[data-testid=custom-emoji][data-name=party_parrot]').waitFor({ timeout: 10000 });
  // A name taken by a standard emoji is refused, and said so.
  await bobPage.fill('[data-testid=custom-emoji-name]', 'tada');
  await bobPage.setInputFiles('[data-testid=custom-emoji-image]', { name: 'tada.png', mimeType: 'image/png', buffer: PNG });
  await bobPage.click('[data-testid=custom-emoji-add]');
  await bobPage.locator('[data-testid=custom-emoji-dialog] .error', { hasText: /\S/ }).waitFor({ timeout: 10000 });
  await bobPage.keyboard.press('Escape');
  await bobPage.waitForSelector('[data-testid=custom-emoji-dialog]', { state: 'detached' });
  const [emoji] = await api(server.url, bob, '/emoji?page=0&per_page=10');
  assert.equal(emoji.name, 'party_parrot');

  await bobPage.fill('[data-testid=composer]', ':party_parrot: party');
  await bobPage.press('[data-testid=composer]', 'Enter');
  const bobItem = bobPage.locator('[data-testid=post]', { hasText: 'party' }).last();
  await bobItem.locator('[data-testid=message] img.emoji').waitFor({ timeout: 10000 });
  const postId = await bobItem.getAttribute('data-post-id');
  // The reaction from the picker: the custom tab lists it.
  await bobItem.hover();
  await bobItem.locator('[data-testid=react]').click();
  const picker = bobPage.locator('[data-testid=emoji-picker]');
  await picker.waitFor();
  await picker.locator('.emoji-tab[data-tab="1"]').click();
  await picker.locator('.emoji-cell[data-name=party_parrot]').click();
  await picker.waitFor({ state: 'detached' });
  await bobItem.locator('.reaction[data-emoji=party_parrot].mine').waitFor({ timeout: 10000 });

  const check = async () => {
    const item = page.locator(`[data-post-id="${postId}"]`);
    const inText = item.locator('[data-testid=message] img.emoji');
    await inText.waitFor({ timeout: 10000 });
    assert.equal(await inText.getAttribute('src'), `/api/v4/emoji/${emoji.id}/image`);
    assert.equal(await inText.getAttribute('alt'), ':party_parrot:');
    const inReaction = item.locator('.reaction[data-emoji=party_parrot] img.emoji');
    await inReaction.waitFor({ timeout: 10000 });
    await page.waitForFunction((id) => [...document.querySelectorAll(`[data-post-id="${id}"] img.emoji`)].every((i) => i.naturalWidth > 0), postId);
  };
  await check(); // live: the emoji_added event
  await page.reload();
  await page.waitForSelector('[data-testid=composer]');
  await check(); // and from the server's list
});

test('the emoji picker: search, categories, skin tones, recently used, keyboard', async () => {
  await page.waitForSelector('[data-testid=composer-emoji]:not([disabled])', { timeout: 10000 });
  await page.fill('[data-testid=composer]', 'well ');
  await page.click('[data-testid=composer-emoji]');
  const picker = page.locator('[data-testid=emoji-picker]');
  await picker.waitFor();
  assert.equal(await picker.getAttribute('aria-label'), 'Emoji picker');
  // The search box has the focus; Enter takes the first result.
  await page.keyboard.type('tada');
  assert.equal(await picker.locator('.emoji-cell').first().getAttribute('data-name'), 'tada');
  await page.keyboard.press('Enter');
  await picker.waitFor({ state: 'detached' });
  assert.equal(await page.inputValue('[data-testid=composer]'), 'well :tada: ');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'composer');

  // Recently used comes first next time; a category lists its emoji in the chosen tone.
  await page.click('[data-testid=composer-emoji]');
  assert.equal(await picker.locator('.emoji-tab[data-tab="0"]').getAttribute('aria-selected'), 'true');
  assert.equal(await picker.locator('.emoji-cell').first().getAttribute('data-name'), 'tada');
  await picker.locator('.emoji-tab[data-tab="3"]').click();
  await picker.locator('.emoji-tone[data-tone="3"]').click();
  const wave = picker.locator('.emoji-cell[data-name=wave_medium_skin_tone]');
  assert.equal(await wave.textContent(), '👋🏽');
  // Arrows move through the grid; Escape closes and gives the focus back.
  await picker.locator('.emoji-cell').first().focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('.emoji-grid') !== null), true);
  await page.keyboard.press('Escape');
  await picker.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'composer-emoji');

  // A toned reaction from the picker, seen by the other user with its tone.
  await page.fill('[data-testid=composer]', 'wave at me');
  await page.press('[data-testid=composer]', 'Enter');
  const item = page.locator('[data-testid=post]', { hasText: 'wave at me' }).last();
  await item.locator('[data-testid=react]').waitFor();
  await item.hover();
  await item.locator('[data-testid=react]').click();
  await page.keyboard.type('wave');
  await picker.locator('.emoji-cell[data-name=wave_medium_skin_tone]').click();
  const postId = await item.getAttribute('data-post-id');
  const seen = bobPage.locator(`[data-post-id="${postId}"] .reaction[data-emoji=wave_medium_skin_tone] .emoji`);
  await seen.waitFor({ timeout: 10000 });
  assert.equal(await seen.textContent(), '👋🏽');
  await page.screenshot({ path: join(screenshots, 'emoji-picker.png') });
  await page.fill('[data-testid=composer]', '');
});

test('typing : suggests emoji, custom ones first', async () => {
  await page.fill('[data-testid=composer]', 'great :tad');
  await page.press('[data-testid=composer]', 'd'); // an input event
  await page.press('[data-testid=composer]', 'Backspace');
  const first = page.locator('[data-testid=suggestions] li').first();
  await first.waitFor({ timeout: 10000 });
  assert.equal(await first.locator('.label').textContent(), ':tada:');
  assert.equal(await first.locator('.detail').textContent(), '🎉');
  await page.press('[data-testid=composer]', 'Enter');
  assert.equal(await page.inputValue('[data-testid=composer]'), 'great :tada: ');
  await page.fill('[data-testid=composer]', ':party');
  await page.press('[data-testid=composer]', '_');
  await page.locator('[data-testid=suggestions] li .label', { hasText: ':party_parrot:' }).waitFor();
  await page.fill('[data-testid=composer]', '');
});

test('a custom emoji is deleted by its creator, not offered to others', async () => {
  await page.click('[data-testid=custom-emoji]');
  await page.locator('[data-testid=custom-emoji][data-name=party_parrot]').waitFor({ timeout: 10000 });
  // Ann did not add it (and is the admin here, so she could delete it): Bob deletes it.
  await page.keyboard.press('Escape');
  await bobPage.click('[data-testid=custom-emoji]');
  const row = bobPage.locator('[data-testid=custom-emoji][data-name=party_parrot]');
  bobPage.once('dialog', (d) => d.accept());
  await row.locator('[data-testid=custom-emoji-delete]').click();
  await row.waitFor({ state: 'detached', timeout: 10000 });
  assert.deepEqual(await api(server.url, bob, '/emoji?page=0&per_page=10'), []);
  await bobPage.keyboard.press('Escape');
});
