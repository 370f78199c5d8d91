"""Transport: the vehicles, their drivers and the rides, each picked up in time to arrive
at its item's start (the pick-up time is worked out by the application layer)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QSpinBox

from almere_missions.app import logistics as lg
from ui import fmt
from ui.editor.logistics.common import (
    FormDialog,
    Section,
    combo,
    combo_value,
    headers_changed,
    select_where,
    selected,
    table,
    two_panes,
)
from ui.editor.panel import section_title
from ui.models.rows import Column, RowsModel
from ui.widgets import button, set_names, set_texts


class TransportSection(Section):
    key = "transport"

    def __init__(self, tab):
        super().__init__(tab)
        self.vehicles_title, self.trips_title = section_title(self), section_title(self)
        self.vehicles_model = RowsModel([
            Column(lambda: self.tr("Vehicle"), lambda v: v.name),
            Column(lambda: self.tr("Seats"), lambda v: v.seats, align_right=True),
            Column(lambda: self.tr("Plate"), lambda v: v.plate or ""),
            Column(lambda: self.tr("Reference"), lambda v: v.ref),
        ], self)
        self.vehicles = table(self, self.vehicles_model, "vehicles", stretch=0)
        self.trips_model = RowsModel([
            Column(lambda: self.tr("Pick-up"), lambda t: self._time(t.pickup)),
            Column(lambda: self.tr("Arrives"), lambda t: fmt.clock(t.arrive, self.tab.tz)),
            Column(lambda: self.tr("From"), self._from),
            Column(lambda: self.tr("To"), lambda t: self.tab.item_title(t.to_item)),
            Column(lambda: self.tr("Vehicle"), self._vehicle_name, tooltip=lambda t: t.vehicle),
            Column(lambda: self.tr("Driver"), lambda t: t.driver_name or self.tr("none")),
            Column(lambda: self.tr("Passengers"),
                   lambda t: f"{len(t.passengers)}: "
                             + ", ".join(self.tab.name_of(x) for x in t.passengers),
                   tooltip=lambda t: ", ".join(self.tab.name_of(x) for x in t.passengers)),
        ], self)
        self.trips = table(self, self.trips_model, "trips", stretch=6)
        self.add_vehicle_button = button(self, "addVehicle", lambda: self.add_vehicle())
        self.remove_vehicle_button = button(self, "removeVehicle", lambda: self.remove_vehicle())
        self.add_trip_button = button(self, "addTrip", lambda: self.add_trip())
        self.remove_trip_button = button(self, "removeTrip", lambda: self.remove_trip())
        self.watch(self.vehicles, self.trips)

        two_panes(self, ((self.vehicles_title, self.vehicles),
                         (self.add_vehicle_button, self.remove_vehicle_button)),
                  ((self.trips_title, self.trips),
                   (self.add_trip_button, self.remove_trip_button)), (180, 420))

    def _time(self, instant) -> str:
        tz = self.tab.editor.view.timezone
        local = fmt.clock(instant, tz)
        from almere_missions.timeutil import utc_to_local

        return f"{fmt.weekday(utc_to_local(instant, tz).date())} {local}"

    def _vehicle_name(self, t) -> str:
        return next((v.name for v in self.vehicles_model.rows if v.ref == t.vehicle), t.vehicle)

    def _from(self, t) -> str:
        if t.from_item:
            return self.tab.item_title(t.from_item)
        return self.tab.venue_name(t.from_venue) if t.from_venue else ""

    def retranslate(self) -> None:
        set_texts([(self.vehicles_title, self.tr("Vehicles")),
                   (self.trips_title, self.tr("Rides (picked up in time for the item's start)")),
                   (self.add_vehicle_button, self.tr("Add vehicle…")),
                   (self.remove_vehicle_button, self.tr("Remove vehicle")),
                   (self.add_trip_button, self.tr("Add ride…")),
                   (self.remove_trip_button, self.tr("Remove ride"))])
        set_names([(self.vehicles, self.tr("Vehicles")), (self.trips, self.tr("Rides"))])
        headers_changed(self.vehicles_model, self.trips_model)

    def show_data(self, panel) -> None:
        self.show_rows((self.vehicles, panel.vehicles), (self.trips, panel.trips))

    def update_buttons(self, *_args) -> None:
        ok = self.tab.may_edit()
        self.add_vehicle_button.setEnabled(ok)
        self.remove_vehicle_button.setEnabled(ok and selected(self.vehicles) is not None)
        self.add_trip_button.setEnabled(ok and bool(self.vehicles_model.rows))
        self.remove_trip_button.setEnabled(ok and selected(self.trips) is not None)

    def select(self, persons=(), items=()) -> None:
        select_where(self.trips, lambda t: t.to_item in items or t.from_item in items)

    # --- edits ------------------------------------------------------------------------
    def add_vehicle(self, values: dict | None = None):
        tab = self.tab
        if values is None:
            ref, name, plate = (QLineEdit(f"{tab.ref}-van-{len(self.vehicles_model.rows) + 1}"),
                                QLineEdit(), QLineEdit())
            seats = QSpinBox()
            seats.setRange(1, 80)
            seats.setValue(7)
            dlg = FormDialog(self, self.tr("Add vehicle"), "vehicleDialog", [
                (self.tr("Reference:"), ref), (self.tr("Name:"), name),
                (self.tr("Passenger seats:"), seats), (self.tr("Plate:"), plate)])
            if not dlg.exec():
                return None
            values = {"ref": ref.text().strip(), "name": name.text(), "seats": seats.value(),
                      "plate": plate.text().strip() or None}
        ref = values["ref"]
        return tab.change(self.tr("Add vehicle %1").replace("%1", ref),
                          tab.write_job(lg.add_vehicle, ref, name=values["name"],
                                        seats=values["seats"], plate=values.get("plate")),
                          tab.write_job(lg.delete_vehicle, ref))

    def remove_vehicle(self):
        tab, v = self.tab, selected(self.vehicles)
        if v is None:
            return None
        return tab.change(self.tr("Remove vehicle %1").replace("%1", v.ref),
                          tab.write_job(lg.delete_vehicle, v.ref),
                          tab.write_job(lg.add_vehicle, v.ref, name=v.name, seats=v.seats,
                                        plate=v.plate))

    def add_trip(self, values: dict | None = None):
        tab = self.tab
        values = self._ask_trip() if values is None else values
        if values is None:
            return None
        ref = values["ref"]
        args = {k: values.get(k) for k in ("vehicle", "to_item", "from_item", "from_venue",
                                           "driver")}
        return tab.change(self.tr("Add ride %1").replace("%1", ref),
                          tab.write_job(lg.add_trip, tab.ref, ref,
                                        passengers=tuple(values.get("passengers", ())), **args),
                          tab.write_job(lg.delete_trip, ref))

    def remove_trip(self):
        tab, t = self.tab, selected(self.trips)
        if t is None:
            return None
        again = dict(vehicle=t.vehicle, to_item=t.to_item, from_item=t.from_item,
                     from_venue=None if t.from_item else t.from_venue, driver=t.driver,
                     passengers=t.passengers)
        return tab.change(self.tr("Remove ride %1").replace("%1", t.ref),
                          tab.write_job(lg.delete_trip, t.ref),
                          tab.write_job(lg.add_trip, tab.ref, t.ref, **again))

    def _ask_trip(self) -> dict | None:
        tab = self.tab
        panel = tab.panel
        n = len(panel.trips) + 1
        ref = QLineEdit(f"{tab.ref}-ride-{n}")
        vehicle = combo(self, [(v.ref, f"{v.name} ({v.seats})") for v in self.vehicles_model.rows],
                        "tripVehicle", getattr(selected(self.vehicles), "ref", None),
                        editable=True)  # another mission's vehicle by its reference
        items = [(i.ref, f"{fmt.weekday(i.start.date())} {fmt.clock(i.start, tab.tz)} "
                         f"{i.title}") for i in panel.items]
        to_item = combo(self, items, "tripTo")
        start = combo(self, [(None, self.tr("the hotel or a venue (below)"))] + items,
                      "tripFrom")
        venue = combo(self, [(None, "")] + [(h, n or h) for h, n in panel.hotels]
                      + [(v, n or v) for v, n in panel.venues], "tripFromVenue")
        drivers = [(None, self.tr("none"))] + [(p.ref, p.name) for p in panel.people
                                                if p.role not in ("delegation_leader",
                                                                  "delegation_member")]
        driver = combo(self, drivers, "tripDriver", editable=True)
        riders = QListWidget()
        riders.setObjectName("tripPassengers")
        for p in panel.people:
            if p.role in ("delegation_leader", "delegation_member", "host", "staff"):
                entry = QListWidgetItem(p.name, riders)
                entry.setData(Qt.ItemDataRole.UserRole, p.ref)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Checked if p.role in (
                    "delegation_leader", "delegation_member") else Qt.CheckState.Unchecked)
        dlg = FormDialog(self, self.tr("Add ride"), "tripDialog", [
            (self.tr("Reference:"), ref), (self.tr("Vehicle:"), vehicle),
            (self.tr("To item:"), to_item), (self.tr("From item:"), start),
            (self.tr("Or from venue:"), venue), (self.tr("Driver:"), driver),
            (self.tr("Passengers:"), riders)],
            note=self.tr("The pick-up time is worked out from the travel time between the "
                         "venues, to arrive by the item's start."))
        if not dlg.exec():
            return None
        return {"ref": ref.text().strip(), "vehicle": combo_value(vehicle),
                "to_item": combo_value(to_item), "from_item": combo_value(start),
                "from_venue": None if combo_value(start) else combo_value(venue),
                "driver": combo_value(driver),
                "passengers": [riders.item(k).data(Qt.ItemDataRole.UserRole)
                               for k in range(riders.count())
                               if riders.item(k).checkState() == Qt.CheckState.Checked]}
