#!/usr/bin/python3
"""Parse an .ics file with python3-icalendar and print its events as JSON.

Used by calendar/ical_external_test.go to check Tavlen's export with an
independent parser. Times are computed with the file's own VTIMEZONE
(icalendar's Timezone.to_tz) and cross-checked against pytz; repeat rules
are expanded with dateutil in wall-clock time, as RFC 5545 says. Changed
single occurrences are applied by hand: an EXDATE leaves its occurrence
out, and a VEVENT with the series' UID and a RECURRENCE-ID replaces the
occurrence that starts at that instant (its own times, status,
description). Each occurrence lists its status and description.

Usage: /usr/bin/python3 check_ics.py FILE.ics [WINDOW_END_YYYYMMDD]
"""
import datetime
import json
import sys

import pytz
from dateutil.rrule import rrulestr
from icalendar import Calendar

MAX_OCCURRENCES = 60


def main():
    path = sys.argv[1]
    window_end = sys.argv[2] if len(sys.argv) > 2 else "20270101"
    with open(path, "rb") as f:
        cal = Calendar.from_ical(f.read())

    zones = {}
    for tz in cal.walk("VTIMEZONE"):
        zones[str(tz["TZID"])] = tz.to_tz()

    out = {"prodid": str(cal.get("PRODID")), "version": str(cal.get("VERSION")),
           "timezones": sorted(zones), "events": []}
    events = cal.walk("VEVENT")
    overrides = {}  # UID -> [(UTC instant of RECURRENCE-ID, VEVENT)]
    for ev in events:
        if "RECURRENCE-ID" in ev:
            rid = ev.decoded("RECURRENCE-ID")
            overrides.setdefault(str(ev["UID"]), []).append((rid.astimezone(pytz.utc), ev))

    def times(ev):
        start, end = ev.decoded("DTSTART"), ev.decoded("DTEND")
        zone = zones[ev["DTSTART"].params.get("TZID")]
        s = zone.localize(start.replace(tzinfo=None))
        e = zones[ev["DTEND"].params.get("TZID")].localize(end.replace(tzinfo=None))
        return s, e

    for ev in events:
        if "RECURRENCE-ID" in ev:
            continue
        start_prop, end_prop = ev["DTSTART"], ev["DTEND"]
        tzid = start_prop.params.get("TZID")
        zone = zones[tzid]  # a KeyError here means a TZID without VTIMEZONE
        start = ev.decoded("DTSTART")
        end = ev.decoded("DTEND")
        wall_start = start.replace(tzinfo=None)
        length = end.replace(tzinfo=None) - wall_start
        end_zone = zones[end_prop.params.get("TZID")]
        end_check = end_zone.localize(end.replace(tzinfo=None))
        if end_check != end:
            raise SystemExit("DTEND differs between VTIMEZONE and pytz: %s %s" % (end_check, end))

        rrule = ev.get("RRULE")
        rrule_text = rrule.to_ical().decode() if rrule is not None else ""
        limit = zone.localize(datetime.datetime.strptime(window_end, "%Y%m%d"))
        walls = [wall_start]
        if rrule_text:
            # Expand in wall-clock time; UNTIL (UTC) becomes wall-clock too.
            parts = []
            for part in rrule_text.split(";"):
                if part.startswith("UNTIL="):
                    until = datetime.datetime.strptime(part[6:], "%Y%m%dT%H%M%SZ").replace(tzinfo=pytz.utc)
                    part = "UNTIL=" + until.astimezone(zone).strftime("%Y%m%dT%H%M%S")
                parts.append(part)
            rule = rrulestr(";".join(parts), dtstart=wall_start)
            walls = []
            for w in rule:
                if zone.localize(w) >= limit or len(walls) >= MAX_OCCURRENCES:
                    break
                walls.append(w)

        exdates = set()
        exdate = ev.get("EXDATE")
        for prop in exdate if isinstance(exdate, list) else [exdate] if exdate is not None else []:
            for d in prop.dts:
                exdates.add(d.dt.astimezone(pytz.utc))
        mine = dict(overrides.get(str(ev["UID"]), []))

        occurrences = []
        used = set()
        for w in walls:
            s = zone.localize(w)
            # The same instant from pytz's own database: our VTIMEZONE must agree.
            ref = pytz.timezone("Europe/Copenhagen").localize(w)
            if s != ref or s.utcoffset() != ref.utcoffset():
                raise SystemExit("VTIMEZONE and pytz disagree at %s: %s vs %s" % (w, s, ref))
            key = s.astimezone(pytz.utc)
            if key in exdates:
                continue
            item = ev
            e = (s.astimezone(pytz.utc) + length).astimezone(zone)
            if key in mine:
                item = mine[key]
                used.add(key)
                s, e = times(item)
            occurrences.append({"start": s.isoformat(), "end": e.isoformat(), "original": key.astimezone(zone).isoformat(),
                                "status": str(item.get("STATUS", "")), "tavlen": str(item.get("X-TAVLEN-STATUS", "")),
                                "description": str(item.get("DESCRIPTION", ""))})
        if set(mine) - used:
            raise SystemExit("RECURRENCE-ID of %s matches no occurrence: %s" % (ev["UID"], sorted(set(mine) - used)))
        occurrences.sort(key=lambda o: datetime.datetime.fromisoformat(o["start"]))

        attendees = ev.get("ATTENDEE", [])
        if not isinstance(attendees, list):
            attendees = [attendees]
        out["events"].append({
            "uid": str(ev["UID"]),
            "summary": str(ev.get("SUMMARY", "")),
            "location": str(ev.get("LOCATION", "")),
            "description": str(ev.get("DESCRIPTION", "")),
            "status": str(ev.get("STATUS", "")),
            "tzid": tzid,
            "rrule": rrule_text,
            "attendees": [str(a.params.get("CN", "")) for a in attendees],
            "occurrences": occurrences,
        })
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
