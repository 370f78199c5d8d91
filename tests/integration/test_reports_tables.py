"""Reports as tables: travel movements, costs by payer, CO2, the expo, transparency."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from almere_missions.approval import co2 as approval_co2
from almere_missions.reports import co2
from almere_missions.reports.co2 import Co2Estimate, co2_report, great_circle_km
from almere_missions.reports.costs import costs_by_payer
from almere_missions.reports.expo import expo_by_month, expo_delegations
from almere_missions.reports.movements import breakdown, movement_tables, movements
from almere_missions.reports.transparency import transparency_list
from tests.integration.reliability.season import load_season


@pytest.fixture
def season(db, tmp_path):
    load_season(db, tmp_path)
    return db


def _rows(table):
    return {r[0]: r for r in table.rows}


def test_movements_per_quarter_and_dimension(season, uow):
    with uow(write=False) as u:
        moves = movements(u, 2022)
    assert sorted(m.ref for m in moves) == ["IN-MIL", "IN-TPE", "OUT-BRU", "OUT-SZ"]
    assert {m.ref: m.quarter for m in moves} == {"IN-TPE": 2, "IN-MIL": 3, "OUT-SZ": 4,
                                                  "OUT-BRU": 2}
    direction = _rows(breakdown(moves, "direction", 2022))
    assert direction["incoming"][1:] == (0, 1, 1, 0, 2, 2 + 1)  # guests: 2 Taipei, 1 Milan
    assert direction["outgoing"][1:] == (0, 1, 0, 1, 2, 2 + 1)  # travellers: staff only
    country = _rows(breakdown(moves, "country", 2022))
    assert set(country) == {"TW", "IT", "CN", "BE"}
    partner = _rows(breakdown(moves, "partner_city", 2022))
    # Milano is Milan's own name; Brussels is no partner city
    assert partner["Taipei"][5] == 1 and partner["Milan"][5] == 1
    assert partner["Shenzhen"][5] == 1 and partner["(none)"][5] == 1
    theme = _rows(breakdown(moves, "theme", 2022))
    assert theme["Floriade Expo 2022"][5] == 2 and theme["Food"][5] == 1
    goal = breakdown(moves, "goal", 2022)
    assert _rows(goal)["Positioning and profiling"][5] == 2
    assert goal.total[5] == 4  # each mission once, however many goals
    dept = _rows(breakdown(moves, "department", 2022))
    # matched on the Dutch name, the code and the English name alike
    assert dept["International Affairs"][5] == 2
    assert dept["Economic Development and Land"][5] == 1
    assert dept["(none)"][5] == 1


def test_movements_without_year_span_every_quarter(season, uow):
    with uow(write=False) as u:
        tables = movement_tables(u, None)
    register = tables[0]
    assert {r[0] for r in register.rows} == {"IN-TPE", "IN-MIL", "OUT-SZ", "OUT-BRU", "OUT-TOR"}
    by_dir = tables[1]
    assert by_dir.columns[1:-2] == ("2022 Q2", "2022 Q3", "2022 Q4", "2023 Q1")


def test_costs_by_payer_per_currency(season, uow):
    with uow(write=False) as u:
        table = costs_by_payer(u, 2022)
    rows = {(r[0], r[1]): r for r in table.rows}
    assert rows[("Internationale Zaken", "EUR")][3:] == (Decimal("180.00"), Decimal("4320.50"),
                                                        Decimal("4500.50"))
    assert rows[("Floriade Almere 2022 B.V.", "EUR")][5] == Decimal("750.00")
    assert rows[("Internationale Zaken", "USD")][5] == Decimal("1000.00")
    assert table.total is None  # EUR and USD are never added up
    with uow(write=False) as u:
        t2023 = costs_by_payer(u, 2023)
    assert t2023.rows == (("(none)", "EUR", 1, Decimal(0), Decimal("900.00"),
                           Decimal("900.00")),)
    assert t2023.total[5] == Decimal("900.00")


def test_co2_from_the_travel_legs_else_the_venues(season, uow):
    with uow(write=False) as u:
        table = co2_report(u, None)
    rows = _rows(table)
    assert set(rows) == {"OUT-SZ", "OUT-BRU", "OUT-TOR"}  # outgoing only
    # Shenzhen: the programme's flight leg, as the travel approval estimates it
    leg_km = great_circle_km((52.3105, 4.7683), (22.5431, 114.0579))
    sz = rows["OUT-SZ"]
    assert sz[5] == "flight" and sz[6] == 2 and sz[8] == co2.LEGS
    assert sz[4] == round(leg_km)
    expected = Decimal(str(leg_km)) * approval_co2.FLIGHT_UPLIFT \
        * approval_co2.FACTORS["flight_long_haul"] * 2
    assert float(sz[7]) == pytest.approx(float(expected), abs=0.1)
    # Brussels: no travel item; Almere to the venue and back, by train (under 700 km)
    bru = rows["OUT-BRU"]
    km = great_circle_km(co2.ALMERE, (50.8386, 4.3755))
    assert bru[5] == "train" and bru[6] == 1 and bru[8] == co2.VENUES
    assert float(bru[7]) == pytest.approx(
        2 * km * 1.2 * float(approval_co2.FACTORS["train"]), abs=0.1)
    assert rows["OUT-TOR"][7] is None  # no coordinates: not guessed
    assert "DESNZ" in table.note and "without venue coordinates" in table.note
    assert table.total[7] == sz[7] + bru[7]


def test_co2_provider_can_be_replaced(season, uow):
    def fixed(mission, snapshot):
        return Co2Estimate(100.0, "test", 1, Decimal("42.0"), "fixed test factor", "test")

    with uow(write=False) as u:
        table = co2_report(u, 2022, provider=fixed)
    assert [r[7] for r in table.rows] == [Decimal("42.0"), Decimal("42.0")]
    assert "fixed test factor" in table.note


def test_expo_delegations(season, uow):
    with uow(write=False) as u:
        table = expo_delegations(u)
    assert [r[0] for r in table.rows] == ["IN-TPE", "IN-MIL"]  # cancelled one left out
    assert table.rows[0][6] == "Taipei"
    assert table.total[8] == 3
    months = expo_by_month(table)
    assert months.rows == (("Apr 2022", 1, 2), ("Jul 2022", 1, 1))


def test_transparency_list_of_the_board(season, uow):
    with uow(write=False) as u:
        table = transparency_list(u, 2022)
    rows = {r[-1]: r for r in table.rows}
    assert set(rows) == {"OUT-SZ", "OUT-BRU"}  # the officer's Toronto trip is not the board's
    sz = rows["OUT-SZ"]
    assert sz[0] == "Marieke de Vries (burgemeester)"
    assert sz[1] == "Shenzhen (China)"
    assert (sz[2], sz[3]) == (date(2022, 11, 7), date(2022, 11, 11))
    assert sz[4] == "Trade mission with the partner city Shenzhen"
    assert sz[5] == Decimal("4200.00") and sz[6] == "USD 1000.00"
    assert rows["OUT-BRU"][0] == "Pieter Jansen (Wethouder economie)"
    assert table.total[5] == Decimal("4320.50")
    with uow(write=False) as u:
        assert transparency_list(u, 2023).rows == ()


def test_reports_leave_out_cancelled_missions(db, tmp_path, uow):
    load_season(db, tmp_path, cancel=("IN-CAN", "OUT-SZ"))
    with uow(write=False) as u:
        refs = {m.ref for m in movements(u, 2022)}
        assert "OUT-SZ" not in refs and "IN-CAN" not in refs
        assert "OUT-SZ" not in {r[-1] for r in transparency_list(u, 2022).rows}
