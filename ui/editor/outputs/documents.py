"""The outputs tab's documents: the programme, delegation list and badges as PDF, the
logistics sheets (drivers, caterer, rooming list), issuing the programme, and the change
notice since the last issue."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QGroupBox, QLabel

from almere_missions import permissions
from almere_missions.app import planning
from almere_missions.app.documents import action_for
from ui import fmt, outputjobs
from ui.editor.panel import TabPart
from ui.tasks import JOBS, job
from ui.widgets import button, save_as, set_texts, vbox


class DocumentsSection(TabPart, QGroupBox):
    def __init__(self, tab):
        super().__init__(tab)
        self.save_pdf = button(self, "saveProgramme", lambda: self.ask_save("programme"))
        self.print_button = button(self, "printProgramme")
        self.delegation_button = button(self, "saveDelegationList",
                                        lambda: self.ask_save("delegation"))
        self.badges_button = button(self, "saveBadges", lambda: self.ask_save("badges"))
        self.sheet_buttons = {
            what: button(self, name, lambda w=what: self.ask_save(w))
            for what, name in (("drivers", "saveDriverSheets"), ("caterer", "saveCatererSheet"),
                               ("rooming", "saveRoomingList"))}
        self.issue_button = button(self, "issueProgramme", lambda: self.issue())
        self.notice_button = button(self, "saveChangeNotice", lambda: self.ask_save("notice"))
        self.issued_label = QLabel(self)
        self.issued_label.setWordWrap(True)
        vbox(self.save_pdf, self.print_button, self.delegation_button, self.badges_button,
             *self.sheet_buttons.values(), self.issue_button, self.notice_button,
             self.issued_label, parent=self)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Documents"))
        sheets = self.sheet_buttons
        set_texts([(self.save_pdf, self.tr("Save programme as PDF…")),
                   (self.print_button, self.tr("&Print programme…")),
                   (self.delegation_button, self.tr("Delegation list (PDF)…")),
                   (self.badges_button, self.tr("Name badges (PDF)…")),
                   (sheets["drivers"], self.tr("Driver's sheets (PDF)…")),
                   (sheets["caterer"], self.tr("Caterer's sheet (PDF)…")),
                   (sheets["rooming"], self.tr("Rooming list (PDF)…")),
                   (self.issue_button, self.tr("Issue programme")),
                   (self.notice_button, self.tr("Changes since last issue (PDF)…"))])
        self.issue_button.setToolTip(self.tr("Mark the programme as sent to the guests; later "
                                             "changes are listed in a change notice"))

    def show_data(self, issues) -> None:
        if issues:
            last = issues[-1]
            self.issued_label.setText(self.tr("Issued %1 times; last on %2.")
                                      .replace("%1", str(len(issues)))
                                      .replace("%2", fmt.day(last.issued_at.date())))
        else:
            self.issued_label.setText(self.tr("The programme has not been issued yet."))
        self.notice_button.setEnabled(bool(issues))
        self.issue_button.setEnabled(self.tab.may("officer", "admin"))
        for what, b in self.sheet_buttons.items():  # the sheets name guests and their needs
            b.setEnabled(permissions.allowed(self.tab.ctx.roles,
                                             action_for(outputjobs.KINDS[what])))

    def ask_save(self, what: str) -> None:
        ref = self.tab.ref
        names = {"programme": f"programme-{ref}.pdf", "delegation": f"delegation-list-{ref}.pdf",
                 "badges": f"badges-{ref}.pdf", "notice": f"changes-{ref}.pdf",
                 "drivers": f"drivers-{ref}.pdf", "caterer": f"caterer-{ref}.pdf",
                 "rooming": f"rooming-list-{ref}.pdf"}
        save_as(self, self.tr("Save PDF"), names[what], self.tr("PDF files (*.pdf)"),
                lambda path: self.save(what, path))

    def save(self, what: str, path: Path, on_done=None):
        # The job writes beside the file and the file is put in place only when the
        # person still wants it: a cancelled save leaves nothing behind.
        tab = self.tab
        part = path.with_name(f".{path.name}.part")

        def done(pages):
            if pages is None:
                tab.tell(self.tr("The programme was never issued: there is no change notice "
                                 "yet."), problem=True)
            else:
                os.replace(part, path)
                tab.tell(self.tr("Saved %1 (%2 pages).").replace("%1", str(path))
                         .replace("%2", str(pages)))
            if on_done is not None:
                on_done(pages)

        return tab.job(job(outputjobs.document_job, what, tab.ref, str(part), tab.lang(),
                           tab.audience_key(), lane=JOBS,
                           title=self.tr("Writing %1…").replace("%1", path.name)), done,
                       discard=lambda: part.unlink(missing_ok=True))

    def issue(self, on_done=None):
        tab, ref = self.tab, self.tab.ref

        def done(number):
            tab.tell(self.tr("Programme issued (issue %1). Later changes go into a change "
                             "notice.").replace("%1", str(number)))
            if on_done is not None:
                on_done(number)

        return tab.job(job(planning.issue_programme, ref, title=self.tr("Issuing the programme…"),
                           writes=True, refs={ref}), done)
