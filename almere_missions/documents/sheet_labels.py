"""The logistics sheets' own words, in Dutch and English (other languages: English), and
the parts the three sheets share."""

from __future__ import annotations

from datetime import datetime

from reportlab.platypus import Flowable

from almere_missions.documents import labels
from almere_missions.documents.branding import settings
from almere_missions.documents.common import title_block
from almere_missions.documents.toolkit import key_values
from almere_missions.logistics.sheets import MissionHead, Place
from almere_missions.text import pick

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "driver_sheet": "Driver's sheet",
        "caterer_sheet": "Caterer's sheet",
        "rooming_list": "Rooming list",
        "driver": "Driver",
        "day": "Day",
        "phone": "Telephone",
        "officer": "Responsible officer",
        "pickup": "Pick-up",
        "arrive_by": "arrive by {time}",
        "about_minutes": "about {minutes} min",
        "from": "From",
        "to": "To",
        "passengers": "Passengers",
        "vehicle": "Vehicle",
        "seats": "{seats} seats",
        "no_rides": "No rides with a driver have been planned for this mission yet.",
        "step_free_need": "step-free",
        "not_step_free": "not step-free",
        "meal": "Meal",
        "time": "Time",
        "venue": "Venue",
        "guests": "Guests",
        "diet": "Diet",
        "no_diet": "no special diet",
        "count": "Number",
        "allergies": "Allergies",
        "no_allergies": "No allergies reported.",
        "access": "Accessibility",
        "no_access": "No accessibility needs reported.",
        "step_free_access": "step-free access (wheelchair, walking frame)",
        "no_meals": "There are no meals in this programme.",
        "contact": "Contact",
        "no_names": "This sheet gives numbers only; it holds no names or other personal data.",
        "hotel": "Hotel",
        "block": "Room block",
        "block_dates": "Dates",
        "rooms_held": "Rooms held",
        "rate": "Rate per night",
        "payer": "Paid by",
        "guest": "Guest",
        "room": "Room",
        "check_in": "Check-in",
        "check_out": "Check-out",
        "nights": "Nights",
        "needs": "Needs",
        "rooms_used": "Rooms in use per night",
        "night": "Night",
        "in_use": "In use",
        "of_held": "of {rooms} held",
        "over_block": "more than held",
        "summary": "At most {used} of {rooms} rooms in use; {nights} room nights.",
        "no_blocks": "No rooms have been booked for this mission yet.",
        "no_stays": "No guests have been given a room in this block yet.",
    },
    "nl": {
        "driver_sheet": "Ritkaart chauffeur",
        "caterer_sheet": "Overzicht voor de cateraar",
        "rooming_list": "Kamerlijst",
        "driver": "Chauffeur",
        "day": "Dag",
        "phone": "Telefoon",
        "officer": "Verantwoordelijk medewerker",
        "pickup": "Ophalen",
        "arrive_by": "aankomst {time}",
        "about_minutes": "ongeveer {minutes} min",
        "from": "Van",
        "to": "Naar",
        "passengers": "Passagiers",
        "vehicle": "Voertuig",
        "seats": "{seats} zitplaatsen",
        "no_rides": "Voor deze missie zijn nog geen ritten met een chauffeur gepland.",
        "step_free_need": "drempelvrij",
        "not_step_free": "niet drempelvrij",
        "meal": "Maaltijd",
        "time": "Tijd",
        "venue": "Locatie",
        "guests": "Gasten",
        "diet": "Dieet",
        "no_diet": "geen bijzonder dieet",
        "count": "Aantal",
        "allergies": "Allergieën",
        "no_allergies": "Geen allergieën opgegeven.",
        "access": "Toegankelijkheid",
        "no_access": "Geen toegankelijkheidswensen opgegeven.",
        "step_free_access": "drempelvrije toegang (rolstoel, rollator)",
        "no_meals": "Dit programma heeft geen maaltijden.",
        "contact": "Contact",
        "no_names": "Dit overzicht geeft alleen aantallen; het bevat geen namen of andere "
                    "persoonsgegevens.",
        "hotel": "Hotel",
        "block": "Kamerblok",
        "block_dates": "Data",
        "rooms_held": "Kamers gereserveerd",
        "rate": "Prijs per nacht",
        "payer": "Betaald door",
        "guest": "Gast",
        "room": "Kamer",
        "check_in": "Aankomst",
        "check_out": "Vertrek",
        "nights": "Nachten",
        "needs": "Wensen",
        "rooms_used": "Kamers in gebruik per nacht",
        "night": "Nacht",
        "in_use": "In gebruik",
        "of_held": "van {rooms} gereserveerd",
        "over_block": "meer dan gereserveerd",
        "summary": "Ten hoogste {used} van {rooms} kamers in gebruik; {nights} kamernachten.",
        "no_blocks": "Voor deze missie zijn nog geen kamers geboekt.",
        "no_stays": "In dit blok heeft nog geen gast een kamer.",
    },
}


def word(key: str, lang: str, **values: str) -> str:
    return labels.translate(WORDS, key, lang, **values)


def hm(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def place_cell(place: Place | None, lang: str, *, extra: str = "") -> str:
    """The venue's name, its address below, and whether it is step-free where known."""
    if place is None:
        return extra
    lines = [place.name]
    if place.address:
        lines.append(place.address)
    if place.step_free is not None:
        lines.append(word("step_free_need" if place.step_free else "not_step_free", lang))
    if extra:
        lines.append(extra)
    return "\n".join(lines)


def cover(head: MissionHead, kind: str, title: str, lang: str,
          details: list[tuple[str, str | None]]) -> list[Flowable]:
    return [
        *title_block(title, lang, word(kind, lang)),
        key_values([
            (labels.label("mission", lang), head.title if title != head.title else None),
            (labels.label("dates", lang), labels.day_range(head.start, head.end, lang)),
            (labels.label("ref", lang), head.ref),
            *details,
        ]),
    ]


def office_line(lang: str) -> str:
    office = settings()
    line = ", ".join(x for x in (pick(office.municipality, lang), pick(office.office, lang))
                     if x)
    return f"{line}\n{office.office_phone}" + (f" · {office.office_email}"
                                               if office.office_email else "")
