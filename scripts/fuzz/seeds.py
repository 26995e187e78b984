#!/usr/bin/env python3
"""Writes the fuzz seed corpus: every example customer file (a folder's files joined),
the broken examples, and every rule's bad and good example (from `pbxc explain`)."""
import os, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
seeds = []
for folder, _, files in os.walk(os.path.join(root, "examples")):
    for name in files:
        if name.endswith(".yaml") and name != "pbxc.yaml":
            seeds.append(open(os.path.join(folder, name), encoding="utf-8").read())
pbxc = os.path.join(root, ".build", "debug", "pbxc")
if os.path.exists(pbxc):
    ids = [line.split()[0] for line in subprocess.run([pbxc, "rules"], capture_output=True, text=True).stdout.splitlines()
           if line.startswith("  ")]
    for rule in ids:
        doc = subprocess.run([pbxc, "explain", rule], capture_output=True, text=True).stdout
        for block in doc.split("```yaml")[1:]:
            seeds.append(block.split("```")[0].replace("↓", ""))
for i, seed in enumerate(seeds):
    with open(os.path.join(out, f"seed-{i:04d}.yaml"), "w", encoding="utf-8") as f:
        f.write(seed)
print(f"{len(seeds)} seeds", file=sys.stderr)
