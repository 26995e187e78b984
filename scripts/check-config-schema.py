#!/usr/bin/env python3
"""Validates YAML files against a JSON Schema with python-jsonschema, as an editor
(yaml-language-server) would: YAML 1.2, every document of a file.

usage: scripts/check-config-schema.py [--schema SCHEMA | --modeline] FILE...

--schema validates every file against SCHEMA; --modeline validates each file against
the schema its `# yaml-language-server: $schema=PATH` line names (relative to the
file). Prints one JSON object: for each file, a list of errors in file order, each
with the document index, the JSON path of the value, the failing keyword (`additionalProperties`,
`pattern`, `enum`, `propertyNames` for a name that does not fit, …; inside `anyOf` the
branch that fits the value's type), the
validator's message and the 1-based line and column of the offending key or value.
Exit status 0 when every file is valid, 1 otherwise, 2 on a usage error.
"""
import argparse, datetime, io, json, os, re, sys

import jsonschema
from ruamel.yaml import YAML

MODELINE = re.compile(r"^#\s*yaml-language-server:\s*\$schema=(\S+)\s*$", re.M)


def plain(value):
    """The data as a YAML 1.2 editor sees it: dates stay text."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def position(tree, path, key=None):
    """1-based (line, column) of the node at `path` in the round-trip tree, or of
    `key` inside the mapping at `path`."""
    parent, node, last = None, tree, None
    for step in path:
        parent, last = node, step
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            return None
    try:
        if key is not None and hasattr(node, "lc"):
            line, col = node.lc.key(key)
        elif parent is None:
            line, col = 0, 0
        elif isinstance(last, int):
            line, col = parent.lc.item(last)
        else:
            line, col = parent.lc.value(last)
        return line + 1, col + 1
    except (KeyError, IndexError, AttributeError, TypeError):
        return None


def leaf(error):
    """The error that says why: inside anyOf/oneOf, the branch whose failure is not
    merely the value's type (the branch meant for this kind of value), deepest first."""
    while error.validator in ("anyOf", "oneOf", "allOf") and error.context:
        better = [e for e in error.context if e.validator != "type"] or list(error.context)
        error = max(better, key=lambda e: len(e.absolute_path))
    return error


def report(error, tree, document):
    error = leaf(error)
    path = list(error.absolute_path)
    keyword = error.validator
    if error.validator == "additionalProperties":
        allowed = set(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in allowed]
        where = position(tree, path, extra[0]) if extra else None
        path = path + extra[:1]
    elif "propertyNames" in error.absolute_schema_path:
        # A name that does not fit: the validator says which rule of `propertyNames`
        # failed (`pattern`); what fails is the name, so it is reported as such.
        where = position(tree, path, error.instance)
        path = path + [error.instance]
        keyword = "propertyNames"
    else:
        where = position(tree, path)
    return {"document": document, "path": [str(step) for step in path], "keyword": keyword, "message": error.message,
            "line": where[0] if where else None, "column": where[1] if where else None}


def check(schema, text):
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    data = list(YAML(typ="safe", pure=True).load_all(text))
    trees = list(YAML().load_all(text))
    errors = []
    for n, (document, tree) in enumerate(zip(data, trees)):
        errors += [report(error, tree, n) for error in validator.iter_errors(plain(document))]
    return sorted(errors, key=lambda e: (e["document"], e["line"] or 0, e["column"] or 0, e["path"]))


def main():
    ap = argparse.ArgumentParser()
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--schema")
    group.add_argument("--modeline", action="store_true")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    results, ok = {}, True
    for name in args.files:
        with open(name, encoding="utf-8") as f:
            text = f.read()
        schema_path = args.schema
        if args.modeline:
            match = MODELINE.search(text)
            if not match:
                results[name] = [{"keyword": "modeline", "message": "no `# yaml-language-server: $schema=` line"}]
                ok = False
                continue
            schema_path = os.path.join(os.path.dirname(name), match.group(1))
        try:
            with open(schema_path, encoding="utf-8") as f:
                schema = json.load(f)
            results[name] = check(schema, text)
        except OSError as e:
            results[name] = [{"keyword": "schema", "message": f"cannot read the schema: {e}"}]
        except Exception as e:  # a YAML syntax error: the editor shows it too, as such
            results[name] = [{"keyword": "yaml", "message": str(e).splitlines()[0]}]
        ok = ok and not results[name]
    json.dump(results, sys.stdout, indent=1, sort_keys=True)
    print()
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
