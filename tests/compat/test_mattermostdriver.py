#!/usr/bin/env python3
"""Compatibility test: the UNMODIFIED Python `mattermostdriver` 7.3.2 must work against causerie-server.

Run: python3 tests/compat/test_mattermostdriver.py   (exit 0 = pass; needs `pip install mattermostdriver==7.3.2`)
The server binary is $CAUSERIE_SERVER_BIN (default: target/debug/causerie-server, relative to the repo root).
"""
import asyncio
import json
import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import urllib.request

from mattermostdriver import Driver

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.join(ROOT, os.environ.get("CAUSERIE_SERVER_BIN", "target/debug/causerie-server"))
PASSWORD = "correct-horse-battery"


def expect(cond, msg):
    """Like assert, but survives `python -O`."""
    if not cond:
        raise AssertionError(msg)


def start_server():
    """Starts the server on a free port with a fresh data dir; returns (process, port, data dir) once /ping answers."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data_dir = tempfile.mkdtemp(prefix="causerie-compat-py-")
    try:
        proc = subprocess.Popen(
            [BIN, "--listen", f"127.0.0.1:{port}", "--data-dir", data_dir, "--web-dir", os.path.join(data_dir, "no-web-app")],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, env={**os.environ, "RUST_LOG": os.environ.get("RUST_LOG", "warn")})
    except OSError:
        shutil.rmtree(data_dir, ignore_errors=True)
        raise
    deadline = time.monotonic() + 15
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v4/system/ping", timeout=1) as r:
                if r.status == 200:
                    return proc, port, data_dir
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            stop_server(proc, data_dir)
            raise RuntimeError(f"server {BIN} did not start")
        time.sleep(0.1)


def stop_server(proc, data_dir):
    if proc.poll() is None:
        proc.kill()
        proc.wait(timeout=5)
    shutil.rmtree(data_dir, ignore_errors=True)


class Events:
    """Runs driver.init_websocket() in a thread (it blocks in run_until_complete) and queues every event."""

    def __init__(self, driver):
        self.driver = driver
        self.queue = queue.Queue()
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        asyncio.set_event_loop(self.loop)  # init_websocket() uses asyncio.get_event_loop()

        async def handler(message):  # the driver passes each raw frame, a JSON string
            self.queue.put(json.loads(message))

        try:
            self.driver.init_websocket(handler)
        except asyncio.CancelledError:
            pass  # stop() cancelled the loop's task
        except Exception as e:  # surface connection errors to next()
            self.queue.put(e)
        finally:
            self.loop.close()

    def next(self, what, pred, timeout=5):
        """Returns the first queued event matching pred (skipping others); fails after `timeout` s."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                msg = self.queue.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"timed out after {timeout} s waiting for WebSocket event {what}") from None
            if isinstance(msg, Exception):
                raise AssertionError(f"WebSocket failed before {what}: {msg!r}")
            if pred(msg):
                return msg

    def stop(self):
        # disconnect() only ends the loop after the next frame, so also cancel the pending recv().
        self.driver.disconnect()
        if self.thread.is_alive():
            try:
                self.loop.call_soon_threadsafe(lambda: [t.cancel() for t in asyncio.all_tasks(self.loop)])
            except RuntimeError:
                pass  # the loop closed meanwhile
        self.thread.join(timeout=5)


def driver(port, login_id=None):
    d = Driver({"url": "127.0.0.1", "scheme": "http", "port": port, "login_id": login_id, "password": PASSWORD,
                "request_timeout": 5})
    if login_id:
        # login() posts {"login_id", "password", "token": options["mfa_token"]} -- `null` by default, which a
        # Mattermost server accepts -- and keeps the `Token` response header for later calls and the websocket.
        d.login()
    return d


def scenario(port):
    # The first account becomes system admin.
    driver(port).users.create_user(options={"username": "alice", "email": "alice@example.org", "password": PASSWORD})
    a = driver(port, "alice")
    expect(a.client.username == "alice" and a.client.token, f"login A: {a.client.username!r}")

    # The server creates team `main` on first start; its invite id lets the second account join it.
    team = a.teams.get_team_by_name("main")
    expect(team.get("invite_id"), f"team main has no invite_id: {team}")
    driver(port).users.create_user(options={"username": "bob", "email": "bob@example.org", "password": PASSWORD},
                                   params={"iid": team["invite_id"]})
    b = driver(port, "bob")

    channel = b.channels.get_channel_by_name(team["id"], "town-square")
    expect(channel["name"] == "town-square", f"channel: {channel}")

    # B's websocket: the driver sends authentication_challenge and waits for `hello` (seq 0).
    events = Events(b)
    try:
        hello = events.next("hello", lambda m: m.get("event") == "hello")
        expect(hello["broadcast"]["user_id"] == b.client.userid, f"hello not addressed to B: {hello}")

        # A posts; B must get `posted` whose data.post is the post as a JSON string.
        root = a.posts.create_post({"channel_id": channel["id"], "message": "hello from alice"})
        posted = json.loads(events.next("posted", lambda m: m.get("event") == "posted")["data"]["post"])
        expect(posted["id"] == root["id"] and posted["message"] == "hello from alice", f"posted: {posted}")

        # B replies in the thread; A sees root + reply in the thread's `order`.
        reply = b.posts.create_post({"channel_id": channel["id"], "root_id": root["id"], "message": "reply from bob"})
        thread = a.posts.get_thread(root["id"])
        expect(sorted(thread["order"]) == sorted([root["id"], reply["id"]]), f"thread order: {thread['order']}")

        # A edits the root post; B gets `post_edited` with the new message.
        a.posts.patch_post(root["id"], options={"message": "edited by alice"})
        edited = json.loads(events.next("post_edited", lambda m: m.get("event") == "post_edited")["data"]["post"])
        expect(edited["id"] == root["id"] and edited["message"] == "edited by alice", f"post_edited: {edited}")
    finally:
        events.stop()

    # B reads the channel and sees both posts (the edit included).
    page = b.posts.get_posts_for_channel(channel["id"])
    expect(root["id"] in page["order"] and reply["id"] in page["order"], f"channel order: {page['order']}")
    expect(page["posts"][root["id"]]["message"] == "edited by alice", f"root post: {page['posts'][root['id']]}")
    expect(page["posts"][reply["id"]]["root_id"] == root["id"], f"reply: {page['posts'][reply['id']]}")


def scenario_integrations(port):
    """Webhooks, slash commands, a bot and its personal access token, through the driver."""
    a = driver(port, "alice")
    team = a.teams.get_team_by_name("main")
    channel = a.channels.get_channel_by_name(team["id"], "town-square")

    hook = a.webhooks.create_incoming_hook({"channel_id": channel["id"], "display_name": "CI"})
    hooks = a.webhooks.list_incoming_hooks({"team_id": team["id"]})
    expect([h["id"] for h in hooks] == [hook["id"]], f"incoming hooks: {hooks}")
    res = a.webhooks.call_webhook(hook["id"], options={"text": "deployed", "username": "ci"})
    expect(res.status_code == 200 and res.text == "ok", f"call_webhook: {res.status_code} {res.text!r}")
    out = a.webhooks.create_outgoing_hook({"team_id": team["id"], "channel_id": channel["id"],
                                           "trigger_words": ["!deploy"], "callback_urls": ["https://example.org/x"]})
    expect(out.get("token"), f"outgoing hook: {out}")
    a.webhooks.delete_outgoing_hook(out["id"])

    cmd = a.commands.create_command({"team_id": team["id"], "trigger": "deploy", "method": "P",
                                     "url": "https://example.org/cmd", "auto_complete": True})
    expect(cmd["trigger"] == "deploy", f"command: {cmd}")
    # (list_autocomplete_commands builds `/teams<id>`, without the slash, in this driver.)
    listed = a.commands.list_commands_for_team({"team_id": team["id"]})
    expect({"deploy", "me", "shrug"} <= {c["trigger"] for c in listed}, f"commands: {listed}")
    a.commands.execute_command({"channel_id": channel["id"], "command": "/echo \"from python\""})
    page = a.posts.get_posts_for_channel(channel["id"])
    expect(any(p["message"] == "from python" for p in page["posts"].values()), "the /echo post")
    # (delete_command builds `/commands<id>` in this driver; the JS client's test deletes.)

    # (The driver makes a `bots` endpoint object but gives it no property.)
    bot = a.api["bots"].create_bot({"username": "relay", "display_name": "Relay"})
    token = a.users.create_user_access_token(bot["user_id"], options={"description": "bridge"})
    as_bot = Driver({"url": "127.0.0.1", "scheme": "http", "port": port, "token": token["token"], "request_timeout": 5})
    as_bot.login()
    expect(as_bot.client.userid == bot["user_id"], f"signed in as {as_bot.client.userid}, not the bot")
    me = as_bot.users.get_user("me")
    expect(me.get("is_bot") is True, f"the bot's profile: {me}")


def main():
    def on_alarm(*_):
        raise TimeoutError("test took longer than 50 s")

    signal.signal(signal.SIGALRM, on_alarm)  # a global deadline, so nothing can hang
    signal.alarm(50)
    try:
        proc, port, data_dir = start_server()
        try:
            scenario(port)
            scenario_integrations(port)
        finally:
            stop_server(proc, data_dir)
    except Exception as e:
        traceback.print_exc()  # shows which step / request failed
        print(f"FAIL: mattermostdriver against causerie-server: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    print("PASS: mattermostdriver against causerie-server")
    return 0


if __name__ == "__main__":
    sys.exit(main())
