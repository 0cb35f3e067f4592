"""The news feed: the "What's new?" box, the posts, and a photo seen bigger.

The feed follows the finger while it slides; when the finger lifts, the slide is a swipe
judged by the lesson's gate (``feed.list``). Accepted, the feed settles on the next post;
otherwise it glides back, so the screen never moves where the lesson did not plan.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tutor.i18n import _, ngettext
from tutor.sandboxes.kit.chrome import stacked
from tutor.sandboxes.kit.look import ROW, Drawn, Look
from tutor.sandboxes.kit.scrolling import SwipedPage
from tutor.sandboxes.kit.touch import Pressable, icon_pixmap
from tutor.sandboxes.social.parts import (
    LIKED,
    MUTED,
    Avatar,
    Card,
    Header,
    Page,
    clear_layout,
    flat_button,
    label,
    person_name,
)
from tutor.sandboxes.social.photos import PhotoView

COLUMN_MAX = 660  # design pixels: the news is a centred column, as on a tablet
PHOTO_HEIGHT = 160
GLIDE_MS = 450
SUMMARY_PX = 20
LIKE_ICON = "mdi6.thumb-up-outline"  # "Like" is a thumb, as on Facebook
LIKED_ICON = "mdi6.thumb-up"


class ReactionSummary(Drawn):
    """The line between a post and its buttons, as on Facebook: a small blue disc with a
    white thumb and the number of likes on the left, the number of comments on the right.
    The buttons under it then hold one word each, which keeps them on screen at 200 %."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(look, parent, sizing=ROW)
        self.likes = 0
        self.comments = 0

    def show_counts(self, likes: int, comments: int) -> None:
        self.likes, self.comments = likes, comments
        self.setAccessibleName(f"{self.likes_text()} {self.comments_text()}".strip())
        self.update()

    def likes_text(self) -> str:
        return str(self.likes) if self.likes else ""

    def comments_text(self) -> str:
        if not self.comments:
            return ""
        return ngettext("{count} comment", "{count} comments", self.comments).format(
            count=self.comments
        )

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.look.font(self, SUMMARY_PX))
        return QSize(self.look.px(400), max(self.look.px(34), metrics.height() + self.look.px(6)))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(look.font(self, SUMMARY_PX))
        painter.setPen(QColor(MUTED))
        x = look.px(4)
        if self.likes:
            disc = look.px(30)
            top = (self.height() - disc) / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(LIKED))
            painter.drawEllipse(QRectF(x, top, disc, disc))
            icon = look.px(20)
            painter.drawPixmap(
                round(x + (disc - icon) / 2),
                round(top + (disc - icon) / 2),
                icon_pixmap("mdi6.thumb-up", "#ffffff", icon),
            )
            painter.setPen(QColor(MUTED))
            x += disc + look.px(8)
            painter.drawText(
                QRectF(x, 0, self.width() / 2, self.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self.likes_text(),
            )
        painter.drawText(
            QRectF(self.width() / 2, 0, self.width() / 2 - look.px(4), self.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            self.comments_text(),
        )
        painter.fillRect(0, self.height() - 1, self.width(), 1, QColor("#d5d8dc"))


class PostCard(Card):
    """One post: who, when, the text, the photo, the likes and comments, then "Like"
    (a thumb, as on Facebook), "Comment" and "Share"."""

    def __init__(
        self, look: Look, post_id: str, author: str, time: str, text: str, photo: str | None
    ):
        super().__init__()
        self.look = look
        self.post_id = post_id
        self.base_likes = 0
        head = QHBoxLayout()
        head.setSpacing(look.px(12))
        head.addWidget(Avatar(look, author, 52))
        who = QVBoxLayout()
        who.setSpacing(0)
        who.addWidget(label(look, person_name(author), 22, bold=True))
        who.addWidget(label(look, time, 20, colour=MUTED))
        head.addLayout(who, 1)
        self.text = label(look, text, 22)
        self.photo = PhotoView(photo, radius=look.px(8))
        self.photo.setObjectName(f"post.{post_id}.photo")
        self.photo.setFixedHeight(look.px(PHOTO_HEIGHT))
        if photo is None:
            # Hidden, never shown here: a widget shown before it has a parent flashes up as
            # a window of its own and takes the keyboard away from the app.
            self.photo.hide()
        self.summary = ReactionSummary(look)
        self.like = flat_button(look, _("Like"), LIKE_ICON)
        self.like.setObjectName(f"post.{post_id}.like")
        self.comment = flat_button(look, _("Comment"), "mdi6.comment-outline")
        self.comment.setObjectName(f"post.{post_id}.comment")
        self.share = flat_button(look, _("Share"), "mdi6.share-outline")
        self.share.setObjectName(f"post.{post_id}.share")
        bar = QHBoxLayout()
        bar.setSpacing(look.px(4))
        for button in (self.like, self.comment, self.share):
            bar.addWidget(button, 1)
        self.comments = QVBoxLayout()
        self.comments.setSpacing(look.px(6))
        column = QVBoxLayout(self)
        m = look.px(12)
        column.setContentsMargins(m, m, m, look.px(4))
        column.setSpacing(look.px(8))
        column.addLayout(head)
        column.addWidget(self.text)
        column.addWidget(self.photo)
        column.addWidget(self.summary)
        column.addLayout(bar)
        column.addLayout(self.comments)

    def show_like(self, liked: bool, count: int) -> None:
        """A liked post shows a filled blue thumb and "Like" in blue, as Facebook does."""
        self.like.set_icon(LIKED_ICON if liked else LIKE_ICON)
        self.like.foreground = QColor(LIKED if liked else MUTED)
        self.like.update()
        self.summary.show_counts(count, self.summary.comments)

    def show_comments(self, total: int, mine: list[str]) -> None:
        self.summary.show_counts(self.summary.likes, total)
        clear_layout(self.comments)
        for text in mine:
            bubble = label(self.look, f"{_('You')} : {text}", 21)
            bubble.setStyleSheet(
                "color: #1c1c1c; background: #eef0f3;"
                f" border-radius: {self.look.px(14)}px; padding: {self.look.px(10)}px;"
            )
            self.comments.addWidget(bubble)


class ComposePill(Pressable):
    """The rounded "What's new?" box that opens the post composer (``feed.compose``)."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent, look=look, sizing=ROW)
        self.setObjectName("feed.compose")

    def sizeHint(self) -> QSize:
        return QSize(self.look.px(400), self.look.touch_px(64))

    def paintEvent(self, event):
        look = self.look
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        painter.setPen(QPen(QColor("#8d9399"), look.px(2)))
        painter.setBrush(QColor("#e4e6eb") if self.is_down else QColor("#f4f5f7"))
        painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
        painter.setFont(look.font(self, 23))
        painter.setPen(QColor(MUTED))
        painter.drawText(
            box.adjusted(look.px(24), 0, -look.px(70), 0),
            Qt.AlignmentFlag.AlignVCenter,
            _("What's new?"),
        )
        icon = look.px(38)
        painter.drawPixmap(
            int(box.right()) - icon - look.px(18),
            (self.height() - icon) // 2,
            icon_pixmap("mdi6.image-plus", "#2e7d32", icon),
        )


class FeedView(SwipedPage):
    """The scrolling column of posts (``feed.list``): moved by a finger, never a scrollbar
    (the posts paint the page)."""

    TOUCH_FINISHES_GLIDE = True  # a new touch finishes the glide at once

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(look, "feed.list", Page(), GLIDE_MS, parent)
        self.column.setSpacing(look.px(12))
        self._settled = False
        self.stops: list[QWidget] = []  # the posts, top first, where a swipe settles
        # The post the news rests on (an index in stop_values), or None when it rests
        # elsewhere (under a new comment). Kept so that when the posts change height (the
        # tablet drawn bigger or smaller, bigger text) the same post stays at the top.
        self.stop_index: int | None = 0
        look.changed.connect(self._resettle)

    # -- finger -------------------------------------------------------------------------------
    def mouseReleaseEvent(self, event: QMouseEvent):
        self._settled = False
        anchor = self._anchor
        super().mouseReleaseEvent(event)  # a swipe is judged here (see scroll_by_post)
        self._anchor = None
        if not self._settled and anchor is not None:
            self.glide_to(anchor)  # not accepted, or too short: back where it was

    # -- moves --------------------------------------------------------------------------------
    def _base(self) -> int:
        if self._anchor is not None:
            return self._anchor
        return self._glide.destination()

    def stop_values(self) -> list[int]:
        """Scroll positions where a post starts (the first page shows the "What's new?" box)."""
        self.column.activate()
        gap = self.look.px(10)
        values = [0] + [max(0, widget.y() - gap) for widget in self.stops[1:]]
        return sorted(set(values))

    def scroll_by_post(self, direction: str) -> None:
        """One post further down the news (``up``) or back up (``down``)."""
        self._settled = True
        base = self._base()
        stops = self.stop_values()
        if direction == "up":
            later = [v for v in stops if v > base + 4]
            target = later[0] if later else stops[-1]
        elif direction == "down":
            earlier = [v for v in stops if v < base - 4]
            target = earlier[-1] if earlier else 0
        else:
            target = base
        self.stop_index = stops.index(target) if target in stops else None
        self.glide_to(target)

    def glide_to(self, value: int) -> None:
        self._glide.stop()
        self._update_range()
        self._glide.to(value)

    def destination(self) -> int:
        """Where the news will rest (see ``kit/scrolling.py``)."""
        return self._glide.destination()

    def finish_glide(self) -> None:
        self._glide.finish()

    def reveal(self, widget: QWidget) -> None:
        """Glide just enough for the bottom of ``widget`` (e.g. a new comment) to show."""
        self.column.activate()
        bottom = widget.geometry().bottom()
        wanted = bottom + self.look.px(16) - self.area.viewport().height()
        if wanted > self._base():
            self.stop_index = None
            self.glide_to(wanted)

    def to_top(self) -> None:
        self.stop_index = 0
        self.glide_to(0)

    def _resettle(self) -> None:
        """Back on the post the news rested on, now that the posts have their new heights.
        Done at once (not later): the practice app then brings the step's target into
        view from here, after a resize (see ``SandboxWidget.resizeEvent``)."""
        if self.stop_index is None or self._anchor is not None or self._glide.is_active():
            return
        stops = self.stop_values()
        self._update_range()
        value = stops[min(self.stop_index, len(stops) - 1)]
        self._glide.jump(value)

    def _update_range(self) -> None:
        """The scroll range now, even before Qt has laid the news out again."""
        self.column.activate()
        height = self.content.sizeHint().height()
        self.bar.setRange(0, max(0, height - self.area.viewport().height()))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        side = max(self.look.px(12), (self.width() - self.look.px(COLUMN_MAX)) // 2)
        # Room under the last post, so that a swipe can bring even the last post's top (its
        # author, "Sponsored") to the top of the screen when the posts are tall (big text).
        bottom = max(self.look.px(60), self.height() - self.look.px(140))
        self.column.setContentsMargins(side, self.look.px(10), side, bottom)
        self._resettle()


class FeedScreen(QWidget):
    """The news: the "What's new?" box, the learner's own posts, then the others."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.view = FeedView(look)
        self.compose_card = Card()
        row = QHBoxLayout(self.compose_card)
        m = look.px(8)
        row.setContentsMargins(look.px(12), m, look.px(12), m)
        row.setSpacing(look.px(12))
        row.addWidget(Avatar(look, "me", 52))
        self.compose = ComposePill(look)
        row.addWidget(self.compose, 1)
        self.view.column.addWidget(self.compose_card)
        self.own_area = QVBoxLayout()
        self.own_area.setSpacing(look.px(12))
        self.view.column.addLayout(self.own_area)
        self.end = label(look, _("You are up to date."), 21, colour=MUTED)
        self.end.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cards: dict[str, PostCard] = {}
        self.own_cards: list[PostCard] = []
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.view)

    def add_post(self, card: PostCard) -> None:
        self.cards[card.post_id] = card
        self.view.column.addWidget(card)
        self._restop()

    def finish(self) -> None:
        self.view.column.addWidget(self.end)
        self.view.column.addStretch(1)

    def set_own_posts(self, cards: list[PostCard]) -> None:
        clear_layout(self.own_area)
        self.own_cards = cards
        for card in cards:
            self.own_area.addWidget(card)
        self._restop()

    def _restop(self) -> None:
        self.view.stops = [*self.own_cards, *self.cards.values()]


class PhotoScreen(Page):
    """A post's photo shown big on black, with who posted it."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.header = Header(look, "", dark=True)
        self.photo = PhotoView(None)
        self.photo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.caption = label(look, "", 23, colour="#ffffff")
        box = stacked(self, self.header)
        inner = QVBoxLayout()
        m = look.px(16)
        inner.setContentsMargins(m, m, m, m)
        inner.setSpacing(m)
        inner.addWidget(self.photo, 1)
        inner.addWidget(self.caption)
        box.addLayout(inner, 1)

    def show_photo(self, author: str, text: str, photo: str | None) -> None:
        self.header.title.setText(author)
        self.caption.setText(text)
        self.photo.set_photo(photo)

    def paintEvent(self, event):
        QPainter(self).fillRect(self.rect(), QColor("#000000"))
