"""The season board: every mission on a month or week calendar, host load per week,
clash markers, and a click through to the mission."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from PySide6.QtCore import QDate, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QButtonGroup, QLabel, QSizePolicy, QWidget

from almere_missions.app import board as board_app
from almere_missions.app.board import BoardData, monday
from almere_missions.text import pick
from ui import crash, fmt
from ui.tasks import JOBS, job
from ui.widgets import STRETCH, bold_label, button, hbox, set_names, set_texts, vbox

COLOURS = {"incoming": QColor("#2f6db5"), "outgoing": QColor("#2e8b57")}
OVERDUE_COLOUR = "#9c4a00"


class BoardCanvas(QWidget):
    """Draws the weeks as rows of seven days with the missions as bars."""

    openMission = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("seasonBoard")
        self.data: BoardData | None = None
        self.weeks: list[date] = []
        self.boxes: list[tuple[QRectF, str]] = []
        #: missions drawn with the overdue marker in the last paint: their count
        self.overdue_marks: dict[str, int] = {}
        self.setMinimumHeight(400)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.month: date | None = None

    def show_data(self, data: BoardData, weeks: list[date], month: date | None) -> None:
        self.data, self.weeks, self.month = data, weeks, month
        self.update()

    LOAD_W = 190.0
    HEAD_H = 26.0

    def paintEvent(self, event):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        self.boxes.clear()
        self.overdue_marks.clear()
        if not self.weeks or self.data is None:
            return
        w = self.width() - self.LOAD_W
        col = w / 7
        row_h = (self.height() - self.HEAD_H) / len(self.weeks)
        grid = QPen(QColor("#d9dee5"))
        small = QFont(self.font())
        small.setPointSizeF(8.5)
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        for n in range(7):
            p.drawText(QRectF(n * col + 6, 0, col - 6, self.HEAD_H),
                       Qt.AlignmentFlag.AlignVCenter, fmt.weekday(self.weeks[0] + timedelta(n))
                       .split()[0])
        p.drawText(QRectF(w + 8, 0, self.LOAD_W - 8, self.HEAD_H),
                   Qt.AlignmentFlag.AlignVCenter, self.tr("Host load"))
        today = date.today()
        by_day: dict[date, list] = defaultdict(list)
        for m in self.data.missions:
            d = m.start
            while d <= m.end:
                by_day[d].append(m)
                d += timedelta(days=1)
        for r, week in enumerate(self.weeks):
            y = self.HEAD_H + r * row_h
            p.setPen(grid)
            p.drawLine(0, int(y), self.width(), int(y))
            for n in range(7):
                day = week + timedelta(days=n)
                x = n * col
                cell = QRectF(x, y, col, row_h)
                outside = self.month is not None and day.month != self.month.month
                if outside:
                    p.fillRect(cell, QColor("#f6f7f9"))
                p.setPen(grid)
                p.drawRect(cell)
                p.setFont(bold if day == today else small)
                p.setPen(QColor("#8a94a0") if outside else QColor("#303840"))
                p.drawText(QRectF(x + 4, y + 2, col - 8, 16), Qt.AlignmentFlag.AlignRight,
                           str(day.day))
                p.setFont(small)
                line_h = 17.0
                room = int((row_h - 20) // line_h)
                todays = sorted(by_day.get(day, []), key=lambda m: (m.start, m.ref))
                for k, m in enumerate(todays[:max(room, 0)]):
                    if k == room - 1 and len(todays) > room:
                        p.setPen(QColor("#5a6572"))
                        p.drawText(QRectF(x + 4, y + 18 + k * line_h, col - 8, line_h),
                                   Qt.AlignmentFlag.AlignVCenter,
                                   self.tr("+%1 more").replace("%1", str(len(todays) - k)))
                        break
                    box = QRectF(x + 3, y + 18 + k * line_h, col - 6, line_h - 2)
                    colour = COLOURS.get(m.direction, QColor("#777777"))
                    p.fillRect(box, colour.lighter(185))
                    p.fillRect(QRectF(box.x(), box.y(), 3, box.height()), colour)
                    clash = m.ref in self.data.clashes
                    inner = box.adjusted(6, 0, -2, 0)
                    if clash:  # a red mark in front; the text stays readable
                        p.setPen(QColor("#b3261e"))
                        p.drawText(inner, Qt.AlignmentFlag.AlignVCenter, "⚠")
                        inner.setLeft(inner.left() + p.fontMetrics().horizontalAdvance("⚠ "))
                    late = self.data.overdue.get(m.ref, 0)
                    if late:  # open follow-up actions past their due date
                        mark = f"⚑{late} "
                        p.setPen(QColor(OVERDUE_COLOUR))
                        p.drawText(inner, Qt.AlignmentFlag.AlignVCenter, mark)
                        inner.setLeft(inner.left() + p.fontMetrics().horizontalAdvance(mark))
                        self.overdue_marks[m.ref] = late
                    p.setPen(QColor("#1d2733"))
                    text = pick(m.title, fmt.lang())
                    p.drawText(inner, Qt.AlignmentFlag.AlignVCenter,
                               p.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                          int(inner.width() - 2)))
                    self.boxes.append((box, m.ref))
            self._paint_load(p, week, QRectF(w, y, self.LOAD_W, row_h), small)

    def _paint_load(self, p: QPainter, week: date, cell: QRectF, font: QFont) -> None:
        hours = self.data.host_hours.get(week, {})
        total = sum(hours.values())
        p.setPen(QPen(QColor("#d9dee5")))
        p.drawRect(cell)
        p.setFont(font)
        p.setPen(QColor("#303840"))
        lines = [self.tr("%1 h for %2 hosts").replace("%1", fmt.number(round(total, 1)))
                 .replace("%2", str(len(hours))) if hours else self.tr("No host bookings")]
        if hours:
            ref, most = max(hours.items(), key=lambda kv: kv[1])
            person = self.data.persons.get(ref)
            name = person.display_name if person else ref
            lines.append(self.tr("busiest: %1, %2 h").replace("%1", name)
                         .replace("%2", fmt.number(round(most, 1))))
        bar_w = min(cell.width() - 16, total * 2.0)
        if total:
            p.fillRect(QRectF(cell.x() + 8, cell.y() + 8, bar_w, 8),
                       QColor("#e07b39") if total > 40 else QColor("#8fb3de"))
        p.drawText(cell.adjusted(8, 20, -6, -4), Qt.TextFlag.TextWordWrap, "\n".join(lines))

    def mission_at(self, pos) -> str | None:
        return next((ref for box, ref in self.boxes if box.contains(pos)), None)

    def mouseMoveEvent(self, event):
        ref = self.mission_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if ref else Qt.CursorShape.ArrowCursor)
        tip = ""
        if ref and self.data is not None:
            m = next(m for m in self.data.missions if m.ref == ref)
            tip = f"{ref} · {pick(m.title, fmt.lang())}\n{fmt.span(m.start, m.end)}"
            if ref in self.data.clashes:
                tip += "\n⚠ " + self.tr("The programme has clashes")
            late = self.data.overdue.get(ref, 0)
            if late:
                tip += "\n⚑ " + self.tr("%n follow-up action(s) past their due date", "",
                                         late)
        self.setToolTip(tip)

    def mousePressEvent(self, event):
        ref = self.mission_at(event.position())
        if ref:
            self.openMission.emit(ref)


class SeasonBoard(QWidget):
    openMission = Signal(str)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.anchor = date.today().replace(day=1)
        #: the day the person looked for; a switch between month and week keeps it in view
        self.focus = date.today()
        self.by_month = True
        self.canvas = BoardCanvas(self)
        self.canvas.openMission.connect(self.openMission)
        self.month_button = button(self, slot=lambda: self._mode(True))
        self.week_button = button(self, slot=lambda: self._mode(False))
        group = QButtonGroup(self)
        for b in (self.month_button, self.week_button):
            b.setCheckable(True)
            group.addButton(b)
        self.month_button.setChecked(True)
        self.prev_button = button(self, slot=lambda: self.step(-1), text="◀")
        self.next_button = button(self, slot=lambda: self.step(1), text="▶")
        for b in (self.prev_button, self.next_button):
            b.setFixedWidth(36)
        self.today_button = button(self, slot=lambda: self.go(date.today()))
        self.title = bold_label(self, 1.3)
        self.legend = QLabel(self)
        bar = hbox(self.prev_button, self.today_button, self.next_button, self.title, STRETCH,
                   self.legend, self.month_button, self.week_button)
        vbox(bar, (self.canvas, 1), parent=self, margins=6)
        self.retranslate()

    def retranslate(self) -> None:
        set_texts([(self.month_button, self.tr("Month")), (self.week_button, self.tr("Week")),
                   (self.today_button, self.tr("Today"))])
        set_names([(self.prev_button, self.tr("Previous")), (self.next_button, self.tr("Next")),
                   (self.canvas, self.tr("Season board"))])
        self.legend.setText(self.tr("<span style='color:#2f6db5'>■</span> incoming  "
                                    "<span style='color:#2e8b57'>■</span> outgoing  "
                                    "<span style='color:#b3261e'>⚠</span> clash  "
                                    "<span style='color:#9c4a00'>⚑</span> overdue follow-up"))

    def _mode(self, month: bool) -> None:
        self.by_month = month
        self.go(self.focus)

    def go(self, day: date) -> None:
        self.focus = day
        self.anchor = day.replace(day=1) if self.by_month else monday(day)
        self.reload()

    def step(self, n: int) -> None:
        if self.by_month:
            q = QDate(self.anchor).addMonths(n).toPython()
            self.anchor = q.replace(day=1)
            self.focus = self.anchor
        else:
            self.anchor = monday(self.anchor) + timedelta(weeks=n)
        self.focus = self.anchor
        self.reload()

    def weeks(self) -> list[date]:
        if not self.by_month:
            return [monday(self.anchor)]
        first = monday(self.anchor)
        nxt = QDate(self.anchor).addMonths(1).toPython()
        out = []
        while first < nxt:
            out.append(first)
            first += timedelta(weeks=1)
        return out

    def reload(self) -> None:
        weeks = self.weeks()
        first, last = weeks[0], weeks[-1] + timedelta(days=6)
        self.title.setText(fmt.month_year(self.anchor) if self.by_month
                           else fmt.span(first, last))
        month = self.anchor if self.by_month else None
        self.ctx.run(job(board_app.board, first, last, lane=JOBS,
                         title=self.tr("Reading the board")),
                     lambda data: self.canvas.show_data(data, weeks, month),
                     failed=lambda exc: crash.handle(exc, self), parent=self)
