"""The printed documents' own words, in Dutch and English, and dates through babel.

Any other language falls back to English for these labels; the mission's own
texts (titles, descriptions, welcome) are picked in the requested language.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_interval

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "programme": "Visitor programme",
        "programme_internal": "Programme — internal version for hosts",
        "internal_marker": "INTERNAL — not for guests",
        "page": "page {page} of {total}",
        "welcome": "Welcome",
        "welcome_default": (
            "On behalf of the municipality of Almere we warmly welcome the delegation of {guest} "
            "to our city. This programme sets out the days ahead: who you will meet, where and when, and how "
            "you travel between places. All times are local times. Should anything be unclear "
            "or should your plans change, please contact us at any time using the details at "
            "the end of this programme. We wish you a pleasant and fruitful visit."),
        "welcome_anonymous": (
            "On behalf of the municipality of Almere we warmly welcome you to our city. This "
            "programme sets out the days ahead: who you will meet, where and when, and how you "
            "travel between places. All times are local times. Should anything be unclear or "
            "should your plans change, please contact us at any time using the details at the "
            "end of this programme. We wish you a pleasant and fruitful visit."),
        "welcome_outgoing": (
            "This programme sets out the mission to {place}: the meetings and visits, where and "
            "when, and the travel in between. Times are the local times of each place. For "
            "questions or changes, please contact the responsible officer; the details are at "
            "the end of this programme. We wish you a good and fruitful journey."),
        "delegation": "Delegation",
        "hosts": "Hosts",
        "others": "Also taking part",
        "participants": "Participants",
        "name": "Name",
        "function": "Function",
        "organisation": "Organisation",
        "role": "Role",
        "nationality": "Nationality",
        "languages": "Languages",
        "timetable": "Programme",
        "time": "Time",
        "item": "Activity",
        "all_day": "all day",
        "until": "until {day}",
        "venues": "Venues",
        "address": "Address",
        "transfers": "Transfers",
        "from_to": "From → to",
        "contact": "Contact",
        "responsible_officer": "Responsible officer",
        "office_phone": "Office",
        "emergency": "Emergency",
        "notes": "Note",
        "dietary": "Diet",
        "accessibility": "Accessibility",
        "tentative": "to be confirmed",
        "cancelled": "cancelled",
        "internal_item": "internal",
        "with": "With",
        "no_items": "The programme is still being prepared; the activities will follow.",
        "no_people": "The names will follow.",
        "times_note": "Times are local times; the zone is shown where it differs from {zone}.",
        "delegation_list": "Delegation list",
        "season_book": "Season book",
        "season_range": "Programmes from {start} to {end}",
        "contents": "Contents",
        "no_missions": "There are no missions in this period.",
        "change_notice": "Change notice",
        "change_intro": "Changes to the programme since version {number}, issued on {day}.",
        "no_changes": "There are no changes to the programme as issued.",
        "change": "Change",
        "before": "Was",
        "after": "Now",
        "change_new": "new",
        "change_moved": "moved",
        "change_cancelled": "cancelled",
        "change_venue_changed": "other venue",
        "change_changed": "changed",
        "change_removed": "removed",
        "badge_guest": "Guest",
        "mission": "Mission",
        "dates": "Dates",
        "visiting": "Visiting organisation",
        "ref": "Reference",
        "generated": "Printed on {day}",
        "role_delegation_leader": "Head of delegation",
        "role_delegation_member": "Delegation member",
        "role_host": "Host",
        "role_staff": "Staff",
        "role_interpreter": "Interpreter",
        "role_guide": "Guide",
        "role_driver": "Driver",
        "role_security": "Security",
    },
    "nl": {
        "programme": "Bezoekersprogramma",
        "programme_internal": "Programma — interne versie voor gastheren",
        "internal_marker": "INTERN — niet voor gasten",
        "page": "pagina {page} van {total}",
        "welcome": "Welkom",
        "welcome_default": (
            "Namens de gemeente Almere heten wij de delegatie van {guest} van harte welkom in onze "
            "stad. In dit programma leest u wat de komende dagen brengen: wie u ontmoet, waar en wanneer, en "
            "hoe u zich tussen de locaties verplaatst. Alle tijden zijn plaatselijke tijden. Is "
            "iets niet duidelijk of veranderen uw plannen, neem dan gerust contact met ons op "
            "via de gegevens achter in dit programma. Wij wensen u een aangenaam en vruchtbaar "
            "bezoek."),
        "welcome_anonymous": (
            "Namens de gemeente Almere heten wij u van harte welkom in onze stad. In dit "
            "programma leest u wat de komende dagen brengen: wie u ontmoet, waar en wanneer, en "
            "hoe u zich tussen de locaties verplaatst. Alle tijden zijn plaatselijke tijden. Is "
            "iets niet duidelijk of veranderen uw plannen, neem dan gerust contact met ons op "
            "via de gegevens achter in dit programma. Wij wensen u een aangenaam en vruchtbaar "
            "bezoek."),
        "welcome_outgoing": (
            "Dit programma beschrijft de missie naar {place}: de gesprekken en bezoeken, waar "
            "en wanneer, en de reizen daartussen. Tijden zijn de plaatselijke tijden van elke "
            "plaats. Voor vragen of wijzigingen kunt u terecht bij de verantwoordelijk "
            "medewerker; de gegevens staan achter in dit programma. Wij wensen u een goede en "
            "vruchtbare reis."),
        "delegation": "Delegatie",
        "hosts": "Gastheren en gastvrouwen",
        "others": "Verder aanwezig",
        "participants": "Deelnemers",
        "name": "Naam",
        "function": "Functie",
        "organisation": "Organisatie",
        "role": "Rol",
        "nationality": "Nationaliteit",
        "languages": "Talen",
        "timetable": "Programma",
        "time": "Tijd",
        "item": "Onderdeel",
        "all_day": "hele dag",
        "until": "tot en met {day}",
        "venues": "Locaties",
        "address": "Adres",
        "transfers": "Vervoer",
        "from_to": "Van → naar",
        "contact": "Contact",
        "responsible_officer": "Verantwoordelijk medewerker",
        "office_phone": "Kantoor",
        "emergency": "Noodgevallen",
        "notes": "Notitie",
        "dietary": "Dieet",
        "accessibility": "Toegankelijkheid",
        "tentative": "onder voorbehoud",
        "cancelled": "vervallen",
        "internal_item": "intern",
        "with": "Met",
        "no_items": "Het programma wordt nog voorbereid; de onderdelen volgen.",
        "no_people": "De namen volgen.",
        "times_note": "Tijden zijn plaatselijke tijden; de tijdzone staat erbij waar die afwijkt "
                      "van {zone}.",
        "delegation_list": "Delegatielijst",
        "season_book": "Seizoensboek",
        "season_range": "Programma's van {start} tot en met {end}",
        "contents": "Inhoud",
        "no_missions": "Er zijn geen missies in deze periode.",
        "change_notice": "Wijzigingsbericht",
        "change_intro": "Wijzigingen in het programma sinds versie {number}, uitgegeven op {day}.",
        "no_changes": "Er zijn geen wijzigingen ten opzichte van het uitgegeven programma.",
        "change": "Wijziging",
        "before": "Was",
        "after": "Nu",
        "change_new": "nieuw",
        "change_moved": "verplaatst",
        "change_cancelled": "vervallen",
        "change_venue_changed": "andere locatie",
        "change_changed": "gewijzigd",
        "change_removed": "geschrapt",
        "badge_guest": "Gast",
        "mission": "Missie",
        "dates": "Data",
        "visiting": "Bezoekende organisatie",
        "ref": "Kenmerk",
        "generated": "Afgedrukt op {day}",
        "role_delegation_leader": "Delegatieleider",
        "role_delegation_member": "Delegatielid",
        "role_host": "Gastheer / gastvrouw",
        "role_staff": "Medewerker",
        "role_interpreter": "Tolk",
        "role_guide": "Gids",
        "role_driver": "Chauffeur",
        "role_security": "Beveiliging",
    },
}


def translate(tables: dict[str, dict[str, str]], key: str, lang: str, **values: str) -> str:
    """``key`` in ``lang``'s table of ``tables`` (English where the language or the key
    has none), with ``values`` filled in."""
    table = tables.get(lang.split("-")[0].lower(), tables["en"])
    text = table.get(key) or tables["en"][key]
    return text.format(**values) if values else text


def label(key: str, lang: str, **values: str) -> str:
    return translate(LABELS, key, lang, **values)


@cache
def locale(lang: str) -> Locale:
    """babel's locale for a BCP 47 tag (``zh-Hant``, ``pt-BR``), English if unknown."""
    for tag in (lang, lang.split("-")[0]):
        try:
            return Locale.parse(tag, sep="-")
        except (UnknownLocaleError, ValueError, TypeError):
            continue
    return Locale.parse("en")


def day(value: date, lang: str, fmt: str = "full") -> str:
    return format_date(value, format=fmt, locale=locale(lang))


def day_range(start: date, end: date, lang: str) -> str:
    if start == end:
        return format_date(start, format="long", locale=locale(lang))
    return format_interval(start, end, "yMMMMd", locale=locale(lang))
