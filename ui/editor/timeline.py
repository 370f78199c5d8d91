"""The programme as a day or week timeline: items as blocks in each place's own time.

Each block sits in the column of its local day, at its local clock time, in
the zone of the item (shown in the block). Dragging moves an item, dragging
its lower edge changes its end; both snap to a quarter of an hour. The new
wall time becomes an instant in the item's own zone, so a move across a
daylight-saving change keeps the clock time the officer sees.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
)

from almere_missions.timeutil import TimeProblem, abbreviation, local_to_utc, utc_to_local
from ui import fmt

SNAP_MIN = 15
PX_PER_MIN = 0.9
GUTTER = 56.0
HEADER = 40.0
EDGE = 7.0

KIND_COLOURS = {
    "meeting": "#d7e7fb", "visit": "#dff3e4", "meal": "#fff1cc", "reception": "#f3e1f7",
    "travel": "#e6e6e6", "transfer": "#ececec", "free": "#f6f6f6", "other": "#e8eef5",
}


def snap(minutes: float) -> int:
    return int(round(minutes / SNAP_MIN) * SNAP_MIN)


class Block(QGraphicsRectItem):
    """One programme item; dragging reports back to the timeline on release."""

    def __init__(self, timeline: Timeline, item, rect: QRectF, day_index: int, clash: list,
                 editable: bool):
        super().__init__(rect)
        self.timeline, self.item, self.day_index, self.clash = timeline, item, day_index, clash
        self.editable = editable and not item.all_day
        self._mode = None
        self._press = QPointF()
        self._orig = QRectF(rect)
        cancelled = item.status == "cancelled"
        colour = QColor(KIND_COLOURS.get(item.kind, "#e8eef5"))
        if cancelled:
            colour = QColor("#f2f2f2")
        self.setBrush(QBrush(colour))
        pen = QPen(QColor("#b3261e") if clash else QColor("#7a8ca5"), 2.5 if clash else 1)
        if item.status == "tentative":
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setCursor(Qt.CursorShape.OpenHandCursor if self.editable
                       else Qt.CursorShape.PointingHandCursor)
        self.label = QGraphicsTextItem(self)
        self.label.setTextWidth(max(rect.width() - 6, 10))
        self.label.setPos(rect.x() + 3, rect.y() + 1)
        self.update_label()
        tip = [self.label_text(), fmt.text(item.title)]
        if clash:
            tip += ["⚠ " + getattr(p, "message", str(p)) for p in clash]
        self.setToolTip("\n".join(tip))

    def label_text(self) -> str:
        it = self.item
        if it.all_day:
            return fmt.text(it.title)
        end_tz = it.arrival_timezone
        end = fmt.clock(it.end, end_tz)
        if end_tz != it.timezone:
            end += f" {abbreviation(it.end, end_tz)}"
        return f"{fmt.clock(it.start, it.timezone)}–{end} {abbreviation(it.start, it.timezone)}"

    def update_label(self, override: str | None = None) -> None:
        it = self.item
        title = fmt.text(it.title)
        mark = "⚠ " if self.clash else ""
        strike = "text-decoration: line-through;" if it.status == "cancelled" else ""
        head = override or self.label_text()
        # A short block gets one line: time and title side by side.
        line = QFontMetrics(self.label.font()).height()
        single = self.rect().height() < 2.6 * line
        sep = " " if single else "<br>"
        self.label.setTextWidth(-1 if single else max(self.rect().width() - 6, 10))
        self.label.setHtml(
            f"<div style='font-size:8pt;{strike}'><b>{mark}{escape(head, quote=False)}</b>"
            f"{sep}{escape(title, quote=False)}</div>")

    # --- dragging -------------------------------------------------------------------
    def hoverMoveEvent(self, event):
        if self.editable:
            near = self.rect().bottom() - event.pos().y() <= EDGE
            self.setCursor(Qt.CursorShape.SizeVerCursor if near
                           else Qt.CursorShape.OpenHandCursor)
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event):
        self.timeline.itemClicked.emit(self.item.ref)
        if not self.editable or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._press = event.scenePos()
        self._orig = QRectF(self.rect())
        near = self.rect().bottom() - event.pos().y() <= EDGE
        self._mode = "resize" if near else "move"
        self.setZValue(10)
        event.accept()

    def mouseMoveEvent(self, event):
        if self._mode is None:
            super().mouseMoveEvent(event)
            return
        tl = self.timeline
        dy = event.scenePos().y() - self._press.y()
        r = QRectF(self._orig)
        if self._mode == "move":
            minutes = snap(dy / PX_PER_MIN)
            days = round((event.scenePos().x() - self._press.x()) / tl.day_width)
            days = max(-self.day_index, min(len(tl.days) - 1 - self.day_index, days))
            r.translate(days * tl.day_width, minutes * PX_PER_MIN)
            start, _ = self.wall_times(r)
            self.update_label(f"→ {start:%H:%M}")
        else:
            height = max(SNAP_MIN * PX_PER_MIN, self._orig.height() + snap(dy / PX_PER_MIN)
                         * PX_PER_MIN)
            r.setHeight(height)
            _, end = self.wall_times(r)
            self.update_label(f"→ {end:%H:%M}")
        self.setRect(r)
        self.label.setPos(r.x() + 3, r.y() + 1)

    def wall_times(self, r: QRectF) -> tuple[datetime, datetime]:
        """The local wall times (in the item's zone) a rectangle stands for."""
        tl = self.timeline
        day = tl.days[int(round((r.x() - GUTTER - 2) / tl.day_width))]
        start_min = (r.y() - HEADER) / PX_PER_MIN + tl.first_hour * 60
        end_min = (r.bottom() - HEADER) / PX_PER_MIN + tl.first_hour * 60
        base = datetime.combine(day, time(0))
        return (base + timedelta(minutes=snap(start_min)),
                base + timedelta(minutes=snap(end_min)))

    def mouseReleaseEvent(self, event):
        mode, self._mode = self._mode, None
        if mode is None:
            super().mouseReleaseEvent(event)
            return
        self.setZValue(0)
        moved = self.rect() != self._orig
        if not moved:
            self.update_label()
            return
        start, end = self.wall_times(self.rect())
        it = self.item
        try:
            if mode == "move":
                self.timeline.moveRequested.emit(it.ref, local_to_utc(start, it.timezone))
            else:
                self.timeline.resizeRequested.emit(
                    it.ref, local_to_utc(end, it.arrival_timezone))
        except TimeProblem as exc:
            self.timeline.refused.emit(str(exc))
            self.setRect(self._orig)
            self.label.setPos(self._orig.x() + 3, self._orig.y() + 1)
            self.update_label()

    def mouseDoubleClickEvent(self, event):
        self.timeline.itemActivated.emit(self.item.ref)


class Timeline(QGraphicsView):
    """Days side by side, hours downwards."""

    moveRequested = Signal(str, object)  # item ref, new start (UTC)
    resizeRequested = Signal(str, object)  # item ref, new end (UTC)
    itemClicked = Signal(str)
    itemActivated = Signal(str)
    refused = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.days: list[date] = []
        self.day_width = 160.0
        self.first_hour, self.last_hour = 7, 23
        self.blocks: dict[str, Block] = {}
        self.editable = False
        self._items: list = []
        self._clashes: dict = {}

    def show_items(self, items, days: list[date], clashes: dict, editable: bool) -> None:
        self._items, self.days, self._clashes, self.editable = list(items), days, clashes, editable
        self.rebuild()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if self.days:
            self.rebuild()

    def rebuild(self) -> None:
        scene = self.scene()
        scene.clear()
        self.blocks.clear()
        days = self.days
        if not days:
            return
        width = max(self.viewport().width() - GUTTER - 4, 200)
        self.day_width = max(120.0, width / len(days))
        shown = [it for it in self._items if not it.all_day and it.first_day in days]
        hours = [utc_to_local(it.start, it.timezone).hour for it in shown]
        ends = [utc_to_local(it.end, it.arrival_timezone) for it in shown]
        self.first_hour = min([7, *hours])
        self.last_hour = max([22, *[e.hour + (1 if e.minute else 0) for e in ends]])
        self.last_hour = min(self.last_hour, 24)
        total = (self.last_hour - self.first_hour) * 60 * PX_PER_MIN
        grid = QPen(QColor("#d9dee5"))
        half = QPen(QColor("#eef1f4"))
        font = QFont(self.font())
        font.setPointSizeF(8.5)
        for h in range(self.first_hour, self.last_hour + 1):
            y = HEADER + (h - self.first_hour) * 60 * PX_PER_MIN
            scene.addLine(GUTTER, y, GUTTER + self.day_width * len(days), y, grid)
            if h < self.last_hour:
                scene.addLine(GUTTER, y + 30 * PX_PER_MIN, GUTTER + self.day_width * len(days),
                              y + 30 * PX_PER_MIN, half)
            t = QGraphicsSimpleTextItem(f"{h:02d}:00")
            t.setFont(font)
            t.setBrush(QColor("#5a6572"))
            t.setPos(6, y - 7)
            scene.addItem(t)
        bold = QFont(self.font())
        bold.setBold(True)
        for n, d in enumerate(days):
            x = GUTTER + n * self.day_width
            scene.addLine(x, HEADER - 4, x, HEADER + total, grid)
            head = QGraphicsSimpleTextItem(fmt.weekday(d))
            head.setFont(bold)
            head.setPos(x + 6, 4)
            scene.addItem(head)
            zones = sorted({abbreviation(it.start, it.timezone) for it in shown
                            if it.first_day == d})
            if zones:
                z = QGraphicsSimpleTextItem(" · ".join(zones))
                z.setFont(font)
                z.setBrush(QColor("#5a6572"))
                z.setPos(x + 6, 22)
                scene.addItem(z)
        # Items of one day side by side where they overlap.
        for n, d in enumerate(days):
            todays = sorted((it for it in shown if it.first_day == d),
                            key=lambda it: (it.start, it.end))
            lanes: list[datetime] = []
            placed = []
            for it in todays:
                lane = next((i for i, end in enumerate(lanes) if end <= it.start), None)
                if lane is None:
                    lanes.append(it.end)
                    lane = len(lanes) - 1
                else:
                    lanes[lane] = it.end
                placed.append((it, lane))
            count = max(len(lanes), 1)
            lane_w = (self.day_width - 6) / count
            for it, lane in placed:
                start = utc_to_local(it.start, it.timezone)
                end_local = utc_to_local(it.end, it.timezone)
                top = (start.hour * 60 + start.minute - self.first_hour * 60)
                length = max((it.end - it.start).total_seconds() / 60, SNAP_MIN)
                if end_local.date() != start.date():  # runs past midnight: to the bottom
                    length = min(length, (self.last_hour * 60) - (start.hour * 60 + start.minute))
                rect = QRectF(GUTTER + n * self.day_width + 3 + lane * lane_w,
                              HEADER + top * PX_PER_MIN, lane_w - 2, length * PX_PER_MIN)
                block = Block(self, it, rect, n, self._clashes.get(it.ref, []), self.editable)
                scene.addItem(block)
                self.blocks[it.ref] = block
        scene.setSceneRect(0, 0, GUTTER + self.day_width * len(days) + 4, HEADER + total + 8)
