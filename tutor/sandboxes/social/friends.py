"""Friends: the friend requests (accept or decline) and the list of friends."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from tutor.i18n import _
from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.kit.scrolling import finger_scroll_area
from tutor.sandboxes.kit.touch import TouchButton
from tutor.sandboxes.social.content import FRIEND_REQUESTS
from tutor.sandboxes.social.parts import (
    MUTED,
    Avatar,
    Card,
    Page,
    clear_layout,
    label,
    main_button,
    person_name,
    soft_button,
)


class RequestCard(Card):
    """Someone asking to be a friend: who, what we know, then "Accept" and "Decline" side
    by side under the name, as Facebook's app shows a request. The words keep the card's
    width, so they wrap in whole words and the buttons stay on screen at 200 %."""

    def __init__(self, look: Look, person: str, line1: str, line2: str):
        super().__init__()
        self.person = person
        row = QHBoxLayout(self)
        m = look.px(12)
        row.setContentsMargins(m, m, m, m)
        row.setSpacing(m)
        row.addWidget(Avatar(look, person, 64), 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(look.px(8))
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(label(look, person_name(person), 24, bold=True))
        words.addWidget(label(look, _(line1), 20, colour=MUTED))
        words.addWidget(label(look, _(line2), 20, colour=MUTED))
        column.addLayout(words)
        self.accept: TouchButton = main_button(look, _("Accept"))
        self.accept.setObjectName(f"friends.{person}.accept")
        self.decline: TouchButton = soft_button(look, _("Decline"))
        self.decline.setObjectName(f"friends.{person}.decline")
        buttons = QHBoxLayout()
        buttons.setSpacing(m)
        for button in (self.accept, self.decline):
            buttons.addWidget(button, 1)
        column.addLayout(buttons)
        row.addLayout(column, 1)


class FriendChip(QWidget):
    """A friend in the list: picture and first name."""

    def __init__(self, look: Look, person: str):
        super().__init__()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(look.px(4))
        box.addWidget(Avatar(look, person, 60), 0, Qt.AlignmentFlag.AlignHCenter)
        name = label(look, person_name(person), 20)
        name.setWordWrap(False)
        name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(name)


class FriendsScreen(Page):
    """The "Friends" tab: requests first (the badge counts them), then "My friends"."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.requests_title = label(look, _("Friend requests"), 26, bold=True)
        self.note = label(look, "", 22, colour="#1a591e")
        self.none = label(look, _("No new requests."), 22, colour=MUTED)
        self.cards = {
            r.person: RequestCard(look, r.person, r.line1, r.line2) for r in FRIEND_REQUESTS
        }
        self.friends_title = label(look, _("My friends"), 26, bold=True)
        self.friends_row = QHBoxLayout()
        self.friends_row.setSpacing(look.px(14))
        # The page scrolls (by finger) rather than squeezing the cards: at large text sizes
        # their wrapped lines need more height than the screen has.
        content = QWidget()
        content.setObjectName("friends.content")
        content.setStyleSheet("#friends\\.content { background: transparent; }")
        self.area = finger_scroll_area(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.area)
        box = QVBoxLayout(content)
        m = look.px(16)
        box.setContentsMargins(m, look.px(10), m, m)
        box.setSpacing(look.px(8))  # tight enough for both requests' buttons at 200 %
        box.addWidget(self.requests_title)
        box.addWidget(self.note)
        box.addWidget(self.none)
        for card in self.cards.values():
            box.addWidget(card)
        box.addWidget(self.friends_title)
        box.addLayout(self.friends_row)
        box.addStretch(1)

    def show_state(self, requests: list[str], friends: list[str], note: str) -> None:
        for person, card in self.cards.items():
            card.setVisible(person in requests)
        self.none.setVisible(not requests)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        clear_layout(self.friends_row)
        for person in friends:
            self.friends_row.addWidget(FriendChip(self.look, person))
        self.friends_row.addStretch(1)

    def friend_names(self) -> list[str]:
        chips = []
        for index in range(self.friends_row.count()):
            item = self.friends_row.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, FriendChip):
                chips.append(widget)
        return [chip.findChild(Avatar).person_id for chip in chips]  # type: ignore[union-attr]
