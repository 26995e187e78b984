#!/usr/bin/env python3
"""Renders Mermaid diagrams with Mermaid itself, in headless Chromium.

Usage: scripts/mermaid/render.py FILE...   (each file one diagram, as pbxc writes it)

Prints one JSON document: a list with, per file, {"file", "ok", "error"} and, when it
rendered, the drawn nodes ({"id", "classes"}) and the number of edges. Exit 1 when a
diagram does not parse or render.

Mermaid 11 comes as the ES-module bundle NiceGUI ships as files (scripts/install-deps
installs the package without its dependencies; nothing else of it is used). Chromium
loads it from a server on 127.0.0.1 that lives as long as this script: module scripts
do not load from file:// pages, and headless Chromium's virtual time waits for network
loads, so the DOM is dumped only after the diagram is drawn.
"""
import functools
import html
import http.server
import importlib.metadata
import json
import os
import re
import subprocess
import sys
import tempfile
import threading

PAGE = """<!doctype html><html><head><meta charset="utf-8"></head><body>
<script type="application/json" id="src">{source}</script>
<pre id="result">pending</pre>
<script type="module">
import {{ mermaid }} from "./dist/index.js";
const out = document.getElementById("result");
try {{
  mermaid.initialize({{ startOnLoad: false, securityLevel: "strict" }});
  const src = JSON.parse(document.getElementById("src").textContent);
  await mermaid.parse(src);
  const {{ svg }} = await mermaid.render("diagram", src);
  const holder = document.createElement("div");
  holder.innerHTML = svg;
  const nodes = [...holder.querySelectorAll("g.node")].map(g => ({{ id: g.id, classes: [...g.classList] }}));
  out.textContent = JSON.stringify({{ ok: true, nodes, edges: holder.querySelectorAll(".flowchart-link").length }});
}} catch (e) {{
  out.textContent = JSON.stringify({{ ok: false, error: String((e && e.message) || e) }});
}}
</script></body></html>
"""


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def mermaid_bundle():
    folder = importlib.metadata.distribution("nicegui").locate_file("nicegui/elements/mermaid/dist")
    if not os.path.isfile(os.path.join(folder, "index.js")):
        sys.exit(f"no Mermaid bundle at {folder}: run scripts/install-deps")
    return str(folder)


def render(url, profile):
    run = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=60000",
         f"--user-data-dir={profile}", "--dump-dom", url],
        capture_output=True, text=True, timeout=180)
    found = re.search(r'<pre id="result">(.*?)</pre>', run.stdout, re.S)
    if not found:
        return {"ok": False, "error": f"no result in the page (chromium exit {run.returncode})"}
    text = html.unescape(found.group(1))
    try:
        return json.loads(text)
    except ValueError:
        return {"ok": False, "error": f"the page did not finish: {text[:200]}"}


def main(files):
    results = []
    with tempfile.TemporaryDirectory(prefix="pbxc-mermaid-") as root:
        os.symlink(mermaid_bundle(), os.path.join(root, "dist"))
        handler = functools.partial(QuietHandler, directory=root)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            for i, path in enumerate(files):
                with open(path, encoding="utf-8") as f:
                    source = json.dumps(f.read()).replace("<", "\\u003c")
                with open(os.path.join(root, f"{i}.html"), "w", encoding="utf-8") as f:
                    f.write(PAGE.format(source=source))
                result = render(f"http://127.0.0.1:{server.server_port}/{i}.html", os.path.join(root, f"profile{i}"))
                results.append({"file": path, **result})
        finally:
            server.shutdown()
    print(json.dumps(results, indent=2, sort_keys=True))
    return 0 if all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))
