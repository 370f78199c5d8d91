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

    persons = RowsModel(person_columns())
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


def _mouse(kind: str, scene_pos, item):
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtWidgets import QGraphicsSceneMouseEvent

    types = {"press": QEvent.Type.GraphicsSceneMousePress,
             "move": QEvent.Type.GraphicsSceneMouseMove,
             "release": QEvent.Type.GraphicsSceneMouseRelease}
    ev = QGraphicsSceneMouseEvent(types[kind])
    ev.setScenePos(scene_pos)
    ev.setPos(item.mapFromScene(scene_pos))
    ev.setButton(Qt.MouseButton.LeftButton)
    ev.setButtons(Qt.MouseButton.LeftButton)
    return ev


def _drag(block, start, end):
    block.mousePressEvent(_mouse("press", start, block))
    block.mouseMoveEvent(_mouse("move", end, block))
    block.mouseReleaseEvent(_mouse("release", end, block))


def test_dragging_a_block_moves_it_in_its_own_zone_with_snapping(qapp, qtbot):
    from PySide6.QtCore import QPointF

    from ui.editor.timeline import PX_PER_MIN, Timeline

    tl = Timeline()
    qtbot.addWidget(tl)
    tl.resize(900, 600)
    # 10:00–11:00 in Taipei (CST, UTC+8) on 20 April
    it = ItemView("t", "meeting", "Taipei", datetime(2022, 4, 20, 2, 0, tzinfo=UTC),
                  datetime(2022, 4, 20, 3, 0, tzinfo=UTC), "Asia/Taipei")
    tl.show_items([it], [date(2022, 4, 20), date(2022, 4, 21)], {}, editable=True)
    block = tl.blocks["t"]
    centre = block.rect().center()
    moves, ends = [], []
    tl.moveRequested.connect(lambda ref, when: moves.append((ref, when)))
    tl.resizeRequested.connect(lambda ref, when: ends.append((ref, when)))
    # one day to the right and 40 minutes down: snaps to 45 minutes later
    _drag(block, centre, centre + QPointF(tl.day_width, 40 * PX_PER_MIN))
    assert moves == [("t", datetime(2022, 4, 21, 2, 45, tzinfo=UTC))]
    # the lower edge 20 minutes down: the end snaps to 11:15 Taipei time
    tl.show_items([it], [date(2022, 4, 20)], {}, editable=True)
    block = tl.blocks["t"]
    bottom = QPointF(block.rect().center().x(), block.rect().bottom() - 2)
    _drag(block, bottom, bottom + QPointF(0, 20 * PX_PER_MIN))
    assert ends == [("t", datetime(2022, 4, 20, 3, 15, tzinfo=UTC))]


def test_a_drag_into_a_daylight_saving_gap_is_refused(qapp, qtbot):
    from PySide6.QtCore import QPointF

    from ui.editor.timeline import PX_PER_MIN, Timeline

    tl = Timeline()
    qtbot.addWidget(tl)
    tl.resize(900, 900)
    # 00:30–01:30 CET on 27 March 2022; 02:00–03:00 does not exist in Amsterdam that night
    it = ItemView("a", "travel", "Night bus", datetime(2022, 3, 26, 23, 30, tzinfo=UTC),
                  datetime(2022, 3, 27, 0, 30, tzinfo=UTC), "Europe/Amsterdam")
    tl.show_items([it], [date(2022, 3, 27)], {}, editable=True)
    refused, moves = [], []
    tl.refused.connect(refused.append)
    tl.moveRequested.connect(lambda *a: moves.append(a))
    block = tl.blocks["a"]
    centre = block.rect().center()
    _drag(block, centre, centre + QPointF(0, 120 * PX_PER_MIN))  # to 02:30
    assert moves == [] and "does not exist" in refused[0]
    assert block.rect().center() == centre  # back where it was


def test_read_only_blocks_do_not_move(qapp, qtbot):
    from PySide6.QtCore import QPointF

    from ui.editor.timeline import Timeline

    tl = Timeline()
    qtbot.addWidget(tl)
    it = ItemView("a", "meeting", "x", datetime(2022, 4, 20, 8, 0, tzinfo=UTC),
                  datetime(2022, 4, 20, 9, 0, tzinfo=UTC), "Europe/Amsterdam")
    tl.show_items([it], [date(2022, 4, 20)], {}, editable=False)
    moves = []
    tl.moveRequested.connect(lambda *a: moves.append(a))
    block = tl.blocks["a"]
    c = block.rect().center()
    block.mousePressEvent(_mouse("press", c, block))
    block.mouseMoveEvent(_mouse("move", c + QPointF(0, 60), block))
    block.mouseReleaseEvent(_mouse("release", c + QPointF(0, 60), block))
    assert moves == [] and block.rect().center() == c
