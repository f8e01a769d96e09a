// Parse an .ics file with ical.js and print its events as JSON, for
// calendar/ical_external_test.go. Times use the file's own VTIMEZONE
// (registered with ICAL.TimezoneService); repeats use ical.js's iterator,
// which leaves out EXDATEs, and changed single occurrences (VEVENTs with
// the series' UID and a RECURRENCE-ID) are tied to their series with
// relateException, so getOccurrenceDetails gives each occurrence's own
// times, status and description.
//
// Usage: node check_ics.mjs FILE.ics [WINDOW_END_YYYY-MM-DD]
import fs from 'node:fs';
import ICAL from 'ical.js';

const MAX_OCCURRENCES = 60;
const [file, windowEnd = '2027-01-01'] = process.argv.slice(2);
const cal = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')));

const timezones = [];
for (const vtz of cal.getAllSubcomponents('vtimezone')) {
  const tz = new ICAL.Timezone(vtz);
  ICAL.TimezoneService.register(tz.tzid, tz);
  timezones.push(tz.tzid);
}

const pad = (n) => String(n).padStart(2, '0');
function iso(t) {
  const off = t.utcOffset(); // seconds east of UTC, from the VTIMEZONE
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}` +
    `${sign}${pad(Math.floor(a / 3600))}:${pad(Math.floor(a % 3600 / 60))}`;
}

const all = cal.getAllSubcomponents('vevent');
const masters = all.filter((ve) => !ve.hasProperty('recurrence-id'));
const events = [];
for (const ve of masters) {
  const ev = new ICAL.Event(ve);
  for (const ex of all) {
    if (ex.hasProperty('recurrence-id') && ex.getFirstPropertyValue('uid') === ev.uid) {
      ev.relateException(ex);
    }
  }
  const [y, m, d] = windowEnd.split('-').map(Number);
  const limit = ICAL.Time.fromData({ year: y, month: m, day: d, hour: 0, minute: 0, second: 0 }, ev.startDate.zone);
  const occurrences = [];
  const occurrence = (item, start, end, original) => ({
    start: iso(start), end: iso(end), original: iso(original),
    status: item.component.getFirstPropertyValue('status') || '',
    tavlen: item.component.getFirstPropertyValue('x-tavlen-status') || '',
    description: item.description || '',
  });
  if (ev.isRecurring()) {
    const it = ev.iterator();
    for (let next = it.next(); next && occurrences.length < MAX_OCCURRENCES; next = it.next()) {
      if (next.compare(limit) >= 0) break;
      const d = ev.getOccurrenceDetails(next);
      occurrences.push(occurrence(d.item, d.startDate, d.endDate, d.recurrenceId));
    }
    occurrences.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  } else {
    occurrences.push(occurrence(ev, ev.startDate, ev.endDate, ev.startDate));
  }
  const rrule = ve.getFirstPropertyValue('rrule');
  events.push({
    uid: ev.uid,
    summary: ev.summary || '',
    location: ev.location || '',
    description: ev.description || '',
    status: ve.getFirstPropertyValue('status') || '',
    tzid: ev.startDate.zone ? ev.startDate.zone.tzid : '',
    rrule: rrule ? rrule.toString() : '',
    attendees: ev.attendees.map((a) => a.getParameter('cn') || ''),
    occurrences,
  });
}
process.stdout.write(JSON.stringify({
  prodid: cal.getFirstPropertyValue('prodid'),
  version: cal.getFirstPropertyValue('version'),
  timezones,
  events,
}, null, 1));
