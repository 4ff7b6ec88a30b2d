#!/usr/bin/env python3
"""Checks each locale's main.ftl against en-US (the source): syntax errors, missing and
obsolete messages and attributes, variables that differ, the -brand-name term untouched, and
the completion. Missing messages are warnings (the app falls back to the next locale, then
en-US); everything else is an error and makes the exit status 1.
Usage: scripts/l10n-check.py [locale ...]   (default: every locale of locales/languages.json)
Interim tool until the Rust lint of issue 5; needs `pip install fluent.syntax`."""
import os, sys
from fluent.syntax import FluentParser, ast, visitor

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "locales")

def load(code):
    text = open(f"{ROOT}/{code}/main.ftl", encoding="utf-8").read()
    res = FluentParser().parse(text)
    errors = [e for e in res.body if isinstance(e, ast.Junk)]
    msgs = {}
    for e in res.body:
        if isinstance(e, (ast.Message, ast.Term)):
            key = ("-" if isinstance(e, ast.Term) else "") + e.id.name
            msgs[key] = e
    return msgs, errors

class Vars(visitor.Visitor):
    def __init__(self):
        super().__init__(); self.vars = set(); self.terms = set()
    def visit_VariableReference(self, node):
        self.vars.add(node.id.name)
    def visit_TermReference(self, node):
        self.terms.add(node.id.name)

def info(entry):
    v = Vars(); v.visit(entry)
    attrs = sorted(a.id.name for a in entry.attributes)
    return v.vars, attrs

ok = True
src, _ = load("en-US")
codes = sys.argv[1:]
if not codes:
    import json
    langs = json.load(open(os.path.join(ROOT, "languages.json"), encoding="utf-8"))["languages"]
    codes = [l["code"] for l in langs if l["code"] != "en-US"]
for code in codes:
    try:
        msgs, errors = load(code)
    except FileNotFoundError:
        print(f"{code}: missing file"); ok = False; continue
    problems = [f"syntax error: {e.content[:60]!r}" for e in errors]
    missing = [k for k in src if k not in msgs]
    for k in msgs:
        if k not in src: problems.append(f"obsolete {k}")
    for k, e in src.items():
        if k in msgs:
            sv, sa = info(e); tv, ta = info(msgs[k])
            if sv != tv: problems.append(f"{k}: variables {sorted(tv)} != en-US {sorted(sv)}")
            if sa != ta: problems.append(f"{k}: attributes {ta} != en-US {sa}")
    if "-brand-name" in msgs:
        val = msgs["-brand-name"].value.elements[0].value if msgs["-brand-name"].value.elements else ""
        if val != "Causerie": problems.append("-brand-name must stay Causerie")
    done = 100 * (len(src) - len(missing)) / len(src)
    print(f"{code}: {done:.0f}% complete, {'OK' if not problems else str(len(problems)) + ' errors'}")
    for p in problems: print("    error:", p)
    for m in missing: print("    missing (falls back):", m)
    ok = ok and not problems
sys.exit(0 if ok else 1)
