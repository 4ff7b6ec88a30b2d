#!/usr/bin/env python3
"""Runs our lint (causerie-l10n) and Mozilla's compare-locales on the same files and checks
that they agree on missing and obsolete messages: on the shipped locales, and on the lint's
test fixtures, which have one problem of each kind.
Usage: scripts/l10n-agree.py path/to/causerie-l10n"""
import json, os, subprocess, sys, tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
lint = sys.argv[1]
ok = True
for base in [os.path.join(ROOT, "locales"), os.path.join(ROOT, "crates/l10n/tests/fixtures")]:
    codes = [l["code"] for l in json.load(open(os.path.join(base, "languages.json")))["languages"]
             if l["code"] != "en-US"]
    ours = json.loads(subprocess.run([lint, "check", "--json", "--dir", base, *codes],
                                     capture_output=True, text=True).stdout)
    with tempfile.TemporaryDirectory() as tmp:
        toml = os.path.join(tmp, "l10n.toml")
        with open(toml, "w") as f:
            f.write(f'basepath = "{base}"\nlocales = {json.dumps(codes)}\n'
                    '[env]\n    l = "{l10n_base}/{locale}/"\n'
                    '[[paths]]\n    reference = "en-US/*.ftl"\n    l10n = "{l}*.ftl"\n')
        out = os.path.join(tmp, "out.json")
        subprocess.run(["compare-locales", "--return-zero", "--json", out, toml, base, *codes],
                       check=True, capture_output=True)
        details = json.load(open(out))[0]["details"]
    theirs = {c: {"missing": set(), "obsolete": set()} for c in codes}
    for path, entries in details.items():
        code = path.split("/")[0]
        for e in entries:
            if "missingEntity" in e:
                theirs[code]["missing"].add(e["missingEntity"])
            if "obsoleteEntity" in e:
                theirs[code]["obsolete"].add(e["obsoleteEntity"])
    for code in codes:
        for kind in ("missing", "obsolete"):
            a, b = set(ours[code][kind]), theirs[code][kind]
            if a != b:
                ok = False
                print(f"{base}/{code}: {kind}: causerie-l10n {sorted(a)} != compare-locales {sorted(b)}")
    print(f"{os.path.relpath(base, ROOT)}: causerie-l10n and compare-locales agree on {len(codes)} locales"
          if ok else "disagreement")
sys.exit(0 if ok else 1)
