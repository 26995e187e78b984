#!/usr/bin/env python3
"""Checks pbxc's earliest porting dates against an independent holiday calendar.

For every submission day of the chosen years and each of NL, BE, DE, CA and US, it
writes a customer with one porting request per day (wanted date = submission day,
so `porting-date` reports the earliest date), runs `pbxc check --format json`, and
compares each reported date with the same business-day count computed with the
`holidays` package from PyPI (python-holidays; `pip install holidays`). Where the two
calendars differ on purpose (docs/decisions.md), the differing days are listed with
the holiday behind them, so every disagreement is explained or shown.

    python3 scripts/porting/check-earliest-dates.py --pbxc .build/debug/pbxc --years 2025-2029
"""
import argparse, datetime, json, os, re, subprocess, sys, tempfile
import holidays

# country → (lead business days as in PortingProfiles.swift, python-holidays calendar, number)
COUNTRIES = {
    "NL": (3, lambda y: holidays.country_holidays("NL", years=y), "+31 88 765 4000"),
    "BE": (10, lambda y: holidays.country_holidays("BE", years=y), "+32 2 580 50 50"),
    "DE": (15, lambda y: holidays.country_holidays("DE", years=y), "+49 30 2345670"),
    "CA": (2, lambda y: holidays.country_holidays("CA", years=y, categories=("public", "government", "optional")),
           "+1 514 849 0100"),
    "US": (1, lambda y: holidays.country_holidays("US", years=y), "+1 212 555 0123"),
}


def customer(country, number, days):
    lines = [f"customer: {{ id: c-{country.lower()}, name: Test, country: {country} }}",
             f'numbers: ["{number}"]', f'company: {{ number: "{number}", unassigned_numbers: voicemail }}',
             "porting:"]
    for i, day in enumerate(days):
        lines += [f"  - id: p{i}", "    losing_provider: X", "    holder: { name: T, street: S, house_number: \"1\", postcode: \"1000\", city: C }",
                  f'    numbers: ["{number}"]', f"    submitted: {day}", f"    wanted_date: {day}"]
    return "\n".join(lines) + "\n"


def reference(day, lead, calendar):
    d, left = day, lead
    while left:
        d += datetime.timedelta(days=1)
        if d.weekday() < 5 and d not in calendar:
            left -= 1
    return d


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pbxc", default=".build/debug/pbxc")
    parser.add_argument("--years", default="2025-2029")
    args = parser.parse_args()
    first, last = map(int, args.years.split("-"))
    days = [datetime.date(first, 1, 1) + datetime.timedelta(days=i)
            for i in range((datetime.date(last, 12, 31) - datetime.date(first, 1, 1)).days + 1)]
    total_diff = 0
    for country, (lead, calendar_for, number) in COUNTRIES.items():
        calendar = calendar_for(range(first, last + 2))
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "c.yaml")
            with open(path, "w") as f:
                f.write(customer(country, number, days))
            out = subprocess.run([args.pbxc, "check", path, "--format", "json"], capture_output=True, text=True).stdout
        found = {}
        for d in json.loads(out)["diagnostics"]:
            m = re.search(r"earliest porting date is (\d{4}-\d\d-\d\d)", d["message"]) if d["rule"] == "porting-date" else None
            if m:
                found[d["line"]] = m.group(1)
        pbxc_dates = [found.get(6 + 6 * i + 4) for i in range(len(days))]  # line of each wanted_date
        diffs = []
        for day, ours in zip(days, pbxc_dates):
            theirs = reference(day, lead, calendar).isoformat()
            if ours != theirs:
                diffs.append((day, ours, theirs))
        reasons = {}
        for day, ours, theirs in diffs:
            lo, hi = sorted([ours or theirs, theirs])
            span = [d for d in calendar if lo <= d.isoformat() <= hi] if ours else []
            key = ", ".join(sorted({calendar.get(d) for d in span})) or "?"
            reasons.setdefault(key, []).append(day)
        print(f"{country}: {len(days)} submission days, {len(days) - len(diffs)} agree, {len(diffs)} differ")
        if country == "NL" and diffs:
            print("    (by design: pbxc follows the Algemene termijnenwet — 5 May every year, no Good Friday;"
                  " python-holidays has Good Friday, and 5 May only in lustrum years)")
        for reason, ds in sorted(reasons.items()):
            print(f"    {len(ds):4} around: {reason} (e.g. submitted {ds[0]})")
        total_diff += len(diffs)
    sys.exit(0)


if __name__ == "__main__":
    main()
