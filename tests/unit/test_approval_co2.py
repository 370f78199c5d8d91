"""CO2 of the travel: distances, modes, factors, and the train notice."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from almere_missions.approval import co2
from almere_missions.views import ItemView, MissionView, ParticipantView, VenueView

T0 = datetime(2022, 6, 13, 5, 0, tzinfo=UTC)
VENUES = {
    "ams": VenueView("ams", "Amsterdam Airport Schiphol", "NL", "Europe/Amsterdam",
                     lat=52.3105, lon=4.7683),
    "cdg": VenueView("cdg", {"fr": "Aéroport Charles de Gaulle", "en": "Paris CDG Airport"},
                     "FR", "Europe/Paris", lat=49.0097, lon=2.5479),
    "tpe": VenueView("tpe", "Taoyuan Airport", "TW", "Asia/Taipei", lat=25.0797, lon=121.2342),
    "hall": VenueView("hall", "City Hall", "NL", "Europe/Amsterdam", lat=52.3708, lon=5.2189),
    "paris": VenueView("paris", "Hôtel de Ville", "FR", "Europe/Paris", lat=48.8566,
                       lon=2.3522),
    "nowhere": VenueView("nowhere", "Unknown", "FR", "Europe/Paris"),
}
PEOPLE = (ParticipantView("a", "delegation_leader"), ParticipantView("b", "staff"),
          ParticipantView("c", "staff"))


def leg(ref, venue, to, title="Travel", kind="travel", participants=None, status="tentative"):
    return ItemView(ref=ref, kind=kind, title=title, start=T0, end=T0 + timedelta(hours=2),
                    timezone="Europe/Amsterdam", venue=venue, to_venue=to,
                    participants=participants, status=status)


def mission(*items):
    return MissionView(ref="M", direction="outgoing", title="t", start=date(2022, 6, 13),
                       end=date(2022, 6, 14), timezone="Europe/Paris", countries=("FR",),
                       participants=PEOPLE, items=items)


def test_great_circle_distances():
    assert co2.great_circle_km(52.3105, 4.7683, 49.0097, 2.5479) == pytest.approx(398, abs=3)
    assert co2.great_circle_km(52.3105, 4.7683, 25.0797, 121.2342) == pytest.approx(9390,
                                                                                    rel=0.01)


def test_a_short_flight_gets_the_train_notice_and_its_factor():
    est = co2.estimate(mission(leg("out", "ams", "cdg", title="Flight AF1241")), VENUES)
    (only,) = est.legs
    assert (only.mode, only.factor, only.mode_from, only.persons) == (
        "flight", "flight_domestic", "text", 3)
    expected = (Decimal(str(co2.great_circle_km(52.3105, 4.7683, 49.0097, 2.5479)))
                * Decimal("1.08") * Decimal("0.27258") * 3)
    assert est.total_kg == expected.quantize(Decimal("0.1"))
    assert len(est.notices) == 1 and "within reach by train" in est.notices[0]
    assert "DESNZ" in est.source


def test_two_airports_make_a_flight_and_a_long_one_has_no_notice():
    est = co2.estimate(mission(leg("out", "ams", "tpe", participants=("a",))), VENUES)
    (only,) = est.legs
    assert (only.mode, only.factor, only.mode_from, only.persons) == (
        "flight", "flight_long_haul", "airports", 1)
    assert est.notices == ()
    assert 2500 < only.kg < 3000  # about 9,400 km × 1.08 × 0.26 kg


def test_train_coach_and_car():
    est = co2.estimate(mission(
        leg("t", "hall", "paris", title={"nl": "Trein naar Parijs", "en": "Train to Paris"}),
        leg("c", "hall", "paris", title="Touringcar"),
        leg("x", "ams", "hall", kind="transfer", title="Pick-up"),
    ), VENUES)
    modes = {leg.item: (leg.mode, leg.mode_from) for leg in est.legs}
    assert modes == {"t": ("train", "text"), "c": ("coach", "text"),
                     "x": ("car", "distance")}
    train = next(leg for leg in est.legs if leg.item == "t")
    coach = next(leg for leg in est.legs if leg.item == "c")
    assert train.kg > coach.kg  # rail 0.035 vs coach 0.027 kg per passenger-km
    car = next(leg for leg in est.legs if leg.item == "x")
    # Three people share one car: one vehicle's emissions.
    km = Decimal(str(co2.great_circle_km(52.3105, 4.7683, 52.3708, 5.2189)))
    assert car.kg == (km * Decimal("1.2") * Decimal("0.17048")).quantize(Decimal("0.1"))
    assert est.notices == ()


def test_unknown_ground_travel_over_the_train_reach_counts_as_a_flight():
    est = co2.estimate(mission(leg("x", "hall", "tpe", title="Journey")), VENUES)
    assert est.legs[0].mode == "flight" and est.legs[0].mode_from == "distance"


def test_legs_without_coordinates_and_cancelled_items_are_not_counted():
    est = co2.estimate(mission(leg("a", "ams", "nowhere"), leg("b", "ams", None),
                               leg("c", "ams", "cdg", status="cancelled"),
                               ItemView(ref="m", kind="meeting", title="Meeting", start=T0,
                                        end=T0 + timedelta(hours=1), timezone="UTC",
                                        venue="ams", to_venue="cdg")), VENUES)
    assert est.legs == () and est.total_kg == 0
    assert [n.split(":")[0] for n in est.not_counted] == ["a", "b"]
