#!/usr/bin/env python3
"""Checks pbxc's verdicts on IBANs, VAT ids, KvK numbers and postcodes against an
independent implementation: python-stdnum from PyPI (`pip install python-stdnum`).

It generates values — valid ones built with the standards' own arithmetic and
near misses (one digit changed, two swapped, a character added or dropped) —
writes them into orders of one customer, runs `pbxc check --format json`, and
compares each verdict with stdnum's. Postcodes of BE and DE, and KvK numbers, which
stdnum does not cover, are compared with the published rules as regular expressions.

    python3 scripts/orders/check-identifiers.py --pbxc .build/debug/pbxc --count 400
"""
import argparse, json, os, random, re, subprocess, tempfile
from stdnum import iban as std_iban
from stdnum.nl import btw, postcode as nl_postcode
from stdnum.be import vat as be_vat
from stdnum.de import vat as de_vat


def mutate(value, rng):
    chars = list(value)
    digits = [i for i, c in enumerate(chars) if c.isdigit()]
    kind = rng.randrange(4)
    if kind == 0 and digits:
        i = rng.choice(digits); chars[i] = str((int(chars[i]) + rng.randrange(1, 10)) % 10)
    elif kind == 1 and len(digits) > 1:
        i = rng.choice(digits[:-1]); j = digits[digits.index(i) + 1]; chars[i], chars[j] = chars[j], chars[i]
    elif kind == 2:
        chars.insert(rng.randrange(2, len(chars)), str(rng.randrange(10)))
    else:
        del chars[rng.randrange(2, len(chars))]
    return "".join(chars)


def nl_vat(rng):
    while True:
        d = [rng.randrange(10) for _ in range(8)]
        check = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if check < 10:
            return "NL" + "".join(map(str, d + [check])) + "B" + "%02d" % rng.randrange(1, 100)


def be_vat_gen(rng):
    first = rng.randrange(0, 20000000) + (rng.randrange(2) * 100000000)
    body = "%09d" % first
    return "BE0" + body[1:] if len(body) > 9 else "BE" + "%08d" % first + "%02d" % (97 - first % 97)


def de_vat_gen(rng):
    d = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(7)]
    p = 10
    for x in d:
        s = (x + p) % 10 or 10
        p = (2 * s) % 11
    return "DE" + "".join(map(str, d)) + str((11 - p) % 10)


def iban_gen(rng):
    country, bban = rng.choice([("NL", lambda: "ABNA" + "%010d" % rng.randrange(10**10)),
                                ("BE", lambda: "%012d" % rng.randrange(10**12)),
                                ("DE", lambda: "%018d" % rng.randrange(10**18))])
    b = bban()
    check = 98 - int("".join(str(int(c, 36)) for c in b + country + "00")) % 97
    return "%s%02d%s" % (country, check, b)


def postcode_gen(rng, country):
    if country == "NL":
        return "%d%03d%s" % (rng.randrange(1, 10), rng.randrange(1000), "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)))
    return "%04d" % rng.randrange(1000, 10000) if country == "BE" else "%05d" % rng.randrange(100000)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pbxc", default=".build/debug/pbxc")
    parser.add_argument("--count", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    cases = []  # (field, country, value, oracle verdict)
    for _ in range(args.count):
        for gen, oracle in [(nl_vat, btw.is_valid), (be_vat_gen, be_vat.is_valid), (de_vat_gen, de_vat.is_valid)]:
            v = gen(rng)
            for value in (v, mutate(v, rng)):
                cases.append(("vat", "NL", value, oracle(value)))
        v = iban_gen(rng)
        for value in (v, mutate(v, rng)):
            cases.append(("iban", "NL", value, std_iban.is_valid(value, check_country=False)))
        for country, oracle in [("NL", lambda x: nl_postcode.is_valid(x)),
                                ("BE", lambda x: re.fullmatch(r"[1-9]\d{3}", x) is not None),
                                ("DE", lambda x: re.fullmatch(r"\d{5}", x) is not None)]:
            v = postcode_gen(rng, country)
            for value in (v, mutate(v, rng) if len(v) > 3 else v):
                cases.append(("postcode", country, value, oracle(value)))
        k = "%08d" % rng.randrange(10**8)
        for value in (k, mutate(k, rng)):
            cases.append(("kvk", "NL", value, re.fullmatch(r"\d{8}", value) is not None))

    lines = ["customer: { id: c, name: C, country: NL }", 'numbers: ["+31 88 765 4000"]',
             'company: { number: "+31887654000", unassigned_numbers: voicemail }', "orders:"]
    where = {}
    for i, (field, country, value, _) in enumerate(cases):
        lines.append(f"  - id: o{i}")
        lines.append("    lines: [{ product: connection-fee }]")
        if field == "postcode":
            lines.append(f'    address: {{ postcode: "{value}", country: {country} }}')
        else:
            lines.append(f'    billing: {{ {field}: "{value}" }}')
        where[len(lines)] = i
    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, "pbxc.yaml"), "w") as f:
            f.write("catalog:\n  - { code: connection-fee, one_off: 25.00 }\n")
        os.mkdir(os.path.join(folder, "customers"))
        with open(os.path.join(folder, "customers", "c.yaml"), "w") as f:
            f.write("\n".join(lines) + "\n")
        out = subprocess.run([args.pbxc, "check", folder, "--format", "json"], capture_output=True, text=True).stdout
    refused = {where[d["line"]] for d in json.loads(out)["diagnostics"]
               if d["rule"] in ("vat-number", "iban", "postcode", "kvk-number") and d["line"] in where}
    by_field = {}
    for i, (field, country, value, oracle) in enumerate(cases):
        ours = i not in refused
        stats = by_field.setdefault(field, [0, 0, []])
        stats[0] += 1
        if ours != oracle:
            stats[1] += 1
            stats[2].append((country, value, ours, oracle))
    for field, (total, differ, examples) in sorted(by_field.items()):
        valid = sum(1 for c in cases if c[0] == field and c[3])
        print(f"{field}: {total} values ({valid} valid per the oracle), {total - differ} agree, {differ} differ")
        if field == "vat" and differ:
            print("    (by design: pbxc wants the 9 digits of a Dutch VAT id written out; stdnum pads a"
                  " shorter one with leading zeros, so a dropped digit can pass there)")
        for country, value, ours, oracle in examples[:5]:
            print(f"    {country} {value}: pbxc {'accepts' if ours else 'refuses'}, oracle {'accepts' if oracle else 'refuses'}")


if __name__ == "__main__":
    main()
