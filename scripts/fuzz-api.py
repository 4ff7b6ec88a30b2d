#!/usr/bin/env python3
"""Spec fuzzing (issue 14): schemathesis over Mattermost's OpenAPI spec against a fresh
causerie-server, authenticated as an ordinary member. The ids in paths are the real ids of
objects made first (a team, channels, a post, a file, users), so that the endpoints we
implement are exercised rather than answering 404. Goal: no 5xx, and the server still
answering afterwards.

Usage: fuzz-api.py SERVER_BIN SPEC [--max-examples N] [--max-time S]
(`make reliability` runs it long, `make test` short; schemathesis is installed by `make setup`
into target/fuzz-venv.)
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import urllib.request

import yaml


def call(base, method, path, token=None, body=None, raw=None, headers=None):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(req, timeout=30) as res:
        text = res.read()
        return json.loads(text) if text else None, res.headers


def start(server_bin, data_dir):
    proc = subprocess.Popen(
        [server_bin, "--listen", "127.0.0.1:0", "--web-dir", "/nonexistent", "--data-dir", data_dir],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        env={**os.environ, "RUST_LOG": "info", "NO_COLOR": "1"},
    )
    found = {}
    ready = threading.Event()

    def read():
        for line in proc.stdout:
            m = re.search(r"listening on (http://\S+)", line)
            if m:
                found["url"] = m.group(1)
                ready.set()
    threading.Thread(target=read, daemon=True).start()
    if not ready.wait(30):
        sys.exit("the server did not say where it listens")
    return proc, found["url"]


def seed(base):
    """An admin, a member (whose session fuzzes), and one of each object, with their ids."""
    signup = lambda name, q="": call(base, "POST", f"/api/v4/users{q}", body={
        "email": f"{name}@example.org", "username": name, "password": "correct-horse"})
    login = lambda name: call(base, "POST", "/api/v4/users/login",
                              body={"login_id": name, "password": "correct-horse"})
    signup("ann")
    ann_user, h = login("ann")
    ann = h["Token"]
    team = call(base, "GET", "/api/v4/users/me/teams", ann)[0][0]
    signup("bob", f"?iid={team['invite_id']}")
    bob_user, h = login("bob")
    bob = h["Token"]
    town = call(base, "GET", f"/api/v4/teams/{team['id']}/channels/name/town-square", bob)[0]
    room = call(base, "POST", "/api/v4/channels", bob, {
        "team_id": team["id"], "name": "fuzz-room", "display_name": "Fuzz room", "type": "O"})[0]
    upload = call(base, "POST", f"/api/v4/files?channel_id={town['id']}&filename=a.txt", bob,
                  raw=b"hello", headers={"Content-Type": "application/octet-stream"})[0]
    file_id = upload["file_infos"][0]["id"]
    post = call(base, "POST", "/api/v4/posts", bob, {
        "channel_id": town["id"], "message": "fuzz me", "file_ids": [file_id]})[0]
    call(base, "POST", "/api/v4/reactions", bob,
         {"user_id": bob_user["id"], "post_id": post["id"], "emoji_name": "smile"})
    ids = {
        "user_id": bob_user["id"], "team_id": team["id"], "channel_id": town["id"],
        "post_id": post["id"], "file_id": file_id, "username": "bob",
        "team_name": team["name"], "channel_name": "town-square", "emoji_name": "smile",
        "invite_id": team["invite_id"], "category": "display_settings",
    }
    return bob, ids, room["id"]


def with_real_ids(spec, ids):
    """Path parameters named like our objects take their real ids."""
    for item in spec.get("paths", {}).values():
        for op in [item] + [v for v in item.values() if isinstance(v, dict)]:
            for p in op.get("parameters", []) if isinstance(op, dict) else []:
                if isinstance(p, dict) and p.get("in") == "path" and p.get("name") in ids:
                    p["schema"] = {"type": "string", "enum": [ids[p["name"]]]}
    return spec


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("server_bin")
    ap.add_argument("spec")
    ap.add_argument("--max-examples", type=int, default=5)
    ap.add_argument("--max-time", type=int, default=120)
    args = ap.parse_args()
    st = os.path.join(os.path.dirname(sys.executable), "st")
    with tempfile.TemporaryDirectory() as tmp:
        proc, url = start(args.server_bin, os.path.join(tmp, "data"))
        try:
            token, ids, _ = seed(url)
            with open(args.spec) as f:
                spec = with_real_ids(yaml.safe_load(f), ids)
            spec_path = os.path.join(tmp, "spec.yaml")
            with open(spec_path, "w") as f:
                yaml.safe_dump(spec, f)
            report = os.path.abspath("target/fuzz-report.ndjson")
            run = subprocess.run([
                st, "run", spec_path, "--url", url,
                "-H", f"Authorization: Bearer {token}",
                "--checks", "not_a_server_error",
                "--phases", "examples,coverage,fuzzing",
                "--max-examples", str(args.max_examples),
                "--max-time", str(args.max_time),
                "--workers", "2",
                "--request-timeout", "10",
                "--continue-on-failure",
                "--no-color",
                "--suppress-health-check", "all",
                # Logging out, or revoking the session, would end the run's own session.
                # (And three operations whose path parameters the spec does not define.)
                "--exclude-path-regex",
                r"/users/logout|/sessions/revoke|/users/\{user_id\}/sessions"
                r"|/posts/scheduled/team/|/remotecluster/\{remote_id\}/generate_invite"
                r"|/users/\{user_id\}/reset_failed_attempts",
                "--report", "ndjson", "--report-ndjson-path", report,
            ], capture_output=True, text=True, cwd=tmp)  # its cache stays out of the tree
            print(run.stdout if os.environ.get("FUZZ_VERBOSE") else "\n".join(run.stdout.strip().splitlines()[-25:]))
            alive = proc.poll() is None
            try:
                call(url, "GET", "/api/v4/system/ping")
                answering = True
            except Exception:
                answering = False
            cases = re.search(r"(\d+) generated, ([^\n]*)", run.stdout)
            # The only check is not_a_server_error: a failed scenario is a 5xx (or a crash).
            statuses = {}
            with open(report) as f:
                for line in f:
                    event = json.loads(line).get("ScenarioFinished")
                    if event:
                        statuses[event["status"]] = statuses.get(event["status"], 0) + 1
            server_errors = statuses.get("failure", 0) + statuses.get("error", 0)
            print(f"fuzz: {cases.group(0) if cases else 'no test cases'}; scenarios {statuses}; 5xx answers: {server_errors}; "
                  f"server alive {alive}, answering {answering}")
            failed = server_errors > 0 or not cases or not alive or not answering
            sys.exit(1 if failed else 0)
        finally:
            proc.kill()


if __name__ == "__main__":
    main()
