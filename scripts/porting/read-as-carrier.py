#!/usr/bin/env python3
"""Realistic requests from the four countries of the manuals (NL, BE, DE, CA), checked
and built by the real `pbxc`, and every document read back as the receiving provider
reads it — beyond the project's own tests.

The requests are in scripts/porting/requests/ (one customer each, written from the
manuals' own examples and rules); the partner and catalog are the examples' pbxc.yaml.
For every document the script checks, independently of pbxc's code:

  * every porting, move and order JSON validates against its published JSON Schema
    (docs/schemas/, with python-jsonschema);
  * the PDF's text (pdftotext) holds the holder's name, street and city, the losing
    provider, the account, the signatory, and every ported number (its national
    digits), and no tool name;
  * no two words of a PDF overlap (pdftotext -bbox);
  * pdftoppm renders the first page.

With --show it prints each document's text (pdftotext -layout) for reading by eye.

    python3 scripts/porting/read-as-carrier.py --pbxc .build/debug/pbxc [--show]
"""
import argparse
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parents[2]
TODAY = "2026-11-20"


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def words(pdf):
    """(x0, y0, x1, y1, text) of every word, per page."""
    html = run(["pdftotext", "-bbox", str(pdf), "-"]).stdout
    pattern = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
    return [[tuple(map(float, m.groups()[:4])) + (m.group(5),) for m in pattern.finditer(page)]
            for page in html.split("<page ")[1:]]


def overlaps(pdf):
    found = []
    for page in words(pdf):
        for i, a in enumerate(page):
            for b in page[i + 1:]:
                if min(a[2], b[2]) - max(a[0], b[0]) > 1 and min(a[3], b[3]) - max(a[1], b[1]) > 1:
                    found.append(f"{a[4]!r} over {b[4]!r}")
    return found


def national_digits(e164, country):
    """The digits a national number shows: without the country code (and with the
    trunk 0 the European countries write)."""
    code = {"NL": "31", "BE": "32", "DE": "49", "CA": "1", "US": "1"}[country]
    rest = e164.lstrip("+")[len(code):]
    return rest if code == "1" else "0" + rest


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pbxc", required=True)
    parser.add_argument("--show", action="store_true")
    options = parser.parse_args()
    pbxc = str(pathlib.Path(options.pbxc).resolve())
    schemas = {kind: json.loads((ROOT / f"docs/schemas/{name}.schema.json").read_text())
               for kind, name in [("porting", "porting"), ("moves", "move"), ("orders", "order")]}
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        repo = pathlib.Path(tmp) / "repo"
        (repo / "customers").mkdir(parents=True)
        config = (ROOT / "examples/pbxc.yaml").read_text()
        (repo / "pbxc.yaml").write_text(config.split("\n# Where device and portal passwords")[0] + "\n")
        shutil.copytree(ROOT / "examples/branding", repo / "branding")
        for request in sorted((ROOT / "scripts/porting/requests").glob("*.yaml")):
            shutil.copy(request, repo / "customers" / request.name)
        check = run([pbxc, "check", "--today", TODAY], cwd=repo)
        print(check.stderr.strip().splitlines()[-1] if check.stderr.strip() else "check: no output")
        if check.returncode != 0:
            print(check.stderr)
            return 1
        out = pathlib.Path(tmp) / "out"
        build = run([pbxc, "build", "--today", TODAY, "-o", str(out)], cwd=repo)
        if build.returncode != 0:
            print(build.stderr)
            return 1
        documents = sorted(out.glob("*/*/*.json"))
        documents = [d for d in documents if d.parent.name in schemas]
        for doc in documents:
            kind = doc.parent.name
            data = json.loads(doc.read_text())
            name = f"{doc.parent.parent.name}/{kind}/{doc.stem}"
            for error in jsonschema.Draft202012Validator(schemas[kind]).iter_errors(data):
                problems.append(f"{name}.json: {error.message}")
            pdf = doc.with_suffix(".pdf")
            text = run(["pdftotext", str(pdf), "-"]).stdout
            flat = " ".join(text.split())
            digits = re.sub(r"\D", "", text)
            expected = []
            holder = data.get("holder") or {}
            expected += [holder.get(k) for k in ("name", "street", "city")]
            expected += [data.get("losing_provider"), (data.get("contract") or {}).get("account"),
                         (data.get("signatory") or {}).get("name"), (data.get("consent") or {}).get("signed_by")]
            for value in filter(None, expected):
                if " ".join(value.split()) not in flat:
                    problems.append(f"{name}.pdf: `{value}` missing")
            for block in data.get("numbers", []):
                for key in ("first", "last"):
                    if national_digits(block[key], data["country"]) not in digits:
                        problems.append(f"{name}.pdf: number {block[key]} missing")
            if kind == "orders":
                for line in data["lines"]:
                    if line["name"] not in flat:
                        problems.append(f"{name}.pdf: product {line['name']} missing")
            if "pbxc" in flat:
                problems.append(f"{name}.pdf: names the tool")
            for overlap in overlaps(pdf):
                problems.append(f"{name}.pdf: {overlap}")
            png = pathlib.Path(tmp) / "page"
            if run(["pdftoppm", "-r", "30", "-png", "-singlefile", str(pdf), str(png)]).returncode != 0:
                problems.append(f"{name}.pdf: pdftoppm cannot render it")
            print(f"read {name}: JSON valid against {kind} schema, PDF {len(text.split())} words")
            if options.show:
                print(run(["pdftotext", "-layout", str(pdf), "-"]).stdout)
        print(f"{len(documents)} documents from {len(set(d.parent.parent.name for d in documents))} customers")
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
