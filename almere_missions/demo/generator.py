"""A deterministic generator of exchange documents.

``demo_season()`` is the Floriade Expo 2022 season the desktop program offers
on first start (stored as ``resources/demo/floriade-2022.json``);
``scaled_document(n)`` makes N missions for the benchmarks. Both use only a
seeded ``random.Random``, so the same seed gives the same file.

    python -m almere_missions.demo.generator --out resources/demo/floriade-2022.json
    python -m almere_missions.demo.generator --scaled 10000 --out scaled.json
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from almere_missions.demo.names import CULTURES, LATIN
from almere_missions.fileio import atomic_write_text

EXPO_START, EXPO_END = date(2022, 4, 14), date(2022, 10, 9)
AMS = "Europe/Amsterdam"

VENUES = [
    {"ref": "stadhuis", "name": {"nl": "Stadhuis Almere", "en": "Almere City Hall"},
     "address": "Stadhuisplein 1, 1315 HR", "city": "Almere", "lat": 52.3708, "lon": 5.2189,
     "capacity": 120},
    {"ref": "burgemeesterskamer", "name": {"nl": "Burgemeesterskamer, Stadhuis Almere",
                                           "en": "Mayor's parlour, Almere City Hall"},
     "address": "Stadhuisplein 1, 1315 HR", "city": "Almere", "lat": 52.3708, "lon": 5.2189,
     "capacity": 14, "exclusive": True},
    {"ref": "floriade", "name": "Floriade Expo 2022", "address": "Floriadeplein 1, 1325 XA",
     "city": "Almere", "lat": 52.3623, "lon": 5.2038, "capacity": 2000},
    {"ref": "floriade-pavilion", "name": {"nl": "Nederlands paviljoen, Floriade",
                                          "en": "Dutch pavilion, Floriade"},
     "address": "Floriadeplein 1, 1325 XA", "city": "Almere", "lat": 52.3611, "lon": 5.2071,
     "capacity": 60},
    {"ref": "oosterwold", "name": {"nl": "Stadslandbouw Oosterwold",
                                   "en": "Urban farming in Oosterwold"},
     "address": "Zuidersingel 6, 1349 AA", "city": "Almere", "lat": 52.3455, "lon": 5.3165,
     "capacity": 40},
    {"ref": "aeres", "name": "Aeres Hogeschool Almere", "address": "Stadhuisplein 40, 1315 XA",
     "city": "Almere", "lat": 52.3716, "lon": 5.2207, "capacity": 80},
    {"ref": "windesheim", "name": "Windesheim Almere", "address": "Hospitaaldreef 5, 1315 RC",
     "city": "Almere", "lat": 52.3758, "lon": 5.2175, "capacity": 80},
    {"ref": "poort", "name": {"nl": "Almere Poort, Homeruskwartier",
                              "en": "Almere Poort, Homerus district"},
     "address": "Odeonstraat, 1363", "city": "Almere", "lat": 52.3462, "lon": 5.1586,
     "capacity": 50},
    {"ref": "kade", "name": "KAF — Kunstlinie Almere Flevoland", "address": "Esplanade 10, 1315 TB",
     "city": "Almere", "lat": 52.3697, "lon": 5.2147, "capacity": 300},
    {"ref": "duin", "name": {"nl": "Almere Duin, klimaatadaptieve wijk",
                             "en": "Almere Duin, climate-adaptive district"},
     "address": "Duinpad, 1363", "city": "Almere", "lat": 52.3816, "lon": 5.1337, "capacity": 40},
    {"ref": "flevo-campus", "name": "Flevo Campus", "address": "Stadhuisplein 40, 1315 XA",
     "city": "Almere", "lat": 52.3712, "lon": 5.2199, "capacity": 100},
    {"ref": "hotel-almere", "name": "Hotel Almere Centrum", "address": "Busplein 2, 1315 KV",
     "city": "Almere", "lat": 52.3741, "lon": 5.2170, "capacity": 150},
    {"ref": "schiphol", "name": {"nl": "Luchthaven Schiphol", "en": "Amsterdam Airport Schiphol"},
     "city": "Haarlemmermeer", "lat": 52.3105, "lon": 4.7683},
]
for _v in VENUES:
    _v.update(country="NL", timezone=AMS)

THEME_VENUES = {"food": "oosterwold", "energy": "poort", "circular": "poort",
                "mobility": "windesheim", "biodiversity": "duin", "climate_adaptation": "duin",
                "education": "aeres", "culture": "kade", "digital": "flevo-campus",
                "economy": "flevo-campus", "urban": "poort"}
THEME_TITLES = {
    "food": ("Stadslandbouw en voedselsysteem", "Urban farming and the food system"),
    "energy": ("Energietransitie in de wijk", "Energy transition in the neighbourhood"),
    "circular": ("Circulair bouwen", "Circular construction"),
    "mobility": ("Duurzame mobiliteit", "Sustainable mobility"),
    "biodiversity": ("Groene verbindingen", "Ecological connections"),
    "climate_adaptation": ("Klimaatadaptief bouwen", "Climate-adaptive building"),
    "education": ("Kennisuitwisseling met Aeres en WUR", "Knowledge exchange with Aeres and WUR"),
    "culture": ("Kunst en cultuur in Almere", "Art and culture in Almere"),
    "digital": ("Slimme stad en data", "Smart city and data"),
    "economy": ("Ontmoeting met ondernemers", "Meeting with entrepreneurs"),
    "urban": ("Stedelijke ontwikkeling", "Urban development"),
}

STAFF = [
    ("host-mayor", "Marieke de Vries", "burgemeester"),
    ("ald-economy", "Hans Bakker", "wethouder Economie en Floriade"),
    ("ald-urban", "Fleur Meijer", "wethouder Ruimtelijke Ordening"),
    ("ald-sustainability", "Ruud Visser", "wethouder Duurzaamheid"),
    ("ald-education", "Sanne Mulder", "wethouder Onderwijs"),
    ("ald-culture", "Joost Hendriks", "wethouder Cultuur"),
    ("ald-finance", "Esther Dekker", "wethouder Financiën"),
    ("iz-officer-1", "Jeroen Bakker", "beleidsadviseur internationale zaken"),
    ("iz-officer-2", "Lotte de Groot", "beleidsadviseur internationale zaken"),
    ("iz-officer-3", "Bram Smit", "senior adviseur internationale zaken"),
    ("iz-officer-4", "Anouk Vos", "protocol officer"),
]
BOARD = [s[0] for s in STAFF if not s[0].startswith("iz-")]
OFFICERS = [s[0] for s in STAFF if s[0].startswith("iz-")]

# Where delegations come from: city, country, culture, organisation, themes.
ORIGINS = [
    ("Shenzhen", "CN", "zh-Hans", "Shenzhen Municipal People's Government", ["food", "digital"]),
    ("Toronto", "CA", "en-CA", "City of Toronto", ["urban", "mobility"]),
    ("Taipei", "TW", "zh-Hant", "Taipei City Government", ["food", "urban"]),
    ("Tainan", "TW", "zh-Hant", "Tainan City Government", ["food", "culture"]),
    ("Taichung", "TW", "zh-Hant", "Taichung City Government", ["biodiversity", "economy"]),
    ("Milan", "IT", "it", "Comune di Milano", ["food", "circular"]),
    ("Aalborg", "DK", "da", "Aalborg Kommune", ["energy", "education"]),
    ("Rendsburg", "DE", "de", "Stadt Rendsburg", ["culture", "education"]),
    ("Lancaster", "GB", "en", "Lancaster City Council", ["culture", "education"]),
    ("Milton Keynes", "GB", "en", "Milton Keynes City Council", ["urban", "mobility"]),
    ("Tokyo", "JP", "ja", "Tokyo Metropolitan Government", ["climate_adaptation", "digital"]),
    ("Osaka", "JP", "ja", "Osaka Prefectural Government", ["food", "economy"]),
    ("Seoul", "KR", "ko", "Seoul Metropolitan Government", ["digital", "mobility"]),
    ("Kyiv", "UA", "uk", "Kyiv City State Administration", ["energy", "urban"]),
    ("Kharkiv", "UA", "uk", "Kharkiv City Council", ["education", "urban"]),
    ("Warsaw", "PL", "pl", "Urząd m.st. Warszawy", ["circular", "energy"]),
    ("Łódź", "PL", "pl", "Urząd Miasta Łodzi", ["urban", "culture"]),
    ("Istanbul", "TR", "tr", "İstanbul Büyükşehir Belediyesi", ["climate_adaptation", "food"]),
    ("İzmir", "TR", "tr", "İzmir Büyükşehir Belediyesi", ["food", "biodiversity"]),
    ("Oslo", "NO", "no", "Oslo kommune", ["mobility", "energy"]),
    ("Lyon", "FR", "fr", "Métropole de Lyon", ["food", "circular"]),
    ("Barcelona", "ES", "es", "Ajuntament de Barcelona", ["digital", "urban"]),
    ("Lisbon", "PT", "pt", "Câmara Municipal de Lisboa", ["climate_adaptation", "culture"]),
    ("Athens", "GR", "el", "Δήμος Αθηναίων (City of Athens)", ["climate_adaptation", "culture"]),
    ("Vienna", "AT", "de-AT", "Stadt Wien", ["urban", "energy"]),
    ("Ghent", "BE", "nl-BE", "Stad Gent", ["food", "circular"]),
    ("Sacramento", "US", "en-US", "State of California, Department of Food and Agriculture",
     ["food", "economy"]),
    ("Curitiba", "BR", "pt-BR", "Prefeitura de Curitiba", ["mobility", "biodiversity"]),
    ("Nairobi", "KE", "sw", "Nairobi City County", ["food", "education"]),
    ("Jakarta", "ID", "id", "Pemerintah Provinsi DKI Jakarta", ["climate_adaptation", "food"]),
]
FUNCTIONS_LEAD = ["Mayor", "Deputy Mayor", "Vice Mayor", "Governor", "Deputy Governor",
                  "Minister-Counsellor", "Consul-General"]
FUNCTIONS = ["Director of Urban Planning", "Director", "Deputy Director", "Senior Policy Officer",
             "Head of International Relations", "Professor", "CEO", "Chief Sustainability Officer",
             "Project Manager", "Adviser", "Journalist", "Interpreter-liaison"]
DIETARY = [None, None, None, "vegetarian", "halal", "no pork", "gluten-free", "vegan"]

PLANTED_CLASHES: list[tuple[str, str]] = []  # filled by demo_season(); item refs that clash


class _Maker:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.persons: list[dict] = []

    def person(self, ref: str, culture: str, function: str, organisation: str,
               nationality: str) -> dict:
        rng = self.rng
        if culture in CULTURES:
            c = CULTURES[culture]
            (g, gl), (f, fl) = rng.choice(c["given"]), rng.choice(c["family"])
            if c["family_first"]:
                name, latin = f + c["join"] + g, fl + c["latin_join"] + gl
            else:
                name, latin = g + " " + f, gl + " " + fl
        else:
            given, family = LATIN[culture]
            name, latin = f"{rng.choice(given)} {rng.choice(family)}", None
        p = {"ref": ref, "name": name}
        if latin:
            p["latin_name"] = latin
        p.update(organisation=organisation, function=function, nationality=[nationality],
                 languages=sorted({culture.split("-")[0] if culture not in CULTURES else culture,
                                   "en"}))
        diet = rng.choice(DIETARY)
        if diet:
            p["dietary"] = diet
        p["staff"] = False
        self.persons.append(p)
        return p


def _staff_persons() -> list[dict]:
    return [{"ref": ref, "name": name, "organisation": "Gemeente Almere" + (
        ", Internationale Zaken" if ref.startswith("iz-") else ""), "function": function,
        "nationality": ["NL"], "languages": ["nl", "en"],
        **({"email": f"{ref}@almere.example.org"} if ref.startswith("iz-") else {}),
        "staff": True} for ref, name, function in STAFF]


def _t(day: date, hhmm: str) -> str:
    return f"{day.isoformat()}T{hhmm}"


class _Agenda:
    """Who is busy when, so that hosts are booked without clashes (bar the planted ones)."""

    def __init__(self):
        self.busy: dict[tuple[str, date], list[tuple[str, str]]] = {}

    def free(self, ref: str, day: date, start: str, end: str) -> bool:
        return all(end <= s or start >= e for s, e in self.busy.get((ref, day), []))

    def book(self, ref: str, day: date, start: str, end: str) -> None:
        self.busy.setdefault((ref, day), []).append((start, end))

    def pick(self, rng, candidates, day, start, end) -> str:
        order = candidates[:]
        rng.shuffle(order)
        for ref in order:
            if self.free(ref, day, start, end):
                self.book(ref, day, start, end)
                return ref
        ref = order[0]
        self.book(ref, day, start, end)
        return ref


def _incoming(mk: _Maker, agenda: _Agenda, n: int, start: date, origin) -> dict:
    rng = mk.rng
    city, country, culture, org, themes = origin
    ref = f"FLO-2022-{n:03d}"
    days = rng.choice([1, 1, 2, 2, 2, 3])
    end = start + timedelta(days=days - 1)
    guests = []
    for g in range(rng.randint(3, 12)):
        function = rng.choice(FUNCTIONS_LEAD) if g == 0 else rng.choice(FUNCTIONS)
        guests.append(mk.person(f"g-{ref.lower()}-{g + 1}", culture, function, org, country))
    iref = ref.lower()
    officer = agenda.pick(rng, OFFICERS, start, "07:30", "17:00")
    reception = ("09:30", "10:30")
    host = agenda.pick(rng, BOARD, start, *reception)
    guest_refs = [g["ref"] for g in guests]
    items = [
        {"ref": f"{iref}-briefing", "kind": "meeting",
         "title": {"nl": "Interne voorbespreking", "en": "Internal briefing"},
         "start": _t(start, "08:45"), "end": _t(start, "09:15"), "venue": "burgemeesterskamer",
         "participants": sorted([host, officer]), "public": False, "status": "confirmed",
         "notes": f"Gespreksnotitie {city}: relatie, wensen delegatie, cadeau."},
        {"ref": f"{iref}-arrival", "kind": "transfer",
         "title": {"nl": "Ophalen op Schiphol", "en": "Pick-up at Schiphol"},
         "start": _t(start, "07:30"), "end": _t(start, "08:30"), "venue": "schiphol",
         "to_venue": "stadhuis", "participants": sorted(guest_refs), "status": "confirmed"},
        {"ref": f"{iref}-welcome", "kind": "reception",
         "title": {"nl": "Ontvangst op het stadhuis", "en": "Welcome at City Hall"},
         "start": _t(start, reception[0]), "end": _t(start, reception[1]), "venue": "stadhuis",
         "status": "confirmed",
         "notes": rng.choice(["Cadeau: boek Almere Principles.", "Eregast rechts van de gastheer.",
                              "Fotograaf aanwezig; persmoment 10:15."])},
        {"ref": f"{iref}-expo", "kind": "visit",
         "title": {"nl": "Rondleiding Floriade Expo", "en": "Guided tour of Floriade Expo"},
         "start": _t(start, "11:00"), "end": _t(start, "13:00"), "venue": "floriade",
         "status": rng.choice(["confirmed", "tentative"])},
        {"ref": f"{iref}-lunch", "kind": "meal", "title": {"nl": "Lunch", "en": "Lunch"},
         "start": _t(start, "13:00"), "end": _t(start, "14:00"), "venue": "floriade-pavilion",
         "status": "confirmed"},
    ]
    theme = themes[0]
    nl, en = THEME_TITLES[theme]
    items.append({"ref": f"{iref}-theme", "kind": "visit", "title": {"nl": nl, "en": en},
                  "start": _t(start, "14:30"), "end": _t(start, "16:30"),
                  "venue": THEME_VENUES[theme], "status": rng.choice(["confirmed", "tentative"])})
    if days >= 2:
        d2 = start + timedelta(days=1)
        nl2, en2 = THEME_TITLES[themes[1]]
        items += [
            {"ref": f"{iref}-d2-meeting", "kind": "meeting",
             "title": {"nl": f"Werkbezoek: {nl2.lower()}", "en": f"Working visit: {en2.lower()}"},
             "start": _t(d2, "10:00"), "end": _t(d2, "12:00"), "venue": THEME_VENUES[themes[1]],
             "status": "tentative",
             "description": {"nl": "Uitwisseling met vakafdeling en partners in de stad.",
                             "en": "Exchange with the city's experts and partners."}},
            {"ref": f"{iref}-d2-dinner", "kind": "meal",
             "title": {"nl": "Diner aangeboden door de gemeente",
                       "en": "Dinner offered by the municipality"},
             "start": _t(d2, "19:00"), "end": _t(d2, "21:00"), "venue": "hotel-almere",
             "status": rng.choice(["confirmed", "tentative", "cancelled"])},
        ]
    if days == 3:
        d3 = start + timedelta(days=2)
        items.append({"ref": f"{iref}-d3-expo", "kind": "visit",
                      "title": {"nl": "Vrij bezoek aan de expo", "en": "Free visit to the expo"},
                      "start": d3.isoformat(), "end": d3.isoformat(), "all_day": True,
                      "venue": "floriade", "participants": sorted(guest_refs)})
    participants = ([{"person": guest_refs[0], "role": "delegation_leader"}]
                    + [{"person": g, "role": "delegation_member"} for g in guest_refs[1:]]
                    + [{"person": host, "role": "host"}, {"person": officer, "role": "staff"}])
    cost_lunch = 35 * (len(guests) + 2)
    return {
        "ref": ref, "direction": "incoming",
        "title": {"nl": f"Bezoek delegatie {city} aan de Floriade",
                  "en": f"{city} delegation visit to Floriade"},
        "purpose": {"nl": f"Kennisuitwisseling over {THEME_TITLES[theme][0].lower()} en "
                          f"versterking van de relatie met {city}.",
                    "en": f"Knowledge exchange on {THEME_TITLES[theme][1].lower()} and a "
                          f"stronger relation with {city}."},
        "start": start.isoformat(), "end": end.isoformat(), "timezone": AMS,
        "countries": [country], "cities": [city], "counterpart": org,
        "themes": ["floriade", *themes], "goals": rng.sample(
            ["positioning", "knowledge", "finance", "influence"], 2),
        "lead_department": rng.choice(["Internationale Zaken", "Economische Zaken",
                                       "Stedelijke Ontwikkeling"]),
        "participants": participants, "programme": items,
        "costs": [
            {"description": {"nl": "Lunch Floriade", "en": "Lunch at Floriade"},
             "amount": f"{cost_lunch}.00", "currency": "EUR", "paid_by": "Floriade Almere 2022 B.V."},
            {"description": {"nl": "Vervoer", "en": "Transport"},
             "amount": f"{rng.choice([180, 240, 320])}.00", "currency": "EUR",
             "paid_by": "Internationale Zaken"},
        ],
    }


# Outgoing missions: destination zone, airport or station, local venues, days.
OUTGOING = [
    ("OUT-2022-01", "Shenzhen", "CN", "Asia/Shanghai", date(2022, 3, 7), 11 * 60 + 35,
     ("szx", "Shenzhen Bao'an International Airport", 22.6393, 113.8107),
     [("sz-gov", {"en": "Shenzhen Civic Centre", "zh-Hans": "深圳市民中心"}, 22.5431, 114.0579)],
     ["food", "digital"], "ald-economy"),
    ("OUT-2022-02", "Toronto", "CA", "America/Toronto", date(2022, 11, 14), 8 * 60 + 5,
     ("yyz", "Toronto Pearson International Airport", 43.6777, -79.6248),
     [("to-cityhall", "Toronto City Hall", 43.6534, -79.3841)], ["urban", "mobility"],
     "host-mayor"),
    ("OUT-2022-03", "Milan", "IT", "Europe/Rome", date(2022, 10, 17), 1 * 60 + 55,
     ("mxp", "Milano Malpensa", 45.6306, 8.7281),
     [("mi-palazzo", {"en": "Palazzo Marino", "it": "Palazzo Marino"}, 45.4669, 9.1900)],
     ["food", "circular"], "ald-sustainability"),
    ("OUT-2022-04", "Brussels", "BE", "Europe/Brussels", date(2022, 12, 6), None,
     ("bxl-midi", "Bruxelles-Midi / Brussel-Zuid", 50.8357, 4.3353),
     [("eu-cor", "European Committee of the Regions", 50.8386, 4.3775)],
     ["energy", "circular"], "ald-finance"),
    ("OUT-2022-05", "Taipei", "TW", "Asia/Taipei", date(2022, 11, 21), 13 * 60 + 25,
     ("tpe", "Taoyuan International Airport", 25.0797, 121.2342),
     [("tp-cityhall", {"en": "Taipei City Hall", "zh-Hant": "臺北市政府"}, 25.0375, 121.5637)],
     ["food", "urban"], "host-mayor"),
    ("OUT-2022-06", "Aalborg", "DK", "Europe/Copenhagen", date(2022, 6, 13), 1 * 60 + 25,
     ("aal", "Aalborg Lufthavn", 57.0928, 9.8492),
     [("aal-raadhus", {"en": "Aalborg City Hall", "da": "Aalborg Rådhus"}, 57.0488, 9.9217)],
     ["energy", "education"], "ald-education"),
]


def _outgoing(mk: _Maker, spec) -> tuple[dict, list[dict]]:
    rng = mk.rng
    (ref, city, country, tz, day, flight_min, (port_ref, port_name, plat, plon), places,
     themes, leader) = spec
    venues = [{"ref": port_ref, "name": port_name, "city": city, "country": country,
               "timezone": tz, "lat": plat, "lon": plon}]
    for vref, vname, lat, lon in places:
        venues.append({"ref": vref, "name": vname, "city": city, "country": country,
                       "timezone": tz, "lat": lat, "lon": lon, "capacity": 60})
    zone, ams = ZoneInfo(tz), ZoneInfo(AMS)
    by_train = flight_min is None
    depart_local = datetime.combine(day, datetime.min.time()).replace(
        hour=7 if by_train else 10, minute=30 if by_train else 15, tzinfo=ams)
    travel_min = 120 if by_train else flight_min
    arrive = (depart_local + timedelta(minutes=travel_min)).astimezone(zone)
    iref = ref.lower()
    officer, member = rng.choice(OFFICERS), rng.choice([b for b in BOARD if b != leader])
    items = [{
        "ref": f"{iref}-out", "kind": "travel",
        "title": ({"nl": "Trein naar Brussel (Eurostar)", "en": "Train to Brussels (Eurostar)"}
                  if by_train else {"nl": f"Vlucht naar {city}", "en": f"Flight to {city}"}),
        "start": depart_local.strftime("%Y-%m-%dT%H:%M"),
        "end": arrive.strftime("%Y-%m-%dT%H:%M"), "timezone": AMS, "end_timezone": tz,
        "venue": "schiphol", "to_venue": port_ref, "status": "confirmed",
    }]
    first = (arrive + timedelta(days=0 if by_train else 1)).date()
    visit_days = 1 if by_train else 3
    for d in range(visit_days):
        when = first + timedelta(days=d)
        place = places[0][0]
        items.append({"ref": f"{iref}-d{d + 1}-am", "kind": "meeting",
                      "title": {"nl": f"Werkbezoek {city}, dag {d + 1}",
                                "en": f"Working visit {city}, day {d + 1}"},
                      "start": _t(when, "10:00" if not by_train else "11:00"),
                      "end": _t(when, "12:30" if not by_train else "13:00"), "timezone": tz,
                      "venue": place, "status": "confirmed"})
        items.append({"ref": f"{iref}-d{d + 1}-pm", "kind": "visit",
                      "title": {"nl": f"Bezoek projecten {THEME_TITLES[themes[d % 2]][0].lower()}",
                                "en": f"Site visits: {THEME_TITLES[themes[d % 2]][1].lower()}"},
                      "start": _t(when, "14:00"), "end": _t(when, "17:00"), "timezone": tz,
                      "venue": place, "status": rng.choice(["confirmed", "tentative"])})
    back_day = first + timedelta(days=visit_days - (1 if by_train else 0))
    back_local = datetime.combine(back_day, datetime.min.time()).replace(
        hour=18 if by_train else 12, minute=5, tzinfo=zone)
    home = (back_local + timedelta(minutes=travel_min + (0 if by_train else 35))).astimezone(ams)
    items.append({"ref": f"{iref}-back", "kind": "travel",
                  "title": ({"nl": "Trein terug naar Amsterdam", "en": "Train back to Amsterdam"}
                            if by_train else {"nl": "Terugvlucht", "en": "Return flight"}),
                  "start": back_local.strftime("%Y-%m-%dT%H:%M"),
                  "end": home.strftime("%Y-%m-%dT%H:%M"), "timezone": tz, "end_timezone": AMS,
                  "venue": port_ref, "to_venue": "schiphol", "status": "confirmed"})
    # The mission's dates are the first and last local days in its own zone.
    start_day = depart_local.astimezone(zone).date()
    end_day = home.astimezone(zone).date()
    mission = {
        "ref": ref, "direction": "outgoing",
        "title": {"nl": f"Missie naar {city}", "en": f"Mission to {city}"},
        "purpose": {"nl": f"Versterken van de samenwerking met {city} op "
                          f"{THEME_TITLES[themes[0]][0].lower()}.",
                    "en": f"Strengthening cooperation with {city} on "
                          f"{THEME_TITLES[themes[0]][1].lower()}."},
        "start": start_day.isoformat(), "end": end_day.isoformat(), "timezone": tz,
        "countries": [country], "cities": [city], "counterpart": f"City of {city}",
        "themes": themes, "goals": ["positioning", "knowledge"],
        "lead_department": "Internationale Zaken",
        "participants": [{"person": leader, "role": "delegation_leader"},
                         {"person": member, "role": "delegation_member"},
                         {"person": officer, "role": "staff"}],
        "programme": items,
        "costs": [{"description": {"nl": "Reizen", "en": "Travel"},
                   "amount": "450.00" if by_train else f"{rng.choice([2400, 3100, 4200])}.00",
                   "currency": "EUR", "paid_by": "Internationale Zaken"},
                  {"description": {"nl": "Verblijf", "en": "Accommodation"},
                   "amount": f"{visit_days * 3 * 185}.00", "currency": "EUR",
                   "paid_by": "Internationale Zaken"}],
    }
    return mission, venues


def _plant_clashes(missions: list[dict]) -> list[tuple[str, str]]:
    """A handful of realistic mistakes for the planning checks to find."""
    planted = []
    by_day: dict[str, list[dict]] = {}
    for m in missions:
        if m["direction"] == "incoming":
            by_day.setdefault(m["start"], []).append(m)
    pairs = [ms[:2] for ms in by_day.values() if len(ms) >= 2][:3]
    for a, b in pairs:
        # The same host books both receptions, half an hour apart.
        wa = next(i for i in a["programme"] if i["ref"].endswith("-welcome"))
        wb = next(i for i in b["programme"] if i["ref"].endswith("-welcome"))
        host_a = next(p["person"] for p in a["participants"] if p["role"] == "host")
        for p in b["participants"]:
            if p["role"] == "host":
                p["person"] = host_a
        wb["start"], wb["end"] = wb["start"][:11] + "10:00", wb["end"][:11] + "11:00"
        wa["status"] = wb["status"] = "confirmed"
        brief = next(i for i in b["programme"] if i["ref"].endswith("-briefing"))
        brief["participants"] = sorted({host_a, *brief["participants"]} - {
            p for p in brief["participants"] if p.startswith(("host-", "ald-")) and p != host_a})
        planted.append((wa["ref"], wb["ref"]))
    # An officer on the airport transfer while also in the briefing, as in the contract example.
    m = next(m for m in missions if m["direction"] == "incoming" and m["ref"] not in
             {x for pair in pairs for x in (pair[0]["ref"], pair[1]["ref"])})
    arrival = next(i for i in m["programme"] if i["ref"].endswith("-arrival"))
    brief = next(i for i in m["programme"] if i["ref"].endswith("-briefing"))
    officer = next(p["person"] for p in m["participants"] if p["role"] == "staff")
    arrival["participants"] = sorted({*arrival["participants"], officer})
    brief["start"] = brief["start"][:11] + "08:00"
    brief["end"] = brief["end"][:11] + "08:30"
    planted.append((arrival["ref"], brief["ref"]))
    return planted


# --- the city's relations (§4.3 of the policy) -------------------------------------------

#: ref, kind, name, country, city
PARTNERS = [
    ("shenzhen", "city", {"nl": "Shenzhen", "en": "Shenzhen", "zh-Hans": "深圳"}, "CN", "Shenzhen"),
    ("toronto", "city", "Toronto", "CA", "Toronto"),
    ("taipei", "city", {"nl": "Taipei", "en": "Taipei", "zh-Hant": "臺北"}, "TW", "Taipei"),
    ("tainan", "city", {"nl": "Tainan", "en": "Tainan", "zh-Hant": "臺南"}, "TW", "Tainan"),
    ("taichung", "city", {"nl": "Taichung", "en": "Taichung", "zh-Hant": "臺中"}, "TW",
     "Taichung"),
    ("milan", "city", {"nl": "Milaan", "en": "Milan", "it": "Milano"}, "IT", "Milan"),
    ("aalborg", "city", "Aalborg", "DK", "Aalborg"),
    ("rendsburg", "city", "Rendsburg", "DE", "Rendsburg"),
    ("lancaster", "city", "Lancaster", "GB", "Lancaster"),
    ("milton-keynes", "city", "Milton Keynes", "GB", "Milton Keynes"),
    ("eurocities", "network", "EUROCITIES", "BE", "Brussels"),
    ("mufpp", "network", "Milan Urban Food Policy Pact", "IT", "Milan"),
    ("emf", "institution", "Ellen MacArthur Foundation", "GB", "Cowes"),
    ("g4gg", "network", {"nl": "Gemeenten4GlobalGoals (VNG)",
                         "en": "Municipalities4GlobalGoals (VNG)"}, "NL", "Den Haag"),
    ("aeres", "institution", "Aeres Hogeschool Almere", "NL", "Almere"),
    ("horizon", "company", "Horizon Flevoland", "NL", "Lelystad"),
]
#: ref, partner, kind, title (nl, en), status, start, end, alderman, department, themes, goals
AGREEMENTS = [
    ("shenzhen-mou", "shenzhen", "mou", ("MoU Almere–Shenzhen over duurzame stedelijke "
     "ontwikkeling", "MoU Almere–Shenzhen on sustainable urban development"), "active",
     "2019-06-12", "2027-01-31", "ald-economy", "Economische Zaken", ["economy", "food",
                                                                        "digital"],
     ["positioning", "finance"]),
    ("toronto-mou", "toronto", "mou", ("MoU Almere–Toronto", "MoU Almere–Toronto"), "ended",
     "2017-09-01", "2022-08-31", "host-mayor", "Internationale Zaken", ["urban", "mobility"],
     ["knowledge"]),
    ("taipei-mou", "taipei", "mou", ("MoU Almere–Taipei over voedsel en stadslandbouw",
     "MoU Almere–Taipei on food and urban farming"), "active", "2018-04-20", "2027-02-28",
     "host-mayor", "Internationale Zaken", ["food", "urban", "floriade"],
     ["knowledge", "positioning"]),
    ("tainan-mou", "tainan", "mou", ("MoU Almere–Tainan", "MoU Almere–Tainan"), "active",
     "2019-10-03", None, "ald-culture", "Internationale Zaken", ["food", "culture"],
     ["knowledge"]),
    ("taichung-mou", "taichung", "mou", ("MoU Almere–Taichung (Floriade)",
     "MoU Almere–Taichung (Floriade)"), "active", "2019-04-25", "2028-12-31", "ald-economy",
     "Economische Zaken", ["floriade", "biodiversity", "economy"], ["positioning", "finance"]),
    ("milan-mou", "milan", "mou", ("MoU Almere–Milaan over voedselbeleid",
     "MoU Almere–Milan on food policy"), "active", "2020-02-14", "2026-12-31",
     "ald-sustainability", "Stedelijke Ontwikkeling", ["food", "circular"], ["knowledge",
                                                                             "influence"]),
    ("aalborg-twinning", "aalborg", "twinning", ("Partnerstad Aalborg (Stichting Partnersteden "
     "Almere)", "Twin city Aalborg (Almere Twin Cities Foundation)"), "active", "1994-05-01",
     None, "ald-education", "Onderwijs", ["education", "culture", "energy"], ["knowledge"]),
    ("rendsburg-twinning", "rendsburg", "twinning", ("Partnerstad Rendsburg",
     "Twin city Rendsburg"), "active", "1994-05-01", None, "ald-culture", "Cultuur",
     ["culture", "education"], ["knowledge"]),
    ("lancaster-youthgames", "lancaster", "project_consortium", ("Internationale Jeugdspelen "
     "Aalborg–Lancaster–Rendsburg–Almere", "International Youth Games"), "dormant",
     "2014-01-01", None, "ald-education", "Sport", ["education", "culture"], ["positioning"]),
    ("mk-newtowns", "milton-keynes", "mou", ("Samenwerking New Towns", "New Towns cooperation"),
     "dormant", "2016-03-10", None, "ald-urban", "Stedelijke Ontwikkeling", ["urban"],
     ["knowledge"]),
    ("eurocities-member", "eurocities", "network_membership", ("Lidmaatschap EUROCITIES",
     "EUROCITIES membership"), "active", "2012-01-01", None, "host-mayor",
     "Internationale Zaken", ["urban", "economy", "climate_adaptation"], ["influence",
                                                                        "knowledge"]),
    ("mufpp-member", "mufpp", "network_membership", ("Ondertekening Milan Urban Food Policy "
     "Pact", "Milan Urban Food Policy Pact signatory"), "active", "2015-10-15", None,
     "ald-sustainability", "Stedelijke Ontwikkeling", ["food"], ["knowledge", "influence"]),
    ("emf-ccef", "emf", "project_consortium", ("Cities & Circular Economy for Food (C&CEFF)",
     "Cities & Circular Economy for Food (C&CEFF)"), "active", "2020-01-01", "2027-01-15",
     "ald-sustainability", "Stedelijke Ontwikkeling", ["circular", "food"], ["knowledge",
                                                                             "finance"]),
    ("g4gg-member", "g4gg", "network_membership", ("Gemeenten4GlobalGoals",
     "Municipalities4GlobalGoals"), "active", "2018-01-01", None, "ald-finance",
     "Internationale Zaken", ["urban"], ["positioning"]),
    ("aeres-knowledge", "aeres", "mou", ("Kennisalliantie Aeres–Almere",
     "Knowledge alliance Aeres–Almere"), "active", "2019-09-01", "2024-08-31", "ald-education",
     "Onderwijs", ["education", "food"], ["knowledge"]),
]
GIFTS_RECEIVED = [("Theeservies", "Tea set", 120), ("Kalligrafie op zijde",
                  "Calligraphy on silk", 45), ("Boek over de stad", "Book about the city", 30),
                  ("Porseleinen vaas", "Porcelain vase", 280), ("Stadsvlag in lijst",
                  "Framed city flag", 25), ("Schilderij", "Painting", 450),
                  ("Zilveren pen", "Silver pen", 75), ("Doos thee", "Box of tea", 20)]
GIFT_GIVEN = ("Boek 'Almere, New Town' en Floriade-tulpen", "Book 'Almere, New Town' and "
              "Floriade tulips", 35)


def _relations(missions: list[dict], persons: dict[str, dict], seed: int) -> dict:
    """Partners and agreements of the policy, and what the season's missions yielded."""
    rng = random.Random(seed)
    partners = []
    for ref, kind, name, country, city in PARTNERS:
        partners.append({"ref": ref, "kind": kind, "name": name, "country": country,
                         "city": city})
    city_partner = {p[4]: p[0] for p in PARTNERS if p[1] == "city"}
    ships = []
    for (ref, partner, kind, (nl, en), status, start, end, alderman, department, themes,
         goals) in AGREEMENTS:
        doc = {"ref": ref, "partner": partner, "kind": kind, "title": {"nl": nl, "en": en},
               "status": status, "start": start}
        if end:
            doc["end"] = end
        doc.update(alderman=alderman, department=department, themes=themes, goals=goals,
                   contacts=sorted(rng.sample(OFFICERS, 1)))
        if kind in ("mou", "twinning"):
            doc["documents"] = [{"title": f"{en} (signed)",
                                 "file": f"P:/IZ/Partners/{partner}/{ref}.pdf"}]
        ships.append(doc)
    ship_of = {}
    for d in ships:
        ship_of.setdefault(d["partner"], d["ref"])
    outcomes, followups, gifts = [], [], []
    for m in missions:
        city = (m.get("cities") or [None])[0]
        linked = [city_partner[city]] if city in city_partner else []
        if city == "Brussels":
            linked = ["eurocities"]
        if "food" in m.get("themes", []) and m["direction"] == "outgoing":
            linked.append("mufpp")
        if not linked:
            continue
        m["partners"] = sorted(set(linked))
        main = linked[0]
        leader = next(p["person"] for p in m["participants"] if p["role"] == "delegation_leader")
        host = next((p["person"] for p in m["participants"] if p["role"] == "host"), leader)
        staff = next(p["person"] for p in m["participants"] if p["role"] == "staff")
        end = date.fromisoformat(m["end"])
        mref = m["ref"].lower()
        outgoing = m["direction"] == "outgoing"
        if outgoing or rng.random() < 0.45:
            theme = next((t for t in m["themes"] if t != "floriade"), "urban")
            outcomes.append({
                "ref": f"{mref}-result", "mission": m["ref"],
                "text": {"nl": f"Afspraak over een kennisprogramma "
                               f"{THEME_TITLES[theme][0].lower()} met {city}.",
                         "en": f"Agreed on a knowledge programme on "
                               f"{THEME_TITLES[theme][1].lower()} with {city}."},
                "goals": m["goals"][:2], "themes": [theme], "partnership": ship_of[main],
                "recorded_on": (end + timedelta(days=7)).isoformat()})
            due = end + timedelta(days=rng.choice([30, 60, 90]))
            status = rng.choice(["done", "done", "open", "in_progress"])
            action = {"ref": f"{mref}-report", "mission": m["ref"],
                      "title": {"nl": f"Verslag en vervolgafspraken naar {city}",
                                "en": f"Report and next steps sent to {city}"},
                      "owner": staff, "due": due.isoformat(), "status": status,
                      "partnership": ship_of[main]}
            if status == "done":
                action["done_on"] = (due - timedelta(days=rng.randint(1, 20))).isoformat()
            followups.append(action)
            if outgoing:
                followups.append({
                    "ref": f"{mref}-return-visit", "mission": m["ref"],
                    "title": {"nl": f"Tegenbezoek {city} voorbereiden",
                              "en": f"Prepare the return visit from {city}"},
                    "owner_department": m.get("lead_department") or "Internationale Zaken",
                    "due": date(2027, rng.choice([2, 3, 5]), 15).isoformat(), "status": "open",
                    "partnership": ship_of[main]})
        if outgoing or rng.random() < 0.5:
            nl, en, value = rng.choice(GIFTS_RECEIVED)
            gift = {"ref": f"{mref}-gift-in", "mission": m["ref"], "direction": "received",
                    "description": {"nl": nl, "en": en}, "date": m["start"] if not outgoing
                    else min(date.fromisoformat(m["start"]) + timedelta(days=1), end).isoformat(),
                    "value_eur": f"{value}.00", "official": leader if outgoing else host,
                    "partner": main}
            if not outgoing:
                gift["counterpart_person"] = leader
            if value > 50 and rng.random() < 0.6:
                gift.update(decision=rng.choice(["kept_by_city", "registered"]),
                            decided_by="burgemeester",
                            decided_on=(end + timedelta(days=14)).isoformat())
            gifts.append(gift)
            nl, en, value = GIFT_GIVEN
            gifts.append({"ref": f"{mref}-gift-out", "mission": m["ref"], "direction": "given",
                          "description": {"nl": nl, "en": en}, "date": gift["date"],
                          "value_eur": f"{value}.00", "official": leader if outgoing else host,
                          "partner": main, **({"counterpart_person": leader}
                                               if not outgoing else {})})
    return {"partners": partners, "partnerships": ships, "outcomes": outcomes,
            "followups": followups, "gifts": gifts}


def demo_season(seed: int = 2022) -> dict:
    """The Floriade Expo 2022 season: 64 incoming delegations and 6 missions abroad, with the
    city's partners and agreements, outcomes, follow-up actions and gifts (format 2)."""
    mk = _Maker(seed)
    agenda = _Agenda()
    rng = mk.rng
    span = (EXPO_END - EXPO_START).days
    starts = sorted(EXPO_START + timedelta(days=rng.randint(0, span - 3)) for _ in range(64))
    # Expo opening week is busy: put two delegations on its first days.
    starts[1] = starts[0]
    missions = []
    for n, start in enumerate(starts, 1):
        origin = ORIGINS[(n - 1) % len(ORIGINS)] if n <= len(ORIGINS) else rng.choice(ORIGINS)
        missions.append(_incoming(mk, agenda, n, start, origin))
    venues = [dict(v) for v in VENUES]
    for spec in OUTGOING:
        mission, extra = _outgoing(mk, spec)
        missions.append(mission)
        venues.extend(extra)
    PLANTED_CLASHES[:] = _plant_clashes(missions)
    missions.sort(key=lambda m: (m["start"], m["ref"]))
    persons = _staff_persons() + mk.persons
    relations = _relations(missions, {p["ref"]: p for p in persons}, seed + 1)
    return {"format": "almere-missions/2", "persons": persons, "venues": venues,
            "missions": missions, **relations}


# --- scaled files for benchmarks -------------------------------------------------

SCALED_ZONES = [("Europe/Amsterdam", "NL", 52.37, 5.21, 44), ("Europe/Brussels", "BE", 50.85, 4.35, 4),
                ("Asia/Taipei", "TW", 25.04, 121.56, 3), ("Asia/Shanghai", "CN", 22.54, 114.06, 3),
                ("America/Toronto", "CA", 43.65, -79.38, 3), ("Europe/Rome", "IT", 45.46, 9.19, 3)]
_SLOTS = [("08:30", "09:30"), ("10:00", "11:00"), ("11:30", "12:30"), ("13:00", "14:00"),
          ("15:00", "16:30")]


def scaled_document(n_missions: int, seed: int = 1) -> dict:
    """N missions over 2019–2030, ~15 items each, shared hosts and venues."""
    rng = random.Random(seed)
    cultures = list(LATIN) + list(CULTURES)
    hosts = [{"ref": f"host-{i:02d}", "name": f"Host {i:02d}", "organisation": "Gemeente Almere",
              "function": "wethouder" if i < 8 else "beleidsadviseur", "nationality": ["NL"],
              "staff": True} for i in range(40)]
    venues = []
    for zone, country, lat, lon, count in SCALED_ZONES:
        for i in range(count):
            venues.append({"ref": f"venue-{country.lower()}-{i:02d}", "name": f"{country} venue {i}",
                           "country": country, "timezone": zone,
                           "lat": round(lat + rng.uniform(-0.05, 0.05), 4),
                           "lon": round(lon + rng.uniform(-0.05, 0.05), 4),
                           "capacity": rng.choice([20, 40, 80, 150, 400])})
    by_zone: dict[str, list[str]] = {}
    for v in venues:
        by_zone.setdefault(v["timezone"], []).append(v["ref"])
    persons = list(hosts)
    missions = []
    first, days_span = date(2019, 1, 1), (date(2030, 12, 31) - date(2019, 1, 1)).days
    for n in range(n_missions):
        ref = f"SCL-{n:05d}"
        start = first + timedelta(days=rng.randrange(days_span))
        days = rng.choice((2, 3, 3, 4))
        outgoing = rng.random() < 0.15
        zone = rng.choice(SCALED_ZONES[1:])[0] if outgoing else "Europe/Amsterdam"
        culture = rng.choice(cultures)
        guests = []
        for g in range(rng.randint(3, 12)):
            gref = f"g-{n:05d}-{g}"
            if culture in CULTURES:
                c = CULTURES[culture]
                (gn, gl), (fn, fl) = rng.choice(c["given"]), rng.choice(c["family"])
                p = {"ref": gref, "name": fn + c["join"] + gn, "latin_name": f"{fl} {gl}"}
            else:
                given, family = LATIN[culture]
                p = {"ref": gref, "name": f"{rng.choice(given)} {rng.choice(family)}"}
            p["staff"] = False
            persons.append(p)
            guests.append(gref)
        mission_hosts = rng.sample(range(40), 2)
        host_refs = [hosts[i]["ref"] for i in mission_hosts]
        items = []
        places = by_zone[zone]
        for d in range(days):
            day = (start + timedelta(days=d)).isoformat()
            for k, (s, e) in enumerate(rng.sample(_SLOTS, 5 if d < 3 else 4)):
                item = {"ref": f"{ref.lower()}-{d}-{k}", "kind": rng.choice(
                    ("meeting", "visit", "meal", "reception")), "title": {
                        "nl": f"Programmaonderdeel {d + 1}.{k + 1}", "en": f"Programme item {d + 1}.{k + 1}"},
                    "start": f"{day}T{s}", "end": f"{day}T{e}", "venue": rng.choice(places),
                    "status": rng.choice(("confirmed", "tentative", "tentative", "cancelled"))}
                if rng.random() < 0.3:
                    item["participants"] = sorted(rng.sample(guests, min(3, len(guests))))
                items.append(item)
        missions.append({
            "ref": ref, "direction": "outgoing" if outgoing else "incoming",
            "title": {"nl": f"Missie {n}", "en": f"Mission {n}"},
            "start": start.isoformat(), "end": (start + timedelta(days=days - 1)).isoformat(),
            "timezone": zone, "countries": ["TW" if not outgoing else rng.choice(["TW", "CN", "CA"])],
            "themes": ["economy"], "goals": ["knowledge"],
            "participants": [{"person": guests[0], "role": "delegation_leader"}]
            + [{"person": g, "role": "delegation_member"} for g in guests[1:]]
            + [{"person": h, "role": "host"} for h in host_refs],
            "programme": items,
            "costs": [{"description": "Transport", "amount": f"{rng.randint(100, 5000)}.00",
                       "currency": "EUR", "paid_by": "Internationale Zaken"}],
        })
    return {"format": "almere-missions/1", "persons": persons, "venues": venues,
            "missions": missions}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--scaled", type=int, metavar="N")
    parser.add_argument("--seed", type=int)
    args = parser.parse_args(argv)
    if args.scaled:
        doc = scaled_document(args.scaled, seed=args.seed or 1)
        text = json.dumps(doc, ensure_ascii=False)
    else:
        doc = demo_season(seed=args.seed or 2022)
        text = json.dumps(doc, ensure_ascii=False, indent=1)
    atomic_write_text(args.out, text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
