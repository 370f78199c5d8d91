"""Speed of the printed documents: one programme (goal: at most 0.3 s), the season's book.

Run with ``pytest tests/bench/test_bench_documents.py --benchmark-enable``.
The season is the demo season.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from almere_missions.demo.generator import demo_season
from almere_missions.documents.programme import render_programme
from almere_missions.documents.season_book import season_book
from almere_missions.exchange.importer import import_document

SEASON = (date(2022, 4, 14), date(2022, 10, 9))


@pytest.fixture(scope="module")
def season_db(tmp_path_factory):
    from tests.conftest import _init

    url = f"sqlite:///{tmp_path_factory.mktemp('season') / 'season.sqlite'}"
    db = _init(url)
    doc = demo_season()
    with db.unit_of_work(db.test_admin) as uow:
        import_document(uow, doc, "season")
        uow.commit()
    yield db
    db.dispose()


def _largest_ref(db) -> str:
    """The mission with the most items and people: the slowest programme to print."""
    from almere_missions.services.missions import list_missions

    with db.unit_of_work(db.test_admin, write=False) as uow:
        rows = list_missions(uow)
    return max(rows, key=lambda r: (r.item_count + r.person_count, r.ref)).ref


def test_bench_one_programme(benchmark, season_db, tmp_path):
    ref = _largest_ref(season_db)
    out = tmp_path / "programme.pdf"

    def run():
        with season_db.unit_of_work(season_db.test_admin, write=False) as uow:
            return render_programme(uow, ref, out, "en", "guest")

    run()  # fonts are read once per process
    pages = benchmark.pedantic(run, rounds=10, iterations=1)
    assert pages >= 2
    if benchmark.stats is not None:
        # The best round: the machine may be shared, the goal is the program's own speed.
        assert benchmark.stats.stats.min <= 0.3


def test_bench_season_book(benchmark, season_db, tmp_path):
    out = tmp_path / "book.pdf"
    calls = []

    def run():
        calls.clear()
        with season_db.unit_of_work(season_db.test_admin, write=False) as uow:
            return season_book(uow, out, *SEASON, "en",
                               progress=lambda done, total: calls.append((done, total)))

    pages = benchmark.pedantic(run, rounds=2, iterations=1)
    with season_db.unit_of_work(season_db.test_admin, write=False) as uow:
        from almere_missions.services.missions import MissionFilter, list_missions

        missions = len(list_missions(uow, MissionFilter(date_from=SEASON[0], date_to=SEASON[1])))
    assert missions > 50
    assert pages > 2 * missions
    assert calls[-1][0] == calls[-1][1] and len(calls) > missions
    assert re.search(rb"/Outlines", out.read_bytes())
