"""Rooms: the room blocks held at hotels, and each guest's room and nights."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QSpinBox

from almere_missions.app import logistics as lg
from ui import fmt
from ui.editor.logistics.common import (
    FormDialog,
    Section,
    combo,
    combo_value,
    date_edit,
    date_of,
    day,
    headers_changed,
    select_where,
    selected,
    table,
    two_panes,
)
from ui.editor.panel import section_title
from ui.models.rows import Column, RowsModel
from ui.widgets import button, set_names, set_texts

GUESTS = ("delegation_leader", "delegation_member")


class RoomsSection(Section):
    key = "rooms"

    def __init__(self, tab):
        super().__init__(tab)
        self.blocks_title, self.rooms_title = section_title(self), section_title(self)
        self.blocks_model = RowsModel([
            Column(lambda: self.tr("Hotel"), lambda b: b.hotel_name or b.hotel),
            Column(lambda: self.tr("Check-in"), lambda b: day(b.check_in)),
            Column(lambda: self.tr("Check-out"), lambda b: day(b.check_out)),
            Column(lambda: self.tr("Rooms"), lambda b: f"{b.used} / {b.rooms}",
                   align_right=True),
            Column(lambda: self.tr("Per night"),
                   lambda b: fmt.money(b.cost_per_night, b.currency), align_right=True),
            Column(lambda: self.tr("Paid by"), lambda b: b.payer),
            Column(lambda: self.tr("Block"), lambda b: b.ref),
        ], self)
        self.blocks = table(self, self.blocks_model, "roomBlocks", stretch=5)
        self.rooms_model = RowsModel([
            Column(lambda: self.tr("Guest"), lambda r: r.name or r.person),
            Column(lambda: self.tr("Room"), lambda r: r.room),
            Column(lambda: self.tr("Check-in"), lambda r: day(r.check_in)),
            Column(lambda: self.tr("Check-out"), lambda r: day(r.check_out)),
            Column(lambda: self.tr("Nights"), lambda r: r.nights, align_right=True),
            Column(lambda: self.tr("Block"), lambda r: r.block),
        ], self)
        self.rooms = table(self, self.rooms_model, "roomAssignments", stretch=0)
        self.add_block_button = button(self, "addRoomBlock", lambda: self.add_block())
        self.remove_block_button = button(self, "removeRoomBlock", lambda: self.remove_block())
        self.assign_button = button(self, "assignRoom", lambda: self.assign())
        self.change_button = button(self, "changeRoom", lambda: self.change_room())
        self.unassign_button = button(self, "unassignRoom", lambda: self.unassign())
        self.rooms.doubleClicked.connect(lambda _i: self.change_room())
        self.watch(self.blocks, self.rooms)

        two_panes(self, ((self.blocks_title, self.blocks),
                         (self.add_block_button, self.remove_block_button)),
                  ((self.rooms_title, self.rooms),
                   (self.assign_button, self.change_button, self.unassign_button)), (200, 400))

    def retranslate(self) -> None:
        set_texts([(self.blocks_title, self.tr("Room blocks")),
                   (self.rooms_title, self.tr("Guests' rooms")),
                   (self.add_block_button, self.tr("Add block…")),
                   (self.remove_block_button, self.tr("Remove block")),
                   (self.assign_button, self.tr("Assign room…")),
                   (self.change_button, self.tr("Change…")),
                   (self.unassign_button, self.tr("Remove room"))])
        set_names([(self.blocks, self.tr("Room blocks")),
                   (self.rooms, self.tr("Guests' rooms and nights"))])
        headers_changed(self.blocks_model, self.rooms_model)

    def show_data(self, panel) -> None:
        self.show_rows((self.blocks, panel.blocks), (self.rooms, panel.rooms))

    def update_buttons(self, *_args) -> None:
        ok = self.tab.may_edit()
        self.add_block_button.setEnabled(ok)
        self.assign_button.setEnabled(ok and bool(self.blocks_model.rows))
        block, room = selected(self.blocks), selected(self.rooms)
        self.remove_block_button.setEnabled(ok and block is not None)
        self.change_button.setEnabled(ok and room is not None)
        self.unassign_button.setEnabled(ok and room is not None)

    def select(self, persons=(), items=()) -> None:
        select_where(self.rooms, lambda r: r.person in persons) or select_where(
            self.blocks, lambda _b: True)

    # --- edits ------------------------------------------------------------------------
    def _block_args(self, b) -> dict:
        return dict(hotel=b["hotel"], check_in=b["check_in"], check_out=b["check_out"],
                    rooms=b["rooms"], cost_per_night=b["cost_per_night"], payer=b["payer"],
                    currency=b.get("currency", "EUR"))

    def add_block(self, values: dict | None = None):
        tab = self.tab
        values = self._ask_block() if values is None else values
        if values is None:
            return None
        ref = values["ref"]
        return tab.change(self.tr("Add room block %1").replace("%1", ref),
                          tab.write_job(lg.add_room_block, tab.ref, ref,
                                        **self._block_args(values)),
                          tab.write_job(lg.delete_room_block, ref))

    def _ask_block(self) -> dict | None:
        tab = self.tab
        view = tab.editor.view
        n = len(self.blocks_model.rows) + 1
        ref = QLineEdit(f"{tab.ref}-rooms-{n}")
        hotel = combo(self, [(h, name or h) for h, name in tab.panel.hotels], "blockHotel")
        check_in = date_edit(self, view.start, "blockCheckIn")
        check_out = date_edit(self, view.end, "blockCheckOut")
        rooms = QSpinBox()
        rooms.setRange(1, 999)
        rooms.setValue(max(1, sum(1 for p in tab.panel.people if p.role in GUESTS)))
        cost = QLineEdit("0.00")
        payer = QLineEdit("Gemeente Almere")
        dlg = FormDialog(self, self.tr("Add room block"), "roomBlockDialog", [
            (self.tr("Reference:"), ref), (self.tr("Hotel:"), hotel),
            (self.tr("Check-in:"), check_in), (self.tr("Check-out:"), check_out),
            (self.tr("Rooms:"), rooms), (self.tr("Cost per night (EUR):"), cost),
            (self.tr("Paid by:"), payer)])
        if not dlg.exec():
            return None
        return {"ref": ref.text().strip(), "hotel": combo_value(hotel),
                "check_in": date_of(check_in), "check_out": date_of(check_out),
                "rooms": rooms.value(), "cost_per_night": cost.text().strip(),
                "payer": payer.text()}

    def remove_block(self):
        tab, b = self.tab, selected(self.blocks)
        if b is None:
            return None
        again = dict(hotel=b.hotel, check_in=b.check_in, check_out=b.check_out, rooms=b.rooms,
                     cost_per_night=b.cost_per_night, payer=b.payer, currency=b.currency)
        return tab.change(self.tr("Remove room block %1").replace("%1", b.ref),
                          tab.write_job(lg.delete_room_block, b.ref),
                          tab.write_job(lg.add_room_block, tab.ref, b.ref, **again))

    def assign(self, values: dict | None = None):
        tab = self.tab
        values = self._ask_room(None) if values is None else values
        if values is None:
            return None
        block, person = values["block"], values["person"]
        args = dict(room=values["room"], check_in=values["check_in"],
                    check_out=values["check_out"])
        return tab.change(self.tr("Assign a room to %1").replace("%1", tab.name_of(person)),
                          tab.write_job(lg.assign_room, block, person, **args),
                          tab.write_job(lg.unassign_room, block, person, values["check_in"]))

    def change_room(self, values: dict | None = None):
        tab, r = self.tab, selected(self.rooms)
        if r is None:
            return None
        values = self._ask_room(r) if values is None else values
        if values is None:
            return None
        new = dict(room=values["room"], new_check_in=values["check_in"],
                   check_out=values["check_out"])
        old = dict(room=r.room, new_check_in=r.check_in, check_out=r.check_out)
        if new == old:
            return None
        return tab.change(self.tr("Change the room of %1").replace("%1", r.name or r.person),
                          tab.write_job(lg.update_room, r.block, r.person, r.check_in, **new),
                          tab.write_job(lg.update_room, r.block, r.person, values["check_in"],
                                        **old))

    def unassign(self):
        tab, r = self.tab, selected(self.rooms)
        if r is None:
            return None
        return tab.change(self.tr("Remove the room of %1").replace("%1", r.name or r.person),
                          tab.write_job(lg.unassign_room, r.block, r.person, r.check_in),
                          tab.write_job(lg.assign_room, r.block, r.person, room=r.room,
                                        check_in=r.check_in, check_out=r.check_out))

    def _ask_room(self, current) -> dict | None:
        tab = self.tab
        blocks = self.blocks_model.rows
        first = next((b for b in blocks if current and b.ref == current.block),
                     selected(self.blocks) or blocks[0])
        block = combo(self, [(b.ref, f"{b.hotel_name} ({b.ref})") for b in blocks],
                      "roomBlock", first.ref)
        guests = [(p.ref, p.name) for p in tab.panel.people if p.role in GUESTS]
        person = combo(self, guests, "roomGuest", current.person if current else None)
        person.setEnabled(current is None)
        block.setEnabled(current is None)
        room = QLineEdit(current.room if current else "")
        check_in = date_edit(self, current.check_in if current else first.check_in,
                             "roomCheckIn")
        check_out = date_edit(self, current.check_out if current else first.check_out,
                              "roomCheckOut")
        dlg = FormDialog(self, self.tr("Room"), "roomDialog", [
            (self.tr("Block:"), block), (self.tr("Guest:"), person), (self.tr("Room:"), room),
            (self.tr("Check-in:"), check_in), (self.tr("Check-out:"), check_out)])
        if not dlg.exec():
            return None
        return {"block": combo_value(block), "person": combo_value(person),
                "room": room.text(), "check_in": date_of(check_in),
                "check_out": date_of(check_out)}
