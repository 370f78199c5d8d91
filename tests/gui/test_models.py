"""Every model of the program passes Qt's model tester; the register sorts and filters."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from almere_missions.views import CostView, ItemView, MissionSummary, PersonView, VenueView


def summary(n: int, **over) -> MissionSummary:
    data = dict(ref=f"M-{n:05d}", direction="incoming" if n % 2 else "outgoing",
                title={"en": f"Mission {n}", "nl": f"Missie {n}"},
                start=date(2022, 4, 1 + n % 28), end=date(2022, 4, 2 + n % 27),
                status="draft" if n % 3 else "approved", countries=("TW",) if n % 5 else ("DE",),
                counterpart=f"City {n % 7}", themes=("floriade",) if n % 4 else ("economy",),
                goals=(), lead_department=None, item_count=n % 9, person_count=n % 6, version=1)
    data.update(over)
    return MissionSummary(**data)


@pytest.fixture
def register(qapp):
    from ui import i18n
    from ui.models.register import MissionFilterProxy, MissionTableModel

    i18n.install("en")
    model = MissionTableModel()
    proxy = MissionFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows([summary(n) for n in range(60)])
    return model, proxy


def test_register_model_and_proxy_pass_the_model_tester(register, qtmodeltester):
    model, proxy = register
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(proxy, force_py=True)


def test_register_filters_and_sorts(register, qtmodeltester):
    from PySide6.QtCore import Qt

    from ui.models.register import REF_ROLE, RegisterFilter

    model, proxy = register
    proxy.set_filter(RegisterFilter(direction="incoming", status="draft"))
    refs = [proxy.index(r, 0).data(REF_ROLE) for r in range(proxy.rowCount())]
    assert refs and all(int(r[2:]) % 2 and int(r[2:]) % 3 for r in refs)
    proxy.set_filter(RegisterFilter(country="DE", theme="economy"))
    assert {proxy.index(r, 0).data() for r in range(proxy.rowCount())} == {
        "M-00000", "M-00020", "M-00040"}
    proxy.set_filter(RegisterFilter(text="missie 17"))
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["M-00017"]
    proxy.set_filter(RegisterFilter(date_from=date(2022, 4, 27), date_to=date(2022, 4, 28)))
    assert all(model.rows[proxy.mapToSource(proxy.index(r, 0)).row()].end >= date(2022, 4, 27)
               for r in range(proxy.rowCount()))
    proxy.set_filter(RegisterFilter())
    assert proxy.rowCount() == 60
    proxy.sort(10, Qt.SortOrder.DescendingOrder)  # items
    counts = [proxy.index(r, 10).data() for r in range(proxy.rowCount())]
    assert counts == sorted(counts, reverse=True)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, 0).data() == "M-00000"
    qtmodeltester.check(proxy, force_py=True)


def test_register_keeps_the_selection_through_a_sort(register, qtbot):
    from PySide6.QtCore import QPersistentModelIndex, Qt

    model, proxy = register
    keep = QPersistentModelIndex(proxy.index(5, 0))
    ref = keep.data()
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert keep.isValid() and keep.data() == ref


def _rows_models(qapp):
    from ui.dialogs.persons import person_columns
    from ui.models.rows import Column, RowsModel

    persons = RowsModel(person_columns(lambda s: s))
    persons.set_rows([PersonView("tpe-lead", "林美玲", "Lin Mei-ling", nationality=("TW",)),
                      PersonView("host", "Marieke de Vries", staff=True)])
    costs = RowsModel([Column(lambda: "Description", lambda c: c.description),
                       Column(lambda: "Amount", lambda c: str(c.amount), edit=lambda r, v: None)])
    costs.set_rows([CostView("Lunch", Decimal("450.00"))], marked={0})
    venues = RowsModel([Column(lambda: "Name", lambda v: v.label())])
    venues.set_rows([VenueView("stadhuis", {"nl": "Stadhuis", "en": "City Hall"}, "NL",
                               "Europe/Amsterdam")])
    empty = RowsModel([Column(lambda: "x", lambda r: r)])
    return [persons, costs, venues, empty]


def test_row_models_pass_the_model_tester(qapp, qtmodeltester):
    for model in _rows_models(qapp):
        qtmodeltester.check(model, force_py=True)


def test_editor_models_pass_the_model_tester(example_ctx, qtbot, idle, qtmodeltester):
    from ui.editor.window import MissionEditor

    editor = MissionEditor(example_ctx, "FLO-2022-TPE")
    qtbot.addWidget(editor)
    editor.load()
    idle(example_ctx)
    assert editor.view is not None
    delegation = editor.page("delegation")
    programme = editor.page("programme")
    costs = editor.page("costs")
    assert delegation.model.rowCount() == len(editor.view.participants)
    assert programme.list_model.rowCount() == len(editor.view.items)
    for model in (delegation.model, programme.list_model, costs.model):
        qtmodeltester.check(model, force_py=True)
    # the Latin form stands beside the own-script name
    names = {delegation.model.index(r, 0).data(): delegation.model.index(r, 1).data()
             for r in range(delegation.model.rowCount())}
    assert names["林美玲"] == "Lin Mei-ling"


def test_timeline_places_items_in_their_local_time(qapp, qtbot):
    from ui.editor.timeline import GUTTER, HEADER, PX_PER_MIN, Timeline

    tl = Timeline()
    qtbot.addWidget(tl)
    tl.resize(900, 600)
    # 07:30 UTC is 09:30 in Amsterdam (CEST) and 15:30 in Taipei
    ams = ItemView("a", "meeting", "Amsterdam", datetime(2022, 4, 20, 7, 30, tzinfo=UTC),
                   datetime(2022, 4, 20, 8, 30, tzinfo=UTC), "Europe/Amsterdam")
    tpe = ItemView("t", "meeting", "Taipei", datetime(2022, 4, 20, 7, 30, tzinfo=UTC),
                   datetime(2022, 4, 20, 8, 30, tzinfo=UTC), "Asia/Taipei")
    tl.show_items([ams, tpe], [date(2022, 4, 20)], {"t": ["clash"]}, editable=False)
    top = {ref: b.rect().y() for ref, b in tl.blocks.items()}
    first = tl.first_hour
    assert top["a"] == pytest.approx(HEADER + (9.5 - first) * 60 * PX_PER_MIN)
    assert top["t"] == pytest.approx(HEADER + (15.5 - first) * 60 * PX_PER_MIN)
    assert tl.blocks["a"].rect().x() >= GUTTER
    assert "CEST" in tl.blocks["a"].label_text() and "CST" in tl.blocks["t"].label_text()
    assert tl.blocks["t"].clash and not tl.blocks["a"].clash
