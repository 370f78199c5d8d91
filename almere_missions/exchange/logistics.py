"""The exchange format's logistics section: checked before anything is written.

An optional object ``"logistics"`` of a version 2 document (docs/EXCHANGE-FORMAT-2.md).
Each list holds canonical records, the same shape the export writes, so that the
writer (:mod:`exchange.logistics_rows`) compares a record with what the database
holds and leaves an equal one alone. Every problem is named with the file, the
record (``logistics.room_blocks[2] ref=...``) and the field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from almere_missions import codes
from almere_missions.db.models_logistics import VENUE_KINDS
from almere_missions.timeutil import TimeProblem, format_local, parse_local

SECTION = "logistics"
#: the lists of the section, in the order they are written (later ones refer to earlier ones)
KINDS = ("venue_profiles", "protocol", "needs", "vehicles", "room_blocks", "trips",
         "interpreter_bookings", "invitations")
#: the field that keys each kind's records
KEYS = {"venue_profiles": "venue", "protocol": "person", "needs": "person",
        "vehicles": "ref", "room_blocks": "ref", "trips": "ref",
        "interpreter_bookings": "item", "invitations": "uid"}
#: an attendee's answer, as the invitations use case reports it
REPLIES = ("needs-action", "accepted", "declined", "tentative")
METHODS = ("REQUEST", "CANCEL")


@dataclass
class Known:
    """What records may point at: the database's rows as the file leaves them."""

    persons: set[str] = field(default_factory=set)
    #: person ref -> spoken languages (interpreters need two)
    languages: dict[str, list[str]] = field(default_factory=dict)
    venues: set[str] = field(default_factory=set)
    #: venue ref -> kind, for venues with a profile
    venue_kinds: dict[str, str] = field(default_factory=dict)
    missions: set[str] = field(default_factory=set)
    #: mission ref -> person refs taking part
    participants: dict[str, set[str]] = field(default_factory=dict)
    #: item ref -> (mission ref, the item's zone)
    items: dict[str, tuple[str, str]] = field(default_factory=dict)
    vehicles: set[str] = field(default_factory=set)

    def with_file(self, persons: list[dict], venues: list[dict], missions: list) -> Known:
        """The refs as they will be once the file's persons, venues and missions are written:
        a mission in the file brings its own participants and programme."""
        kn = Known(persons=self.persons | {p["ref"] for p in persons},
                   languages=dict(self.languages), venues=self.venues | {v["ref"] for v in venues},
                   venue_kinds=dict(self.venue_kinds),
                   missions=self.missions | {m.ref for m in missions},
                   participants={k: set(v) for k, v in self.participants.items()},
                   vehicles=set(self.vehicles))
        for p in persons:
            kn.languages[p["ref"]] = list(p.get("languages", []))
        replaced = {m.ref for m in missions}
        kn.items = {ref: v for ref, v in self.items.items() if v[0] not in replaced}
        for m in missions:
            kn.participants[m.ref] = {p for p, _role in m.participants}
            for it in m.items:
                kn.items[it.ref] = (m.ref, it.timezone)
        return kn


def _put(doc: dict, key: str, value: Any) -> None:
    if value not in (None, "", [], {}):
        doc[key] = value


def instant_text(value: datetime) -> str:
    """A recorded moment (not a programme time): UTC, ``2022-05-01T08:30:00Z``."""
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def label(kind: str, i: int, raw: Any) -> str:
    key = KEYS[kind]
    value = raw.get(key) if isinstance(raw, dict) else None
    return f"{SECTION}.{kind}[{i}]" + (f" {key}={value}" if isinstance(value, str) else "")


class _Section:
    """Checks the records of one section with the exchange checker ``ck``."""

    def __init__(self, ck, kn: Known):
        self.ck, self.kn = ck, kn
        #: refs defined in the file, so a record may point at one that comes later
        self.file_vehicles: set[str] = set()
        self.file_hotels: dict[str, str] = {}

    # --- small typed getters on top of the exchange checker --------------------------

    def ref(self, obj: dict, key: str, where: str, pool, what: str, *,
            required: bool = False) -> str | None:
        value = self.ck.string(obj, key, where, required=required)
        if value is not None and value not in pool:
            self.ck.fail(where, key, f"no {what} with ref {value!r} in the file or the database")
            return None
        return value or None

    def refs(self, obj: dict, key: str, where: str, pool, what: str) -> list[str]:
        values = self.ck.string_list(obj, key, where) or []
        for v in values:
            if v not in pool:
                self.ck.fail(where, key, f"no {what} with ref {v!r} in the file or the database")
        if len(set(values)) != len(values):
            self.ck.fail(where, key, "lists a ref twice")
        return sorted(set(values))

    def whole(self, obj: dict, key: str, where: str, *, low: int, required: bool = False
              ) -> int | None:
        value = self.ck.given(obj, key, where, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            self.ck.fail(where, key, f"must be a whole number of at least {low}, not {value!r}")
            return None
        return value

    def translations(self, obj: dict, key: str, where: str) -> dict[str, str]:
        value = obj.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            self.ck.fail(where, key, "must map language tags to texts, e.g. {\"nl\": \"...\"}")
            return {}
        for tag in value:
            if not codes.is_language_tag(tag):
                self.ck.fail(where, key, f"{tag!r} is not a BCP 47 language tag")
        return dict(value)

    def nights(self, obj: dict, where: str) -> tuple[date | None, date | None]:
        check_in = self.ck.date_(obj, "check_in", where, required=True)
        check_out = self.ck.date_(obj, "check_out", where, required=True)
        if check_in and check_out and check_out <= check_in:
            self.ck.fail(where, "check_out", f"{check_out} must be after the check-in "
                                             f"{check_in}")
        return check_in, check_out

    def moment(self, obj: dict, key: str, where: str, *, required: bool = False) -> str | None:
        value = self.ck.given(obj, key, where, required)
        if value is None:
            return None
        try:
            if not isinstance(value, str):
                raise ValueError
            parsed = datetime.fromisoformat(value)
        except ValueError:
            parsed = None
        if parsed is None or parsed.tzinfo is None:
            self.ck.fail(where, key, f"{value!r} is not a moment with its offset, such as "
                                     "2022-05-01T08:30:00Z")
            return None
        return instant_text(parsed)

    def local(self, obj: dict, key: str, where: str, tz: str | None) -> datetime | None:
        value = obj.get(key)
        if value is None:
            self.ck.fail(where, key, "is required")
            return None
        if tz is None:
            return None  # the item it belongs to is already named as wrong
        try:
            return parse_local(value, tz)
        except TimeProblem as exc:
            self.ck.fail(where, key, str(exc))
            return None

    # --- the records --------------------------------------------------------------------

    def venue_profile(self, r: dict, where: str) -> dict:
        doc = {"venue": self.ref(r, "venue", where, self.kn.venues, "venue", required=True),
               "kind": self.ck.enum(r, "kind", where, VENUE_KINDS, "venue")}
        step_free = r.get("step_free")
        if step_free is not None and not isinstance(step_free, bool):
            self.ck.fail(where, "step_free", f"must be true, false or null, not {step_free!r}")
            step_free = None
        if step_free is not None:
            doc["step_free"] = step_free
        return doc

    def protocol(self, r: dict, where: str) -> dict:
        doc = {"person": self.ref(r, "person", where, self.kn.persons, "person", required=True)}
        _put(doc, "title", self.translations(r, "title", where))
        _put(doc, "address", self.translations(r, "address", where))
        _put(doc, "precedence", self.whole(r, "precedence", where, low=1))
        return doc

    def needs(self, r: dict, where: str) -> dict:
        doc = {"person": self.ref(r, "person", where, self.kn.persons, "person", required=True)}
        _put(doc, "allergies", (self.ck.string(r, "allergies", where) or "").strip())
        doc["step_free"] = self.ck.boolean(r, "step_free", where, False)
        return doc

    def vehicle(self, r: dict, where: str) -> dict:
        doc = {"ref": self.ck.string(r, "ref", where, required=True),
               "name": self.ck.string(r, "name", where, required=True),
               "seats": self.whole(r, "seats", where, low=1, required=True)}
        _put(doc, "plate", self.ck.string(r, "plate", where))
        return doc

    def room_block(self, r: dict, where: str) -> dict:
        ck = self.ck
        mission = self.ref(r, "mission", where, self.kn.missions, "mission", required=True)
        hotel = self.ref(r, "hotel", where, self.kn.venues, "venue", required=True)
        if hotel is not None:
            kind = self.file_hotels.get(hotel, self.kn.venue_kinds.get(hotel, "venue"))
            if kind != "hotel":
                ck.fail(where, "hotel", f"venue {hotel} is not a hotel (give it kind hotel "
                                        "in logistics.venue_profiles)")
        check_in, check_out = self.nights(r, where)
        doc = {"ref": ck.string(r, "ref", where, required=True), "mission": mission,
               "hotel": hotel,
               "check_in": check_in.isoformat() if check_in else None,
               "check_out": check_out.isoformat() if check_out else None,
               "rooms": self.whole(r, "rooms", where, low=1, required=True),
               "cost_per_night": self.amount(r, "cost_per_night", where),
               "currency": ck.string(r, "currency", where) or "EUR",
               "payer": (ck.string(r, "payer", where, required=True) or "").strip()}
        if doc["currency"] not in codes.currencies():
            ck.fail(where, "currency", f"{doc['currency']!r} is not an ISO 4217 currency code")
        guests = self.kn.participants.get(mission, set()) if mission else set()
        out, seen = [], set()
        for aw, a in ck.objects(r, "assignments", where):
            person = self.ref(a, "person", aw, self.kn.persons, "person", required=True)
            if person and mission and person not in guests:
                ck.fail(aw, "person", f"{person} is not a participant of mission {mission}")
            a_in, a_out = self.nights(a, aw)
            room = (ck.string(a, "room", aw, required=True) or "").strip()
            if (person, a_in) in seen:
                ck.fail(aw, "person", f"{person} has a room from {a_in} twice in this block")
            seen.add((person, a_in))
            out.append({"person": person, "room": room,
                        "check_in": a_in.isoformat() if a_in else None,
                        "check_out": a_out.isoformat() if a_out else None})
        doc["assignments"] = sorted(out, key=lambda a: (a["person"] or "", a["check_in"] or ""))
        return doc

    def amount(self, r: dict, key: str, where: str) -> str | None:
        from almere_missions.exchange.validate import _DECIMAL

        value = r.get(key)
        if value is None:
            self.ck.fail(where, key, "is required")
            return None
        if not isinstance(value, str) or not _DECIMAL.match(value):
            self.ck.fail(where, key, f"{value!r} is not an amount such as \"129.00\" (a "
                                     "decimal string, never a number)")
            return None
        if Decimal(value) < 0:
            self.ck.fail(where, key, "must not be negative")
            return None
        return str(Decimal(value))

    def trip(self, r: dict, where: str) -> dict:
        ck, kn = self.ck, self.kn
        mission = self.ref(r, "mission", where, kn.missions, "mission", required=True)
        doc = {"ref": ck.string(r, "ref", where, required=True), "mission": mission,
               "vehicle": self.ref(r, "vehicle", where, kn.vehicles | self.file_vehicles,
                                   "vehicle", required=True)}
        _put(doc, "driver", self.ref(r, "driver", where, kn.persons, "person"))
        zone = None
        for key, required in (("from_item", False), ("to_item", True)):
            item = self.ref(r, key, where, kn.items, "programme item", required=required)
            if item is not None and mission is not None and kn.items[item][0] != mission:
                ck.fail(where, key, f"item {item} is not in mission {mission}")
            elif item is not None and key == "to_item":
                zone = kn.items[item][1]
            _put(doc, key, item)
        for key in ("from_venue", "to_venue"):
            _put(doc, key, self.ref(r, key, where, kn.venues, "venue"))
        pickup = self.local(r, "pickup", where, zone)
        arrive = self.local(r, "arrive", where, zone)
        if pickup and arrive and arrive < pickup:
            ck.fail(where, "arrive", f"{r['arrive']} is before the pick-up {r['pickup']}")
        if pickup and arrive:
            doc["pickup"], doc["arrive"] = format_local(pickup, zone), format_local(arrive, zone)
        doc["passengers"] = self.refs(r, "passengers", where, kn.persons, "person")
        _put(doc, "notes", ck.string(r, "notes", where))
        return doc

    def interpreter_booking(self, r: dict, where: str) -> dict:
        before = len(self.ck.problems)
        doc = {"item": self.ref(r, "item", where, self.kn.items, "programme item",
                                required=True),
               "interpreters": self.refs(r, "interpreters", where, self.kn.persons, "person")}
        if not doc["interpreters"] and len(self.ck.problems) == before:
            self.ck.fail(where, "interpreters", "name at least one interpreter")
        for person in doc["interpreters"]:
            if person in self.kn.persons and len(self.kn.languages.get(person) or ()) < 2:
                self.ck.fail(where, "interpreters", f"{person} needs at least two languages on "
                                                    "their record to interpret")
        return doc

    def invitation(self, r: dict, where: str) -> dict:
        ck = self.ck
        doc = {"uid": ck.string(r, "uid", where, required=True),
               "mission": self.ref(r, "mission", where, self.kn.missions, "mission",
                                   required=True),
               # the item may be gone since: its invitation is kept to cancel it
               "item": ck.string(r, "item", where, required=True),
               "method": ck.enum(r, "method", where, METHODS),
               "sequence": self.whole(r, "sequence", where, low=0, required=True),
               "sent_at": self.moment(r, "sent_at", where, required=True),
               "summary": ck.string(r, "summary", where) or "",
               "start": self.moment(r, "start", where, required=True),
               "end": self.moment(r, "end", where, required=True),
               "timezone": ck.zone(r, "timezone", where, required=True),
               "all_day": ck.boolean(r, "all_day", where, False)}
        if doc["start"] and doc["end"] and (datetime.fromisoformat(doc["end"])
                                            < datetime.fromisoformat(doc["start"])):
            ck.fail(where, "end", f"{doc['end']} is before the start {doc['start']}")
        if ck.boolean(r, "revised_since_sent", where, False) and doc["item"] in self.kn.items:
            doc["revised_since_sent"] = True  # (of an item that is gone, nothing to say)
        out, seen = [], set()
        for aw, a in ck.objects(r, "attendees", where):
            person = self.ref(a, "person", aw, self.kn.persons, "person", required=True)
            if person in seen:
                ck.fail(aw, "person", f"{person} is listed twice")
            seen.add(person)
            att = {"person": person, "reply": ck.enum(a, "reply", aw, REPLIES, "needs-action")}
            _put(att, "replied_at", self.moment(a, "replied_at", aw))
            out.append(att)
        doc["attendees"] = sorted(out, key=lambda a: a["person"] or "")
        return doc


_CHECKS = {"venue_profiles": _Section.venue_profile, "protocol": _Section.protocol,
           "needs": _Section.needs, "vehicles": _Section.vehicle,
           "room_blocks": _Section.room_block, "trips": _Section.trip,
           "interpreter_bookings": _Section.interpreter_booking,
           "invitations": _Section.invitation}


def check(ck, raw: Any, kn: Known) -> dict[str, list[dict]]:
    """The section's canonical records per kind; problems go to ``ck``."""
    out: dict[str, list[dict]] = {kind: [] for kind in KINDS}
    if not isinstance(raw, dict):
        ck.fail("", SECTION, "must be an object of lists (venue_profiles, room_blocks, ...)")
        return out
    for key in raw:
        if key not in KINDS:
            # Inside the product's own section an unknown list is a mistake, not an extension.
            ck.fail(SECTION, key, f"unknown list (one of {', '.join(KINDS)})")
    sec = _Section(ck, kn)
    lists: dict[str, list] = {}
    for kind in KINDS:
        value = raw.get(kind, [])
        if not isinstance(value, list):
            ck.fail(SECTION, kind, "must be a list")
            value = []
        lists[kind] = value
    sec.file_vehicles = {r["ref"] for r in lists["vehicles"]
                         if isinstance(r, dict) and isinstance(r.get("ref"), str)}
    sec.file_hotels = {r["venue"]: r.get("kind", "venue") for r in lists["venue_profiles"]
                       if isinstance(r, dict) and isinstance(r.get("venue"), str)}
    for kind in KINDS:
        key = KEYS[kind]
        seen: set[str] = set()
        for i, item in enumerate(lists[kind]):
            where = label(kind, i, item)
            if not isinstance(item, dict):
                ck.fail(where, None, "must be an object")
                continue
            before = len(ck.problems)
            doc = _CHECKS[kind](sec, item, where)
            value = doc.get(key)
            if value is not None and value in seen:
                ck.fail(where, key, f"{value!r} has a record already in this list")
            seen.add(value)
            if len(ck.problems) == before:
                out[kind].append(doc)
    return out
