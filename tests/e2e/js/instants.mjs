// Read an .ics file the way Thunderbird does (ical.js), registering every
// VTIMEZONE found in it, and print each event's UID with its UTC start and end
// as JSON: {"events": [{"uid", "start", "end", "date", "start_zone", "end_zone", ...}]}.
// Times are computed from the VTIMEZONE bodies, never from the zone names.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const file = process.argv[2];
const root = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
// ical.js ships UTC and floating only; drop anything left from another file.
for (const vtz of root.getAllSubcomponents("vtimezone")) {
  const tz = new ICAL.Timezone(vtz);
  if (ICAL.TimezoneService.has(tz.tzid)) ICAL.TimezoneService.remove(tz.tzid);
  ICAL.TimezoneService.register(tz);
}

function instant(t) {
  if (t.isDate) return t.toString(); // YYYY-MM-DD: a floating day
  return new Date(t.toUnixTime() * 1000).toISOString().replace(".000Z", "Z");
}

const events = root.getAllSubcomponents("vevent").map((vevent) => {
  const ev = new ICAL.Event(vevent);
  return {
    uid: ev.uid,
    start: instant(ev.startDate),
    end: instant(ev.endDate),
    date: ev.startDate.isDate,
    start_zone: ev.startDate.zone ? ev.startDate.zone.tzid : null,
    end_zone: ev.endDate.zone ? ev.endDate.zone.tzid : null,
    sequence: ev.sequence,
    status: vevent.getFirstPropertyValue("status"),
    summary: ev.summary,
  };
});
const calendar = {
  method: root.getFirstPropertyValue("method"),
  name: root.getFirstPropertyValue("x-wr-calname"),
  zones: root.getAllSubcomponents("vtimezone").map((v) => v.getFirstPropertyValue("tzid")),
};
process.stdout.write(JSON.stringify({ calendar, events }) + "\n");
