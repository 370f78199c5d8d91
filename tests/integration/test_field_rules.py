"""One set of field rules: the import and the forms refuse a value in the same words.

Each case spoils one field in the contract example (imported) and the same field in the
form's input (``services.editing``); both must name that field with the message of
``almere_missions.fields``.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from almere_missions import fields
from almere_missions.errors import InvalidInput
from almere_missions.exchange.importer import import_document
from almere_missions.exchange.validate import ExchangeErrors
from almere_missions.services import editing
from almere_missions.views import CostView
from tests.conftest import EXAMPLE

M = ("missions", 0)


def _mission(**over) -> editing.MissionInput:
    data = dict(direction="incoming", title={"en": "Visit from Taipei"}, start=date(2022, 4, 20),
                end=date(2022, 4, 21), countries=("TW",), themes=("floriade",))
    return editing.MissionInput(**(data | over))


def _person(**over) -> editing.PersonInput:
    return editing.PersonInput(**({"name": "Jeroen Bakker"} | over))


def _venue(**over) -> editing.VenueInput:
    return editing.VenueInput(**({"name": "Floriade", "country": "NL",
                                  "timezone": "Europe/Amsterdam"} | over))


def _costs(u, *lines):
    m = editing.create_mission(u, _mission())
    return editing.set_costs(u, m.ref, m.version, list(lines))


def _participants(u, role):
    m = editing.create_mission(u, _mission())
    p = editing.save_person(u, _person(), None)
    return editing.set_participants(u, m.ref, m.version, [(p.ref, role)])


# (name, where in the file, value, the file's field, the form's call, the form's field, words)
CASES = [
    ("country", (*M, "countries"), ["XX"], "countries",
     lambda u: editing.create_mission(u, _mission(countries=("XX",))), "countries",
     fields.country("XX")),
    ("no-country", (*M, "countries"), [], "countries",
     lambda u: editing.create_mission(u, _mission(countries=())), "countries",
     fields.NO_COUNTRY),
    ("mission-zone", (*M, "timezone"), "CET", "timezone",
     lambda u: editing.create_mission(u, _mission(timezone="CET")), "timezone",
     fields.zone("CET")),
    ("theme", (*M, "themes"), ["space"], "themes",
     lambda u: editing.create_mission(u, _mission(themes=("space",))), "themes",
     "unknown theme code 'space'"),
    ("direction", (*M, "direction"), "sideways", "direction",
     lambda u: editing.create_mission(u, _mission(direction="sideways")), "direction",
     "unknown value 'sideways' (one of incoming, outgoing)"),
    ("dates", (*M, "end"), "2022-04-19", "end",
     lambda u: editing.create_mission(u, _mission(end=date(2022, 4, 19))), "end",
     "the end date 2022-04-19 is before the start date 2022-04-20"),
    ("title", (*M, "title"), " ", "title",
     lambda u: editing.create_mission(u, _mission(title=" ")), "title", fields.EMPTY),
    ("nationality", ("persons", 2, "nationality"), ["TWN"], "nationality",
     lambda u: editing.save_person(u, _person(nationality=("TWN",)), None), "nationality",
     fields.country("TWN")),
    ("language", ("persons", 2, "languages"), ["zh_Hant"], "languages",
     lambda u: editing.save_person(u, _person(languages=("zh_Hant",)), None), "languages",
     "'zh_Hant' is not a BCP 47 language tag (e.g. nl, en, zh-Hant)"),
    ("email", ("persons", 1, "email"), "not-an-address", "email",
     lambda u: editing.save_person(u, _person(email="not-an-address"), None), "email",
     "is not an e-mail address"),
    ("birth-date", ("persons", 2, "birth_date"), "2999-01-01", "birth_date",
     lambda u: editing.save_person(u, _person(birth_date=date(2999, 1, 1)), None),
     "birth_date", "lies in the future"),
    ("venue-zone", ("venues", 0, "timezone"), "CEST", "timezone",
     lambda u: editing.save_venue(u, _venue(timezone="CEST"), None), "timezone",
     fields.zone("CEST")),
    ("venue-country", ("venues", 0, "country"), "NLD", "country",
     lambda u: editing.save_venue(u, _venue(country="NLD"), None), "country",
     fields.country("NLD")),
    ("latitude", ("venues", 1, "lat"), 95.0, "lat",
     lambda u: editing.save_venue(u, _venue(lat=95.0, lon=5.0), None), "lat",
     "must be a number from -90 to 90"),
    ("capacity", ("venues", 2, "capacity"), -5, "capacity",
     lambda u: editing.save_venue(u, _venue(capacity=-5), None), "capacity",
     "must be a whole number of people, 0 or more"),
    ("negative-amount", (*M, "costs", 0, "amount"), "-1.00", "amount",
     lambda u: _costs(u, CostView("x", Decimal("-1.00"))), "costs[0].amount",
     "must be zero or more"),
    ("cents", (*M, "costs", 0, "amount"), "1.001", "amount",
     lambda u: _costs(u, CostView("x", Decimal("1.001"))), "costs[0].amount",
     "has more than two decimals (cents)"),
    ("currency", (*M, "costs", 0, "currency"), "EURO", "currency",
     lambda u: _costs(u, CostView("x", Decimal("1"), "EURO")), "costs[0].currency",
     "'EURO' is not an ISO 4217 currency code"),
    ("role", (*M, "participants", 0, "role"), "king", "role",
     lambda u: _participants(u, "king"), "participants[0].role",
     "unknown value 'king' (one of "),
]


def _spoilt(path, value) -> dict:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return doc


@pytest.mark.parametrize("path, value, file_field, form, form_field, words",
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_import_and_the_form_refuse_a_field_in_the_same_words(db, uow, path, value,
                                                                  file_field, form, form_field,
                                                                  words):
    with uow() as u, pytest.raises(ExchangeErrors) as err:
        import_document(u, _spoilt(path, value), "bad.json")
    said = [p.split(f"field {file_field}: ", 1)[1] for p in err.value.problems
            if f"field {file_field}: " in p]
    assert said and said[0].startswith(words), err.value.problems
    with uow() as u, pytest.raises(InvalidInput) as err:
        form(u)
    assert err.value.field == form_field
    assert err.value.detail.startswith(words)
    assert said[0] == err.value.detail
