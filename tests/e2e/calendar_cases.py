"""Missions whose items sit on the edges where calendars go wrong.

Summer and winter time, the days clocks change (both directions, both
hemispheres, a half-hour change at Lord Howe), zones without DST (Taipei,
Kolkata at +05:30, Kathmandu at +05:45), a flight Amsterdam → Taipei that ends
in another zone, the second pass through an autumn hour, all-day items, and a
year beyond 2038.
"""

from __future__ import annotations

PERSONS = [
    {"ref": "cal-officer", "name": "Jeroen Bakker", "staff": True,
     "email": "j.bakker@example.org"},
    {"ref": "cal-alderman", "name": "Anna de Wit", "staff": True},
    {"ref": "cal-guest", "name": "林美玲", "latin_name": "Lin Mei-ling",
     "email": "mei-ling.lin@example.tw"},
]

VENUES = [
    {"ref": "cal-stadhuis", "name": {"nl": "Stadhuis Almere", "en": "Almere City Hall"},
     "address": "Stadhuisplein 1, 1315 HR", "city": "Almere", "country": "NL",
     "timezone": "Europe/Amsterdam", "lat": 52.3708, "lon": 5.2189},
    {"ref": "cal-schiphol", "name": "Amsterdam Airport Schiphol", "city": "Haarlemmermeer",
     "country": "NL", "timezone": "Europe/Amsterdam", "lat": 52.3105, "lon": 4.7683},
    {"ref": "cal-taoyuan", "name": "Taoyuan International Airport", "city": "Taoyuan",
     "country": "TW", "timezone": "Asia/Taipei", "lat": 25.0797, "lon": 121.2342},
]


def _item(ref, start, end, tz, **extra):
    return {"ref": ref, "title": {"en": ref.replace("-", " "), "nl": f"NL {ref}"},
            "start": start, "end": end, "timezone": tz, "status": "confirmed", **extra}


#: (ref, start, end, zone, extra): local times as the exchange format writes them
ITEMS = [
    # Amsterdam: winter, summer, both changes of 2022
    _item("ams-winter", "2022-01-15T09:30", "2022-01-15T10:30", "Europe/Amsterdam"),
    _item("ams-summer", "2022-07-01T09:30", "2022-07-01T10:30", "Europe/Amsterdam"),
    _item("ams-spring-across", "2022-03-27T01:30", "2022-03-27T03:30", "Europe/Amsterdam"),
    _item("ams-spring-after", "2022-03-27T03:00", "2022-03-27T04:00", "Europe/Amsterdam"),
    _item("ams-spring-morning", "2022-03-27T09:30", "2022-03-27T10:30", "Europe/Amsterdam"),
    _item("ams-autumn-first", "2022-10-30T02:15+02:00", "2022-10-30T02:45+02:00",
          "Europe/Amsterdam"),
    _item("ams-autumn-second", "2022-10-30T02:15+01:00", "2022-10-30T02:45+01:00",
          "Europe/Amsterdam"),
    _item("ams-autumn-across", "2022-10-30T01:30", "2022-10-30T03:30", "Europe/Amsterdam"),
    _item("ams-autumn-morning", "2022-10-30T09:30", "2022-10-30T10:30", "Europe/Amsterdam"),
    # Toronto: 13 March and 6 November 2022
    _item("yyz-spring", "2022-03-13T01:30", "2022-03-13T03:30", "America/Toronto"),
    _item("yyz-spring-morning", "2022-03-13T09:00", "2022-03-13T10:00", "America/Toronto"),
    _item("yyz-autumn-first", "2022-11-06T01:10-04:00", "2022-11-06T01:50-04:00",
          "America/Toronto"),
    _item("yyz-autumn-second", "2022-11-06T01:10-05:00", "2022-11-06T01:50-05:00",
          "America/Toronto"),
    _item("yyz-winter", "2022-12-05T14:00", "2022-12-05T15:00", "America/Toronto"),
    # Sydney: summer time ends 3 April and begins 2 October 2022 (southern hemisphere)
    _item("syd-summer", "2022-01-20T10:00", "2022-01-20T11:00", "Australia/Sydney"),
    _item("syd-ends", "2022-04-03T01:30", "2022-04-03T03:30", "Australia/Sydney"),
    _item("syd-ends-second", "2022-04-03T02:20+10:00", "2022-04-03T02:40+10:00",
          "Australia/Sydney"),
    _item("syd-begins", "2022-10-02T01:30", "2022-10-02T03:30", "Australia/Sydney"),
    _item("syd-winter", "2022-07-14T10:00", "2022-07-14T11:00", "Australia/Sydney"),
    # Lord Howe moves its clocks by half an hour
    _item("lhi-begins", "2022-10-02T01:00", "2022-10-02T03:00", "Australia/Lord_Howe"),
    # no DST at all
    _item("tpe-meeting", "2022-04-20T09:30", "2022-04-20T11:00", "Asia/Taipei"),
    _item("del-meeting", "2022-03-27T09:30", "2022-03-27T11:00", "Asia/Kolkata"),
    _item("ktm-meeting", "2022-10-30T09:30", "2022-10-30T11:00", "Asia/Kathmandu"),
    # a flight that ends in another zone than it starts
    _item("flight-ams-tpe", "2022-04-18T21:30", "2022-04-19T16:05", "Europe/Amsterdam",
          end_timezone="Asia/Taipei", kind="travel", venue="cal-schiphol",
          to_venue="cal-taoyuan"),
    # all-day items: DATE values with an exclusive end, across a change of clocks too
    _item("ams-allday", "2022-04-21", "2022-04-21", "Europe/Amsterdam", all_day=True),
    _item("ams-allday-dst", "2022-10-29", "2022-10-31", "Europe/Amsterdam", all_day=True),
    _item("syd-allday", "2022-10-02", "2022-10-02", "Australia/Sydney", all_day=True),
    # beyond 2038, where 32-bit zone tables stop
    _item("ams-2041", "2041-07-01T09:30", "2041-07-01T10:30", "Europe/Amsterdam"),
]


def document(items=None, ref="CAL-EDGES") -> dict:
    return {
        "format": "almere-missions/1",
        "persons": PERSONS,
        "venues": VENUES,
        "missions": [{
            "ref": ref, "direction": "outgoing",
            "title": {"en": "Calendar edge cases", "nl": "Randgevallen agenda"},
            "start": "2022-01-01", "end": "2041-12-31", "timezone": "Europe/Amsterdam",
            "countries": ["TW", "CA", "AU", "IN", "NP"],
            "participants": [{"person": "cal-officer", "role": "staff"},
                             {"person": "cal-alderman", "role": "host"},
                             {"person": "cal-guest", "role": "delegation_leader"}],
            "programme": ITEMS if items is None else items,
        }],
    }
