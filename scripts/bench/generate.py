#!/usr/bin/env python3
"""Writes a large, realistic pbxc repository for benchmarks.

usage: generate.py OUT_DIR --customers N [--users M] [--seed S] [--documents]

Every customer holds a DDI-100 block, has users (some with direct numbers,
voicemail, forwards), desk phones of several vendors with BLF keys, hunt groups,
an IVR menu and schedules; one in three is a folder of files, the rest single
files. With --documents every customer also files a porting request for its block
(a PDF and a JSON per customer; one holder in ten has Polish letters, one in
twenty a Chinese city name). The output checks clean, so the benchmark measures the happy path that a
pre-commit hook and CI run on every change.
"""
import argparse, os, random, wave

FIRST = ["Jan", "Piet", "Anna", "Eva", "Sophie", "Lucas", "Emma", "Daan", "Noah", "Lotte", "Sem", "Julia",
         "Finn", "Tess", "Milan", "Sara", "Bram", "Lisa", "Thomas", "Fleur"]
LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos",
        "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker"]
MODELS = ["yealink-t54w", "yealink-t46u", "snom-d785", "snom-d735", "poly-vvx450", "grandstream-grp2614",
          "fanvil-x6u", "cisco-8851"]


HOLDERS = ["Klant {i} B.V.", "Łódź Handel {i} sp. z o.o.", "Klant {i} 東京 B.V."]


def porting(i, num):
    holder = HOLDERS[2 if i % 20 == 7 else 1 if i % 10 == 3 else 0].format(i=i)
    return ["porting:",
            f"  - id: port-{i:05d}",
            "    losing_provider: KPN",
            f"    contract: {{ account: \"K-{i:07d}\", handling: end_at_term }}",
            f"    holder: {{ name: \"{holder}\", street: Stationsplein, house_number: \"{1 + i % 200}\", "
            "postcode: 3511ED, city: Utrecht }",
            f"    signatory: {{ name: Jan de Vries, email: jan@cust-{i:05d}.example }}",
            f"    numbers: [\"{num(0)} - {num(99)}\"]",
            f"    held_at_provider: [\"{num(0)} - {num(99)}\"]",
            "    submitted: 2026-11-30",
            "    wanted_date: 2026-12-21",
            "    status: draft"]


def customer(i, users, rng, mac_counter, documents=False):
    cid = f"cust-{i:05d}"
    base = 1_000_000 + i * 100  # +31 88 1xx xx00 … 99: a DDI-100 block per customer
    num = lambda k: f"+31 88 {str(base + k)[:3]} {str(base + k)[3:]}"
    head = [
        "version: 1",
        f"customer: {{ id: {cid}, name: \"Klant {i} B.V.\", country: NL, timezone: Europe/Amsterdam, language: nl }}",
        "numbers:",
        f"  - \"{num(0)} - {num(99)}\"",
        "company:",
        f"  number: \"{num(0)}\"",
        "  show_name: true",
        "  caller_id: company",
        "  block_outbound: [\"0900\", \"0906\", \"0909\"]",
        "  voicemail: { extension: \"999\", greeting: greetings/closed.wav, allow_messages: false }",
        "  night_mode: { mode: auto, office_hours: office-hours, holidays: closed-days, to: voicemail }",
        "  unassigned_numbers: main",
        "schedules:",
        "  office-hours:",
        "    hours:",
        "      mon-fri: \"08:30-17:30\"",
        "      sat: '10:00-12:00, 13:00-16:00'",
        "  closed-days:",
        "    holidays: NL",
        "    dates: [\"2026-12-24\", \"2026-12-31\"]",
    ]
    body = ["users:"]
    ids = []
    for u in range(users):
        uid = f"u{u:03d}"
        ids.append(uid)
        first, last = rng.choice(FIRST), rng.choice(LAST)
        body += [f"  - id: {uid}", f"    name: {first} {last}", f"    extension: \"{200 + u}\"",
                 f"    email: {uid}@{cid}.example"]
        if u % 2 == 0 and u < 90:
            body.append(f"    number: \"{num(10 + u)}\"")
        if u % 3 == 0:
            body += ["    voicemail:", "      when: [busy, no_answer]", "      rings: 5"]
        if u % 4 == 0:
            body += ["    forward:", f"      unreachable: \"+3161{rng.randrange(10**6, 10**7)}\""]
        if u % 5 == 0:
            mac_counter[0] += 1
            m = mac_counter[0]
            body += ["    devices:",
                     f"      - model: {MODELS[m % len(MODELS)]}",
                     f"        mac: \"80:5E:C0:{(m >> 16) & 255:02X}:{(m >> 8) & 255:02X}:{m & 255:02X}\"",
                     "        password: generate",
                     f"        keys: [{{ type: blf, target: u000 }}, {{ type: speed_dial, target: \"{num(0)}\", label: Hoofdnummer }}]"]
    # Members and menu targets are users with a phone (every fifth): a member without
    # one rings nobody (`target-without-device`).
    phones = ids[::5]
    groups = ["hunt_groups:",
              "  - id: sales", "    name: Verkoop", "    extension: \"101\"", "    policy: circular",
              f"    members: [{', '.join(phones[:4])}]", "    next_member_after_rings: 4",
              "    overflow: { after_seconds: 30, to: voicemail }",
              "  - id: support", "    extension: \"102\"", f"    number: \"{num(99)}\"", "    policy: simultaneous",
              f"    members: [{', '.join(phones[4:8] or phones[:1])}]",
              "    overflow: { after_seconds: 45, to: voicemail }",
              "ivr_menus:",
              "  - id: main", "    extension: \"555\"", f"    number: \"{num(1)}\"",
              "    office_hours: office-hours", "    holidays: closed-days",
              "    open:", "      greeting: greetings/welcome.wav",
              "      options: { \"1\": sales, \"2\": { to: support, announce: true }, \"9\": u000, \"0\": repeat }",
              "      reception: u000", "      timeout_seconds: 10",
              "    closed: { to: voicemail }"]
    if documents:
        groups += porting(i, num)
    return cid, head, body, groups


def write_greetings(folder):
    """The greetings the customers name, beside the YAML files that name them (a second
    of silence each: `greeting-file` only asks that they exist)."""
    os.makedirs(os.path.join(folder, "greetings"), exist_ok=True)
    for name in ("welcome.wav", "closed.wav"):
        with wave.open(os.path.join(folder, "greetings", name), "wb") as w:
            w.setnchannels(1), w.setsampwidth(2), w.setframerate(8000)
            w.writeframes(b"\0\0" * 8000)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--customers", type=int, required=True)
    ap.add_argument("--users", type=int, default=25)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--documents", action="store_true", help="a porting request (PDF and JSON) per customer")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(os.path.join(args.out, "customers"), exist_ok=True)
    with open(os.path.join(args.out, "pbxc.yaml"), "w") as f:
        f.write("version: 1\ndefaults: { country: NL, timezone: Europe/Amsterdam, language: nl }\n"
                "platform: { sip_domain: sip.bench.example, provisioning_url: \"https://prov.bench.example/\" }\n")
        if args.documents:
            f.write("partner: { id: \"050613\", name: Bench Telecom B.V., email: support@bench.example }\n")
    write_greetings(os.path.join(args.out, "customers"))
    mac_counter = [0]
    for i in range(args.customers):
        cid, head, body, groups = customer(i, args.users, rng, mac_counter, args.documents)
        if i % 3 == 0:
            folder = os.path.join(args.out, "customers", cid)
            os.makedirs(folder, exist_ok=True)
            write_greetings(folder)
            for name, lines in (("customer.yaml", head), ("users.yaml", body), ("routing.yaml", groups)):
                with open(os.path.join(folder, name), "w") as f:
                    f.write("\n".join(lines) + "\n")
        else:
            with open(os.path.join(args.out, "customers", cid + ".yaml"), "w") as f:
                f.write("\n".join(head + body + groups) + "\n")


if __name__ == "__main__":
    main()
