#!/usr/bin/env python3
"""The public holidays python-holidays (https://pypi.org/project/holidays/) gives for
pbxc calendar codes, as JSON: {"CODE": {"YYYY-MM-DD": "name", ...}, ...}.

The office-closing calendars of pbxc are checked against it (Tests/DomainTests/
OfficeCalendarReferenceTests). Usage: reference.py FIRST_YEAR LAST_YEAR CODE...
where CODE is NL, BE, DE, DE-BY, CA, CA-ON, US, ...
"""
import json
import sys

import holidays


def calendar(code, years):
    country, _, subdivision = code.partition("-")
    days = holidays.country_holidays(country, subdiv=subdivision or None, years=years)
    return {d.isoformat(): name for d, name in sorted(days.items())}


def main():
    first, last, *codes = sys.argv[1:]
    years = range(int(first), int(last) + 1)
    json.dump({code: calendar(code, years) for code in codes}, sys.stdout, indent=0, sort_keys=True)


if __name__ == "__main__":
    main()
