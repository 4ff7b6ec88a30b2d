// Shared pieces of the browser tests: a causerie-server on a free port with a fresh data
// dir serving dist/, and headless Chromium driven by playwright-core.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
export const screenshots = join(root, 'target', 'screenshots');
mkdirSync(screenshots, { recursive: true });

async function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
    s.on('error', fail);
  });
}

/** Starts causerie-server; `dataDir` reuses a data dir (for restarts); `config` is TOML text. */
export async function startServer({ dataDir, port, config } = {}) {
  port ??= await freePort();
  dataDir ??= mkdtempSync(join(tmpdir(), 'causerie-e2e-'));
  const bin = process.env.CAUSERIE_SERVER_BIN ?? join(root, 'target/release/causerie-server');
  const args = ['--listen', `127.0.0.1:${port}`, '--data-dir', dataDir, '--web-dir', join(root, 'dist')];
  if (config) {
    writeFileSync(join(dataDir, 'config.toml'), config);
    args.push('--config', join(dataDir, 'config.toml'));
  }
  const proc = spawn(bin, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, RUST_LOG: 'warn' },
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      const r = await fetch(`${url}/api/v4/system/ping`);
      if (r.ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url, port, dataDir, proc,
    async stop() {
      if (proc.exitCode !== null) return;
      const done = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await done;
    },
  };
}

/** Headless Chromium, as the project's machines allow it. */
export async function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', ...extraArgs],
  });
}

/** Makes an account through the API (the first one becomes admin). */
export async function apiSignup(url, username, { iid } = {}) {
  const q = iid ? `?iid=${iid}` : '';
  const r = await fetch(`${url}/api/v4/users${q}`, {
    method: 'POST',
    body: JSON.stringify({ username, email: `${username}@example.org`, password: 'correct-horse' }),
  });
  if (r.status !== 201) throw new Error(`signup ${username}: ${r.status} ${await r.text()}`);
  return r.json();
}

/** Logs in through the API; returns {token, user}. */
export async function apiLogin(url, username) {
  const r = await fetch(`${url}/api/v4/users/login`, {
    method: 'POST',
    body: JSON.stringify({ login_id: username, password: 'correct-horse' }),
  });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status}`);
  return { token: r.headers.get('token'), user: await r.json() };
}

/** A GET or POST with a Bearer token; returns the parsed body. */
export async function api(url, token, path, body) {
  const r = await fetch(`${url}/api/v4${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
  return r.json();
}

/** Logs `name` in through the log-in form on `page` and waits for the chat. */
export async function logIn(page, url, name) {
  await page.goto(`${url}/login`);
  await page.fill('#login-id', name);
  await page.fill('#login-password', 'correct-horse');
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=composer]');
}
