// Compatibility test: the UNMODIFIED official JS client (@mattermost/client: Client4 for REST,
// WebSocketClient for events) must work against causerie-server. Run: node --test tests/compat/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { WebSocket } from 'ws';
import mm from '@mattermost/client'; // CommonJS package: its named exports are getters, so take the default

const { Client4, WebSocketClient } = mm;
// WebSocketClient uses the browser globals `WebSocket`, and `CloseEvent` when it drops a socket
// (sequence gap, ping timeout); Node 20 has neither (`fetch` and `FormData` are built in).
globalThis.WebSocket = WebSocket;
globalThis.CloseEvent ??= class CloseEvent extends Event {
  constructor(type, init = {}) { super(type); this.code = init.code; this.wasClean = init.wasClean; }
};

const root = resolve(import.meta.dirname, '../..');
const bin = resolve(root, process.env.CAUSERIE_SERVER_BIN ?? 'target/debug/causerie-server');
const PASSWORD = 'correct-horse-battery';

const freePort = () => new Promise((ok, fail) => {
  const s = createServer().on('error', fail);
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
});

/** Rejects if `promise` has not settled after `ms`, naming the step that hung. */
const within = (ms, what, promise) => Promise.race([promise, new Promise((_, fail) =>
  setTimeout(() => fail(new Error(`timed out after ${ms} ms: ${what}`)), ms).unref())]);

/** Starts a server on a free port with a fresh data dir; resolves once /system/ping answers. */
async function startServer() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'causerie-compat-js-'));
  const proc = spawn(bin, ['--listen', `127.0.0.1:${port}`, '--data-dir', dataDir,
    '--web-dir', join(dataDir, 'no-web-app')], { stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, RUST_LOG: process.env.RUST_LOG ?? 'warn' } });
  let spawnError = null; // e.g. ENOENT for a wrong CAUSERIE_SERVER_BIN
  proc.once('error', (e) => { spawnError = e; });
  const exited = new Promise((r) => proc.once('exit', r));
  const stop = async () => {
    if (proc.pid && proc.exitCode === null && proc.signalCode === null) { proc.kill('SIGKILL'); await exited; }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 15_000; ;) {
    try { if ((await fetch(`${url}/api/v4/system/ping`)).ok) return { url, stop }; } catch {}
    if (spawnError || proc.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`server ${bin} did not start${spawnError ? `: ${spawnError.message}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Records the events of a WebSocketClient. One listener stays registered for the socket's whole
 * life because the client only advances its expected `seq` while it has listeners; `next()`
 * resolves with the first matching event after the call (call it BEFORE triggering the event).
 */
function watch(ws) {
  const waiters = new Set();
  ws.addMessageListener((msg) => waiters.forEach((w) => w.event(msg)));
  // The client closes the socket itself on a `seq` gap or a missing pong: fail loudly, don't time out.
  ws.addCloseListener(() => waiters.forEach((w) => w.closed(new Error(`WebSocket closed, code ${ws.lastErrCode}`))));
  return {
    next(what, pred, ms = 5000) {
      let w;
      return within(ms, `WebSocket event ${what}`, new Promise((ok, fail) => {
        w = { event: (m) => pred(m) && ok(m), closed: fail };
        waiters.add(w);
      })).finally(() => waiters.delete(w));
    },
  };
}

test('@mattermost/client (Client4 + WebSocketClient) against causerie-server', { timeout: 45_000 }, async () => {
  const server = await startServer();
  const wsB = new WebSocketClient();
  try {
    const a = new Client4();
    const b = new Client4();
    a.setUrl(server.url);
    b.setUrl(server.url);

    // The first account becomes system admin; login() stores the session token from the `Token` header.
    await within(5000, 'createUser A', a.createUser({ username: 'alice', email: 'alice@example.org', password: PASSWORD }));
    const alice = await within(5000, 'login A', a.login('alice', PASSWORD));
    assert.equal(alice.username, 'alice');
    assert.ok(a.getToken(), 'Client4.login() took the token from the Token response header');

    // The server creates team `main` on first start; its invite id lets the second account join it.
    const team = await within(5000, 'getTeamByName main', a.getTeamByName('main'));
    assert.ok(team.invite_id, 'team main has an invite_id');
    await within(5000, 'createUser B with iid', b.createUser({ username: 'bob', email: 'bob@example.org', password: PASSWORD }, '', team.invite_id));
    const bob = await within(5000, 'login B', b.login('bob', PASSWORD));

    const channel = await within(5000, 'getChannelByName town-square', b.getChannelByName(team.id, 'town-square'));
    assert.equal(channel.name, 'town-square');

    // B's WebSocket: initialize() sends the authentication_challenge on open; the server answers with `hello`.
    const events = watch(wsB);
    const hello = events.next('hello', (m) => m.event === 'hello');
    wsB.initialize(b.getWebSocketUrl().replace(/^http/, 'ws'), b.getToken());
    assert.equal((await hello).broadcast.user_id, bob.id, 'hello is addressed to the authenticated user');

    // A posts; B must get `posted` whose data.post is the post as a JSON string.
    const posted = events.next('posted', (m) => m.event === 'posted');
    const root = await within(5000, 'createPost', a.createPost({ channel_id: channel.id, message: 'hello from alice' }));
    const postedPost = JSON.parse((await posted).data.post);
    assert.equal(postedPost.id, root.id);
    assert.equal(postedPost.message, 'hello from alice');

    // B replies in the thread; A sees root + reply in the thread's `order`.
    const reply = await within(5000, 'createPost reply', b.createPost({ channel_id: channel.id, root_id: root.id, message: 'reply from bob' }));
    const thread = await within(5000, 'getPostThread', a.getPostThread(root.id));
    assert.equal(thread.order.length, 2, `thread order: ${JSON.stringify(thread.order)}`);
    assert.deepEqual(new Set(thread.order), new Set([root.id, reply.id]));

    // A edits the root post; B gets `post_edited` with the new message.
    const edited = events.next('post_edited', (m) => m.event === 'post_edited');
    await within(5000, 'patchPost', a.patchPost({ id: root.id, message: 'edited by alice' }));
    const editedPost = JSON.parse((await edited).data.post);
    assert.equal(editedPost.id, root.id);
    assert.equal(editedPost.message, 'edited by alice');

    // B reads the channel and sees both posts (the edit included).
    const page = await within(5000, 'getPosts', b.getPosts(channel.id));
    assert.ok(page.order.includes(root.id) && page.order.includes(reply.id), `channel order: ${JSON.stringify(page.order)}`);
    assert.equal(page.posts[root.id].message, 'edited by alice');
    assert.equal(page.posts[reply.id].root_id, root.id);
    assert.equal(page.posts[reply.id].user_id, bob.id);
  } finally {
    wsB.close(); // also stops its ping interval and pending reconnects
    await server.stop();
  }
});

test('@mattermost/client: webhooks, slash commands, bots and personal access tokens', { timeout: 45_000 }, async () => {
  const server = await startServer();
  try {
    const a = new Client4();
    a.setUrl(server.url);
    await within(5000, 'createUser', a.createUser({ username: 'alice', email: 'alice@example.org', password: PASSWORD }));
    await within(5000, 'login', a.login('alice', PASSWORD));
    const team = await within(5000, 'getTeamByName', a.getTeamByName('main'));
    const channel = await within(5000, 'getChannelByName', a.getChannelByName(team.id, 'town-square'));

    // An incoming webhook, then a post through it.
    const hook = await within(5000, 'createIncomingWebhook', a.createIncomingWebhook({ channel_id: channel.id, display_name: 'CI' }));
    assert.equal(hook.channel_id, channel.id);
    const res = await fetch(`${server.url}/hooks/${hook.id}`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'deployed' }),
    });
    assert.equal(res.status, 200);
    const hooks = await within(5000, 'getIncomingWebhooks', a.getIncomingWebhooks(team.id));
    assert.deepEqual(hooks.map((h) => h.id), [hook.id]);
    await within(5000, 'updateIncomingWebhook', a.updateIncomingWebhook({ ...hook, display_name: 'CI bot' }));
    assert.equal((await a.getIncomingWebhook(hook.id)).display_name, 'CI bot');
    await within(5000, 'removeIncomingWebhook', a.removeIncomingWebhook(hook.id));

    // An outgoing webhook.
    const out = await within(5000, 'createOutgoingWebhook', a.createOutgoingWebhook({
      team_id: team.id, channel_id: channel.id, trigger_words: ['!deploy'], callback_urls: ['https://example.org/deploy'],
    }));
    assert.ok(out.token);
    assert.equal((await a.getOutgoingWebhooks(channel.id)).length, 1);
    await within(5000, 'removeOutgoingWebhook', a.removeOutgoingWebhook(out.id));

    // A custom command, the built-in ones, and running one.
    const cmd = await within(5000, 'addCommand', a.addCommand({ team_id: team.id, trigger: 'deploy', method: 'P', url: 'https://example.org/cmd', auto_complete: true }));
    assert.equal(cmd.trigger, 'deploy');
    assert.deepEqual((await a.getCustomTeamCommands(team.id)).map((c) => c.trigger), ['deploy']);
    const listed = await within(5000, 'getAutocompleteCommandsList', a.getAutocompleteCommandsList(team.id));
    assert.ok(listed.some((c) => c.trigger === 'shrug') && listed.some((c) => c.trigger === 'deploy'));
    await within(5000, 'executeCommand', a.executeCommand('/shrug ok', { channel_id: channel.id, team_id: team.id }));
    const page = await a.getPosts(channel.id);
    assert.ok(Object.values(page.posts).some((p) => p.message.endsWith('¯\\\\\\_(ツ)\\_/¯')));
    await within(5000, 'deleteCommand', a.deleteCommand(cmd.id));

    // A bot, its token, and the bot signed in with it.
    const bot = await within(5000, 'createBot', a.createBot({ username: 'relay', display_name: 'Relay' }));
    assert.equal((await a.getBots()).length, 1);
    const token = await within(5000, 'createUserAccessToken', a.createUserAccessToken(bot.user_id, 'bridge'));
    const asBot = new Client4();
    asBot.setUrl(server.url);
    asBot.setToken(token.token);
    const me = await within(5000, 'getMe as bot', asBot.getMe());
    assert.equal(me.is_bot, true);
    await within(5000, 'revokeUserAccessToken', a.revokeUserAccessToken(token.id));
    await assert.rejects(asBot.getMe(), 'a revoked token signs nobody in');
  } finally {
    await server.stop();
  }
});
