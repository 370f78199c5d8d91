"""Security: travel advice per destination and region, the state-actor risk of the
countries, sanctions screening with the advisor's decisions, and the checklist."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from almere_missions.security import advice as advice_service
from almere_missions.security import checklist as checklist_service
from almere_missions.security import risk as risk_service
from almere_missions.security import screening
from almere_missions.security.sanctions.store import latest_versions
from ui import fmt
from ui.editor.panel import PanelTab, chip, message_label, section_title
from ui.models.rows import Column, RowsModel

WORDS = {
    "green": QT_TRANSLATE_NOOP("SecurityTab", "Green: no special security risks"),
    "yellow": QT_TRANSLATE_NOOP("SecurityTab", "Yellow: security risks, take care"),
    "orange": QT_TRANSLATE_NOOP("SecurityTab", "Orange: only necessary travel"),
    "red": QT_TRANSLATE_NOOP("SecurityTab", "Red: do not travel"),
    "none": QT_TRANSLATE_NOOP("SecurityTab", "State-actor risk: none"),
    "elevated": QT_TRANSLATE_NOOP("SecurityTab", "State-actor risk: elevated"),
    "high": QT_TRANSLATE_NOOP("SecurityTab", "State-actor risk: high"),
    "low": QT_TRANSLATE_NOOP("SecurityTab", "Low"),
    "medium": QT_TRANSLATE_NOOP("SecurityTab", "Medium"),
    "false_positive": QT_TRANSLATE_NOOP("SecurityTab", "False positive"),
    "confirmed": QT_TRANSLATE_NOOP("SecurityTab", "Confirmed"),
}
SHORT = {
    "green": QT_TRANSLATE_NOOP("SecurityTab", "green"),
    "yellow": QT_TRANSLATE_NOOP("SecurityTab", "yellow"),
    "orange": QT_TRANSLATE_NOOP("SecurityTab", "orange"),
    "red": QT_TRANSLATE_NOOP("SecurityTab", "red"),
}


def word(key: str | None, table=WORDS) -> str:
    if key is None:
        return QCoreApplication.translate("SecurityTab", "unknown")
    return QCoreApplication.translate("SecurityTab", table.get(key, key))


@dataclass(frozen=True)
class SecurityData:
    advice: tuple
    risks: dict  # country -> RiskEntry | None
    hits: tuple
    state: screening.ScreeningState
    lists: tuple  # (source, generated) of the stored lists
    checklist: tuple
    assessment: checklist_service.AssessmentView | None


def fetch_security(uow, ref: str, lang: str = "en") -> SecurityData:
    adv = tuple(advice_service.advice_for_mission(uow, ref))
    risks = {a.country: risk_service.get_risk(uow, a.country) for a in adv}
    return SecurityData(
        adv, risks, tuple(screening.hits(uow, ref)), screening.screening_state(uow, ref),
        tuple((v.source, v.generated) for v in latest_versions(uow).values()),
        tuple(checklist_service.checklist(uow, ref, lang)),
        checklist_service.get_security_assessment(uow, ref))


class HitsModel(RowsModel):
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            from PySide6.QtGui import QBrush, QColor

            hit = self.rows[index.row()]
            if hit.decision is None:
                return QBrush(QColor("#fff4e5"))
            if hit.decision == "confirmed":
                return QBrush(QColor("#fde7e4"))
        return super().data(index, role)


class SecurityTab(PanelTab):
    key = "security"

    def __init__(self, editor):
        super().__init__(editor)
        self._screen_op = None
        self.checks: dict[str, QCheckBox] = {}
        # travel advice and risk, one row per destination
        self.advice_title = section_title(self)
        self.advice_host = QWidget(self)
        self.advice_grid = QGridLayout(self.advice_host)
        self.advice_grid.setContentsMargins(0, 0, 0, 0)
        self.fetch_button = QPushButton(self)
        self.fetch_button.setObjectName("fetchAdvice")
        self.fetch_button.clicked.connect(self.fetch_advice)
        # screening
        self.hits_title = section_title(self)
        self.screen_state = message_label(self, "screeningState")
        self.hits_model = HitsModel([
            Column(lambda: self.tr("Person"), lambda h: h.subject_name),
            Column(lambda: self.tr("Listed name"), lambda h: h.matched_name),
            Column(lambda: self.tr("List"), lambda h: h.source),
            Column(lambda: self.tr("Score"), lambda h: f"{h.score:.2f}", align_right=True),
            Column(lambda: self.tr("Decision"), self._decision_text),
            Column(lambda: self.tr("Explanation"), lambda h: h.explanation,
                   tooltip=lambda h: h.explanation),
        ], self)
        self.hits = QTableView(self)
        self.hits.setObjectName("hitsTable")
        self.hits.setModel(self.hits_model)
        self.hits.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hits.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hits.verticalHeader().setVisible(False)
        self.hits.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.hits.setWordWrap(False)
        self.screen_button = QPushButton(self)
        self.screen_button.setObjectName("screenNow")
        self.screen_progress = QProgressBar(self)
        self.screen_progress.setMaximumWidth(160)
        self.screen_progress.hide()
        self.screen_cancel = QPushButton(self)
        self.screen_cancel.setObjectName("screenCancel")
        self.screen_cancel.hide()
        self.false_button = QPushButton(self)
        self.false_button.setObjectName("hitFalsePositive")
        self.confirm_button = QPushButton(self)
        self.confirm_button.setObjectName("hitConfirmed")
        self.screen_button.clicked.connect(self.screen)
        self.screen_cancel.clicked.connect(self.cancel_screening)
        self.false_button.clicked.connect(lambda: self.decide("false_positive"))
        self.confirm_button.clicked.connect(lambda: self.decide("confirmed"))
        self.hits.selectionModel().selectionChanged.connect(self._update_buttons)
        # checklist
        self.check_title = section_title(self)
        self.check_host = QWidget(self)
        self.check_box = QVBoxLayout(self.check_host)
        self.check_box.setContentsMargins(0, 0, 0, 0)
        self.l_risk = QLabel(self)
        self.risk = QComboBox(self)
        self.risk.setObjectName("residualRisk")
        for key in checklist_service.RESIDUAL_RISKS:
            self.risk.addItem("", key)
        self.l_mitigations = QLabel(self)
        self.mitigations = QPlainTextEdit(self)
        self.mitigations.setObjectName("mitigations")
        self.l_advice = QLabel(self)
        self.advice_text = QPlainTextEdit(self)
        self.advice_text.setObjectName("securityAdvice")
        self.assessed = message_label(self, "securityAssessed")
        self.record_button = QPushButton(self)
        self.record_button.setObjectName("recordSecurity")
        self.record_button.clicked.connect(self.record)
        self.edited = False
        self._base_version = None
        self.risk.activated.connect(self._mark_edited)
        self.mitigations.textChanged.connect(self._typed)
        self.advice_text.textChanged.connect(self._typed)
        self._filling = False

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        at = QHBoxLayout()
        at.addWidget(self.advice_title, 1)
        at.addWidget(self.fetch_button)
        ll.addLayout(at)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.advice_host)
        scroll.setMaximumHeight(200)
        ll.addWidget(scroll)
        ll.addWidget(self.hits_title)
        ll.addWidget(self.screen_state)
        ll.addWidget(self.hits, 1)
        hb = QHBoxLayout()
        hb.addWidget(self.screen_button)
        hb.addWidget(self.screen_progress)
        hb.addWidget(self.screen_cancel)
        hb.addStretch(1)
        hb.addWidget(self.false_button)
        hb.addWidget(self.confirm_button)
        ll.addLayout(hb)

        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.check_title)
        cscroll = QScrollArea(self)
        cscroll.setWidgetResizable(True)
        cscroll.setWidget(self.check_host)
        rl.addWidget(cscroll, 2)
        rr = QHBoxLayout()
        rr.addWidget(self.l_risk)
        rr.addWidget(self.risk, 1)
        rl.addLayout(rr)
        rl.addWidget(self.l_mitigations)
        rl.addWidget(self.mitigations, 1)
        rl.addWidget(self.l_advice)
        rl.addWidget(self.advice_text, 1)
        rl.addWidget(self.assessed)
        rb = QHBoxLayout()
        rb.addStretch(1)
        rb.addWidget(self.record_button)
        rl.addLayout(rb)

        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

    def title(self) -> str:
        return self.tr("Security")

    def retranslate(self) -> None:
        self.advice_title.setText(self.tr("Travel advice and state-actor risk"))
        self.hits_title.setText(self.tr("Sanctions screening"))
        self.fetch_button.setText(self.tr("Fetch current advice"))
        self.fetch_button.setToolTip(self.tr("Ask the ministry's open data service for the "
                                             "current travel advice; offline, the last stored "
                                             "advice stays"))
        self.screen_button.setText(self.tr("Screen &now"))
        self.screen_button.setAccessibleName(self.tr("Screen the mission's persons against "
                                                     "the stored sanctions lists"))
        self.screen_cancel.setText(self.tr("Cancel"))
        self.false_button.setText(self.tr("False positive…"))
        self.confirm_button.setText(self.tr("Confirm hit…"))
        self.hits.setAccessibleName(self.tr("Screening hits"))
        self.check_title.setText(self.tr("Security checklist"))
        self.l_risk.setText(self.tr("Residual risk:"))
        for n, key in enumerate(checklist_service.RESIDUAL_RISKS):
            self.risk.setItemText(n, word(key))
        self.risk.setAccessibleName(self.tr("Residual risk"))
        self.l_mitigations.setText(self.tr("Mitigations (one per line):"))
        self.mitigations.setAccessibleName(self.tr("Mitigations"))
        self.l_advice.setText(self.tr("Advice for the approval file:"))
        self.advice_text.setAccessibleName(self.tr("Security advice"))
        self.record_button.setText(self.tr("&Record security check"))
        if self.data is not None:
            self.show_data(self.data)

    def fetch(self, uow, ref):
        return fetch_security(uow, ref, fmt.document_lang())

    def _decision_text(self, hit) -> str:
        if hit.decision is None:
            return self.tr("open")
        text = word(hit.decision)
        if hit.reason:
            text += f" — {hit.reason}"
        if hit.decided_by:
            text += f" ({hit.decided_by})"
        return text

    # showing -----------------------------------------------------------------------------
    def show_data(self, d: SecurityData) -> None:
        self._show_advice(d)
        self.hits_model.set_rows(list(d.hits))
        self.hits.resizeColumnsToContents()
        self.hits.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        lists = ", ".join(f"{s} ({fmt.day(g.date() if hasattr(g, 'date') else g)})"
                          for s, g in d.lists) or self.tr("none stored")
        st = d.state
        if not st.screened:
            state = self.tr("Not screened yet.")
        else:
            state = self.tr("Screened on %1.").replace("%1", fmt.day(st.screened_at.date()))
            if st.stale:
                state += " " + self.tr("Out of date: %1").replace("%1", "; ".join(st.reasons))
        open_hits = sum(1 for h in d.hits if h.decision is None)
        state += " " + self.tr("Lists: %1.").replace("%1", lists)
        if st.screened and not d.hits:
            state += " " + self.tr("No one in the mission matches a listed name.")
        if open_hits:
            state += " " + self.tr("%1 hits wait for a decision.").replace("%1", str(open_hits))
        self.screen_state.setText(state)
        self.screen_state.setStyleSheet("color: #b3261e" if open_hits or st.stale else "")
        self._show_checklist(d)
        self._update_buttons()

    def _clear(self, layout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _show_advice(self, d: SecurityData) -> None:
        g = self.advice_grid
        self._clear(g)
        if not d.advice:
            g.addWidget(QLabel(self.tr("The mission names no destination country."),
                               self.advice_host), 0, 0)
        for row, a in enumerate(d.advice):
            name = QLabel(f"<b>{fmt.country(a.country)}</b>", self.advice_host)
            g.addWidget(name, row * 2, 0, Qt.AlignmentFlag.AlignTop)
            if a.advice is None:
                g.addWidget(QLabel(self.tr("No travel advice stored"), self.advice_host),
                            row * 2, 1)
            else:
                c = chip(self.advice_host, a.route_colour, word(a.route_colour))
                c.setObjectName(f"adviceChip_{a.country}")
                g.addWidget(c, row * 2, 1, Qt.AlignmentFlag.AlignTop)
                regions = [r for r in a.advice.regions if r.visited or not a.route_known]
                box = QHBoxLayout()
                for r in regions[:4]:
                    box.addWidget(chip(self.advice_host, r.colour,
                                       f"{r.name}: {word(r.colour, SHORT)}"))
                if len(regions) > 4:
                    more = QLabel(self.tr("and %1 more regions")
                                  .replace("%1", str(len(regions) - 4)), self.advice_host)
                    more.setToolTip("\n".join(f"{r.name}: {word(r.colour, SHORT)}"
                                              for r in regions[4:]))
                    box.addWidget(more)
                box.addStretch(1)
                dated = self.tr("Advice of %1").replace("%1", fmt.day(a.advice.modified.date()))
                if a.advice.stale:
                    dated += " — " + self.tr("out of date (%1 days): fetch the current advice") \
                        .replace("%1", str(a.advice.age_days))
                when = QLabel(dated, self.advice_host)
                when.setObjectName(f"adviceDate_{a.country}")
                when.setWordWrap(True)
                if a.advice.stale:
                    when.setStyleSheet("color: #b3261e; font-weight: bold")
                details = QVBoxLayout()
                details.setContentsMargins(0, 0, 0, 0)
                details.addWidget(when)
                details.addLayout(box)
                holder = QWidget(self.advice_host)
                holder.setLayout(details)
                g.addWidget(holder, row * 2 + 1, 1, 1, 3)
            risk = d.risks.get(a.country)
            level = risk.level if risk else None
            rc = chip(self.advice_host, level,
                      word(level) if level else self.tr("State-actor risk: not assessed"))
            rc.setObjectName(f"riskChip_{a.country}")
            if risk is not None:
                rc.setToolTip(risk.rationale)
            g.addWidget(rc, row * 2, 2, Qt.AlignmentFlag.AlignTop)
        g.setColumnStretch(3, 1)

    def _mark_edited(self, *_args) -> None:
        self.edited = True

    def _show_checklist(self, d: SecurityData) -> None:
        if self.edited:  # typed but not recorded: a background reload must not wipe it
            self.assessed.setText(self.tr("Your changes to the check are not recorded yet."))
            return
        self._clear(self.check_box)
        self.checks = {}
        for item in d.checklist:
            box = QCheckBox(item.label, self.check_host)
            box.setObjectName(f"check_{item.code}")
            box.setChecked(bool(item.done))
            box.clicked.connect(self._mark_edited)
            self.checks[item.code] = box
            self.check_box.addWidget(box)
        self.check_box.addStretch(1)
        a = d.assessment
        self._base_version = a.version if a else None  # what an edit starts from
        self._filling = True
        self.risk.setCurrentIndex(max(0, self.risk.findData(a.residual_risk if a else "low")))
        self.mitigations.setPlainText("\n".join(a.mitigations) if a else "")
        self.advice_text.setPlainText(a.advice if a else "")
        self._filling = False
        self.assessed.setText(
            self.tr("Checked by %1 on %2").replace("%1", a.assessed_by)
            .replace("%2", fmt.day(a.assessed_at.date())) if a else
            self.tr("No security check recorded yet."))
        security = self.may("security")
        for w in (self.record_button, self.risk, self.mitigations, self.advice_text,
                  *self.checks.values()):
            w.setEnabled(security)
        if not security:
            self.record_button.setToolTip(self.tr("Only a security advisor records the check"))

    def _typed(self) -> None:
        if not self._filling:
            self.edited = True

    def _update_buttons(self) -> None:
        hit = self.hits_model.row_at(self.hits.currentIndex())
        ok = hit is not None and self.may("security")
        self.false_button.setEnabled(ok)
        self.confirm_button.setEnabled(ok)
        self.screen_button.setEnabled(self._screen_op is None and self.may("security", "officer"))
        self.fetch_button.setEnabled(self.may("security", "officer"))

    # actions ------------------------------------------------------------------------------
    def screen(self) -> None:
        """Screen against the stored lists in the background, with progress and cancel."""
        ref = self.ref

        def done(report):
            self._screening_over()
            self.tell(self.tr("Screened: %1 hits.").replace("%1", str(len(report.hits))))

        def failed(exc):
            self._screening_over()
            self.fail(exc)

        self.screen_progress.setRange(0, 0)
        self.screen_progress.show()
        self.screen_cancel.show()
        self.screen_cancel.setEnabled(True)
        self.tell(self.tr("Screening…"))
        self._screen_op = self.ctx.write(
            lambda uow, p: screening.screen_mission(uow, ref, progress=p),
            lambda r: (done(r), self._reload_now()),
            failure=failed, parent=self, refs={ref},
            label=self.tr("Screening %1").replace("%1", ref),
            progress=self._progress)
        self._update_buttons()

    def _reload_now(self) -> None:
        self._shown_version = None
        self.reload()

    def _progress(self, done: int, total: int, _text: str = "") -> None:
        if total > 0:
            self.screen_progress.setRange(0, total)
            self.screen_progress.setValue(done)

    def cancel_screening(self) -> None:
        """Stop the screening; a cancelled operation reports nothing back (ui.tasks), and
        its transaction is rolled back, so nothing is stored."""
        if self._screen_op is not None:
            self._screen_op.cancel()
            self._screening_over()
            self.tell(self.tr("Screening cancelled; nothing was stored."))

    def _screening_over(self) -> None:
        self._screen_op = None
        self.screen_progress.hide()
        self.screen_cancel.hide()
        self._update_buttons()

    def fetch_advice(self, fetcher=None) -> None:
        """Fetch the advice of every destination in the background; offline it says so."""
        countries = [a.country for a in (self.data.advice if self.data else ())]
        if not countries:
            return

        def work(uow, p):
            out = []
            for n, cc in enumerate(countries):
                p(n, len(countries), cc)
                out.append(advice_service.fetch_advice(uow, cc, fetcher=fetcher))
            return out

        def done(results):
            self.fetch_button.setEnabled(True)
            self.tell("\n".join(f"{fmt.country(r.country)}: {r.message}" for r in results),
                      problem=not all(r.live for r in results))
            self._reload_now()

        def failed(exc):
            self.fetch_button.setEnabled(True)
            self.fail(exc)

        self.fetch_button.setEnabled(False)
        self.tell(self.tr("Fetching the travel advice…"))
        self.ctx.write(work, done, failure=failed, parent=self, refs={self.ref},
                       label=self.tr("Fetching the travel advice"))

    def decide(self, decision: str, reason: str | None = None) -> None:
        hit = self.hits_model.row_at(self.hits.currentIndex())
        if hit is None:
            return
        if reason is None:
            prompt = (self.tr("Why is this not the listed person (e.g. another birth date)?")
                      if decision == "false_positive" else
                      self.tr("Note on the confirmed hit (optional):"))
            reason, ok = QInputDialog.getText(self, word(decision), prompt)
            if not ok:
                return
        if decision == "false_positive" and not reason.strip():
            self.tell(self.tr("A false positive needs a reason."), problem=True)
            return
        hid = hit.id
        self.ctx.write(lambda uow, _p: screening.decide_hit(uow, hid, decision, reason),
                       lambda _h: (self.tell(self.tr("Decision recorded.")), self._reload_now()),
                       failure=self.fail, parent=self, refs={self.ref})

    def security_document(self) -> dict:
        return {"checklist": {code: box.isChecked() for code, box in self.checks.items()},
                "residual_risk": self.risk.currentData(),
                "mitigations": [m for m in self.mitigations.toPlainText().splitlines()
                                if m.strip()],
                "advice": self.advice_text.toPlainText()}

    def record(self) -> None:
        ref, doc = self.ref, self.security_document()
        version = self._base_version
        self.ctx.write(
            lambda uow, _p: checklist_service.record_security_assessment(
                uow, ref, doc, expected_version=version),
            self._recorded, failure=self.fail, parent=self, refs={ref})

    def _recorded(self, _view) -> None:
        self.edited = False
        self.tell(self.tr("Security check recorded."))
        self._reload_now()
