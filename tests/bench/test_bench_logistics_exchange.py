"""The logistics of the 10,000-mission database through the exchange format: a whole export,
then an import into an empty SQLite database, beside the same import without the section.

Run with ``pytest tests/bench/test_bench_logistics_exchange.py --benchmark-enable -s``;
the figures (records, seconds, the section's share) are printed and kept in ``extra_info``.
"""

from __future__ import annotations

import time

from almere_missions.db import Database
from almere_missions.exchange.export import export_document
from almere_missions.exchange.importer import import_document
from tests.bench.test_bench_logistics import logistics_db_file  # noqa: F401  (fixture)
from tests.conftest import _init


def _import(db, doc) -> float:
    start = time.perf_counter()
    with db.unit_of_work(db.test_admin) as u:
        import_document(u, doc, "scaled.json")
        u.commit()
    return time.perf_counter() - start


def test_export_and_import_the_logistics_of_10000_missions(benchmark, logistics_db_file,  # noqa: F811
                                                           tmp_path):
    source = Database(f"sqlite:///{logistics_db_file}")
    start = time.perf_counter()
    with source.unit_of_work("iz-admin", write=False) as u:
        doc = export_document(u)
    exported = time.perf_counter() - start
    source.dispose()
    section = doc["logistics"]
    records = {kind: len(rows) for kind, rows in section.items()}
    children = (sum(len(b["assignments"]) for b in section["room_blocks"])
                + sum(len(t["passengers"]) for t in section["trips"])
                + sum(len(b["interpreters"]) for b in section["interpreter_bookings"]))
    assert records["trips"] > 1000 and records["room_blocks"] > 1000

    plain = {k: v for k, v in doc.items() if k != "logistics"}
    base_db = _init(f"sqlite:///{tmp_path / 'plain.sqlite'}")
    without = _import(base_db, plain)
    base_db.dispose()

    runs = iter(range(10))

    def setup():
        return (_init(f"sqlite:///{tmp_path / f'full-{next(runs)}.sqlite'}"),), {}

    def run(db):
        _import(db, doc)
        with db.unit_of_work(db.test_admin, write=False) as u:
            again = export_document(u)["logistics"]
        db.dispose()
        assert again == section

    benchmark.pedantic(run, setup=setup, rounds=1, iterations=1)
    with_section = benchmark.stats.stats.mean  # the import and the export of the section
    share = with_section - without
    benchmark.extra_info.update(records=records, child_rows=children,
                                export_seconds=round(exported, 1),
                                import_without_section_seconds=round(without, 1),
                                import_and_check_seconds=round(with_section, 1))
    print(f"\nlogistics records {records}, {children} rooms/passengers/interpreters; whole "
          f"export {exported:.1f} s; import without the section {without:.1f} s, with it "
          f"(and reading the section back) {with_section:.1f} s: the section adds "
          f"{share:.1f} s")
