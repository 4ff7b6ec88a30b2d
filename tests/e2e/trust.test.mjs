// Trust in real Chromium, with the people it involves: Ann (the admin) publishes a code of
// conduct in the System Console and Bob must accept it before anything else; Bob turns on
// two-factor log-in from the QR code's secret and then logs in with a code; Ann invites Dora
// by e-mail and Dora signs up through the e-mailed link, named as Ann's invitee; Ann
// deactivates Bob in the console and his session ends at once.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:net';
import { after, before, test } from 'node:test';
import { join } from 'node:path';
import { api, apiLogin, apiSignup, launchBrowser, logIn, screenshots, startServer } from './harness.mjs';

let server, smtp, browser, ann, bob, team;
const mails = [];
let mailArrived = () => {};

/** A mail server that keeps what it is sent: just enough SMTP for the server's client. */
function smtpSink() {
  const sink = createServer((socket) => {
    let data = null;
    let buffer = '';
    socket.write('220 sink\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      for (;;) {
        if (data !== null) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          mails.push(data + buffer.slice(0, end));
          buffer = buffer.slice(end + 5);
          data = null;
          socket.write('250 kept\r\n');
          mailArrived();
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol).toUpperCase();
        buffer = buffer.slice(eol + 2);
        if (line.startsWith('EHLO')) socket.write('250-sink\r\n250 8BITMIME\r\n');
        else if (line.startsWith('DATA')) { data = ''; socket.write('354 go on\r\n'); }
        else if (line.startsWith('QUIT')) { socket.end('221 bye\r\n'); return; }
        else socket.write('250 ok\r\n');
      }
    });
  });
  return new Promise((resolve) => sink.listen(0, '127.0.0.1', () => resolve(sink)));
}

/** The next mail, as text with its transfer encodings undone. */
async function nextMail() {
  if (!mails.length) await new Promise((r) => { mailArrived = r; });
  const raw = mails.shift();
  // Quoted-printable parts unfolded; base64 parts decoded.
  let text = raw.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
  for (const [, b64] of raw.matchAll(/Content-Transfer-Encoding: base64\r\n(?:[^\r\n]+\r\n)*\r\n([A-Za-z0-9+/=\r\n]+)/gi)) {
    text += Buffer.from(b64.replace(/\r\n/g, ''), 'base64').toString('utf8');
  }
  return text.replace(/&amp;/g, '&');
}

/** RFC 6238: the code of a base32 secret for the 30-second step at `ms`. */
function totp(secret, ms = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(ms / 30000)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1000000).padStart(6, '0');
}

before(async () => {
  smtp = await smtpSink();
  server = await startServer({
    config: [
      'enable_custom_terms_of_service = true',
      'enable_email_invitations = true',
      '[smtp]',
      'host = "127.0.0.1"',
      `port = ${smtp.address().port}`,
      'tls = "none"',
      'from = "Causerie <chat@example.org>"',
    ].join('\n') + '\n',
  });
  await apiSignup(server.url, 'ann');
  const { token } = await apiLogin(server.url, 'ann');
  [team] = await api(server.url, token, '/users/me/teams');
  await apiSignup(server.url, 'bob', { iid: team.invite_id });
  browser = await launchBrowser();
  ann = await (await browser.newContext()).newPage();
  bob = await (await browser.newContext()).newPage();
  for (const p of [ann, bob]) p.on('pageerror', (e) => { throw e; });
  await logIn(ann, server.url, 'ann');
});
after(async () => {
  await browser?.close();
  await server?.stop();
  smtp?.close();
});

test('a code of conduct published in the console holds everyone until they accept it', async () => {
  assert.equal(await bob.locator('[data-testid=console]').count(), 0);
  await ann.click('[data-testid=console]');
  await ann.waitForSelector('[data-testid=console-dialog]');
  await ann.click('[data-testid=console-terms]');
  await ann.fill('[data-testid=console-terms-text]', 'Be **kind** to one another.');
  await ann.click('[data-testid=console-terms-publish]');
  await ann.locator('[data-testid=console-terms-status]', { hasText: /\S/ }).waitFor();
  await ann.keyboard.press('Escape');

  // Any client of Bob's is held until he accepts: the server says why.
  const { token } = await apiLogin(server.url, 'bob');
  const held = await fetch(`${server.url}/api/v4/users/me/teams`, { headers: { Authorization: `Bearer ${token}` } });
  assert.equal(held.status, 403);
  assert.equal((await held.json()).id, 'api.context.terms_of_service_required.app_error');

  // In the app, the text comes first, rendered; "I agree" opens the chat.
  await bob.goto(`${server.url}/login`);
  await bob.fill('#login-id', 'bob');
  await bob.fill('#login-password', 'correct-horse');
  await bob.click('button[type=submit]');
  await bob.waitForSelector('[data-testid=gate-page] strong >> text=kind');
  await bob.screenshot({ path: join(screenshots, 'terms.png') });
  await bob.click('[data-testid=terms-agree]');
  await bob.waitForSelector('[data-testid=composer]');
  assert.equal((await fetch(`${server.url}/api/v4/users/me/teams`, { headers: { Authorization: `Bearer ${token}` } })).status, 200);
});

test('two-factor log-in is set up from the secret and then asks for a code', async () => {
  await bob.click('[data-testid=settings]');
  await bob.click('[data-testid=mfa-start]');
  const secret = (await bob.textContent('[data-testid=mfa-secret]')).trim();
  assert.match(secret, /^[A-Z2-7]{16,}$/);
  await bob.fill('[data-testid=mfa-code]', totp(secret));
  await bob.click('[data-testid=mfa-confirm]');
  await bob.waitForSelector('[data-testid=mfa-recovery] li');
  assert.equal(await bob.locator('[data-testid=mfa-recovery] li').count(), 10);
  await bob.click('[data-testid=mfa-continue]');
  await bob.waitForSelector('[data-testid=mfa-on]');
  await bob.keyboard.press('Escape');

  await bob.click('[data-testid=logout]');
  await bob.waitForSelector('#login-id');
  await bob.fill('#login-id', 'bob');
  await bob.fill('#login-password', 'correct-horse');
  await bob.click('button[type=submit]');
  // Only now, since his account needs it, the code; the step just used does not work again.
  await bob.fill('[data-testid=login-code]', totp(secret));
  await bob.click('button[type=submit]');
  await bob.locator('[data-testid=login-error]', { hasText: /\S/ }).waitFor();
  await bob.fill('[data-testid=login-code]', totp(secret, Date.now() + 30000));
  await bob.click('button[type=submit]');
  await bob.waitForSelector('[data-testid=composer]');
});

test('an e-mail invitation names who invited, and its link signs the invitee up once', async () => {
  await ann.click('[data-testid=invite]');
  await ann.waitForSelector('[data-testid=invite-dialog]');
  await ann.fill('[data-testid=invite-emails]', 'dora@example.org, not-an-address');
  await ann.click('[data-testid=invite-send]');
  await ann.locator('[data-testid=invite-outcome] .error', { hasText: 'not-an-address' }).waitFor();
  await ann.locator('[data-testid=invitations-pending]', { hasText: 'dora@example.org' }).waitFor();

  const mail = await nextMail();
  assert.match(mail, /@ann/);
  const link = mail.match(/http:\/\/[^\s"<>]+\/signup_user_complete\/\?[^\s"<>]+/)[0];
  assert.ok(link.startsWith(server.url), link);
  const dora = await (await browser.newContext()).newPage();
  dora.on('pageerror', (e) => { throw e; });
  await dora.goto(link);
  await dora.locator('[data-testid=signup-invited-by]', { hasText: '@ann' }).waitFor();
  assert.equal(await dora.inputValue('#signup-email'), 'dora@example.org');
  await dora.fill('#signup-username', 'dora');
  await dora.fill('#signup-password', 'correct-horse');
  await dora.click('button[type=submit]');
  // A newcomer accepts the code of conduct first.
  await dora.click('[data-testid=terms-agree]');
  await dora.waitForSelector('[data-testid=composer]');

  // Ann sees who invited whom; the link does not work twice.
  await ann.keyboard.press('Escape');
  await ann.click('[data-testid=invite]');
  await ann.locator('[data-testid=invitations-used]', { hasText: '@dora' }).waitFor();
  await ann.keyboard.press('Escape');
  const again = await fetch(`${server.url}/api/v4/users?t=${new URL(link).searchParams.get('t')}`, {
    method: 'POST',
    body: JSON.stringify({ username: 'eve', email: 'eve@example.org', password: 'correct-horse' }),
  });
  assert.equal(again.status, 400);
});

test('an admin deactivates an account in the console: its session ends at once', async () => {
  const { token } = await apiLogin(server.url, 'dora');
  await ann.click('[data-testid=console]');
  await ann.fill('[data-testid=console-search]', 'dor');
  const row = ann.locator('[data-testid=console-user][data-username=dora]');
  await row.waitFor();
  await row.locator('[data-testid=console-sessions]').click();
  await row.locator('[data-testid=sessions] li').first().waitFor();
  await row.locator('[data-testid=console-active]').click();
  await ann.locator('[data-testid=console-user][data-username=dora] .tag').first().waitFor();
  const gone = await fetch(`${server.url}/api/v4/users/me`, { headers: { Authorization: `Bearer ${token}` } });
  assert.equal(gone.status, 401);
  await ann.click('[data-testid=console-audit]');
  await ann.locator('[data-testid=console-audit-log] code', { hasText: 'deactivate' }).waitFor();
  await ann.screenshot({ path: join(screenshots, 'console.png') });
});
