"""The security tab's travel advice and state-actor risk, one row per destination."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from almere_missions.app import security as security_app
from ui import fmt
from ui.editor.panel import TabPart, chip, section_title
from ui.editor.security.words import SHORT, clear, word
from ui.tasks import job
from ui.widgets import button, hbox, scrolled, vbox


class AdviceSection(TabPart, QWidget):
    def __init__(self, tab):
        super().__init__(tab)
        self.title = section_title(self)
        self.host = QWidget(self)
        self.grid = QGridLayout(self.host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.fetch_button = button(self, "fetchAdvice", lambda: self.fetch_advice())
        layout = vbox(hbox((self.title, 1), self.fetch_button), parent=self, margins=0)
        scroll = scrolled(self, self.host)
        scroll.setMaximumHeight(200)
        layout.addWidget(scroll)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Travel advice and state-actor risk"))
        self.fetch_button.setText(self.tr("Fetch current advice"))
        self.fetch_button.setToolTip(self.tr("Ask the ministry's open data service for the "
                                             "current travel advice; offline, the last stored "
                                             "advice stays"))

    def update_buttons(self) -> None:
        self.fetch_button.setEnabled(self.tab.may("security", "officer"))

    def show_data(self, d) -> None:
        g = self.grid
        clear(g)
        if not d.advice:
            g.addWidget(QLabel(self.tr("The mission names no destination country."),
                               self.host), 0, 0)
        for row, a in enumerate(d.advice):
            name = QLabel(f"<b>{fmt.country(a.country)}</b>", self.host)
            g.addWidget(name, row * 2, 0, Qt.AlignmentFlag.AlignTop)
            if a.advice is None:
                g.addWidget(QLabel(self.tr("No travel advice stored"), self.host), row * 2, 1)
            else:
                self._advice_row(g, row, a)
            if d.restricted:
                continue  # the state-actor risk register is for the internal roles
            risk = d.risks.get(a.country)
            level = risk.level if risk else None
            rc = chip(self.host, level,
                      word(level) if level else self.tr("State-actor risk: not assessed"))
            rc.setObjectName(f"riskChip_{a.country}")
            if risk is not None:
                rc.setToolTip(risk.rationale)
            g.addWidget(rc, row * 2, 2, Qt.AlignmentFlag.AlignTop)
        g.setColumnStretch(3, 1)

    def _advice_row(self, g, row: int, a) -> None:
        c = chip(self.host, a.route_colour, word(a.route_colour))
        c.setObjectName(f"adviceChip_{a.country}")
        g.addWidget(c, row * 2, 1, Qt.AlignmentFlag.AlignTop)
        regions = [r for r in a.advice.regions if r.visited or not a.route_known]
        box = QHBoxLayout()
        for r in regions[:4]:
            box.addWidget(chip(self.host, r.colour, f"{r.name}: {word(r.colour, SHORT)}"))
        if len(regions) > 4:
            more = QLabel(self.tr("and %1 more regions").replace("%1", str(len(regions) - 4)),
                          self.host)
            more.setToolTip("\n".join(f"{r.name}: {word(r.colour, SHORT)}"
                                      for r in regions[4:]))
            box.addWidget(more)
        box.addStretch(1)
        dated = self.tr("Advice of %1").replace("%1", fmt.day(a.advice.modified.date()))
        if a.advice.stale:
            dated += " — " + self.tr("out of date (%1 days): fetch the current advice") \
                .replace("%1", str(a.advice.age_days))
        when = QLabel(dated, self.host)
        when.setObjectName(f"adviceDate_{a.country}")
        when.setWordWrap(True)
        if a.advice.stale:
            when.setStyleSheet("color: #b3261e; font-weight: bold")
        details = QVBoxLayout()
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(when)
        details.addLayout(box)
        holder = QWidget(self.host)
        holder.setLayout(details)
        g.addWidget(holder, row * 2 + 1, 1, 1, 3)

    def fetch_advice(self, fetcher=None):
        """Fetch the advice of every destination in the background; offline it says so."""
        tab = self.tab
        countries = [a.country for a in (tab.data.advice if tab.data else ())]
        if not countries:
            return None

        def done(results):
            tab.tell("\n".join(f"{fmt.country(r.country)}: {r.message}" for r in results),
                     problem=not all(r.live for r in results))

        self.fetch_button.setEnabled(False)
        tab.tell(self.tr("Fetching the travel advice…"))
        handle = tab.run(job(security_app.fetch_advice, countries, fetcher=fetcher,
                             writes=True, refs={tab.ref},
                             title=self.tr("Fetching the travel advice")),
                         done, panel=tab.progress)
        handle.ended.connect(self.update_buttons)
        return handle
