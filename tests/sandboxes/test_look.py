"""A practice app's look reaches only the widgets still alive.

A feed row, a browser page or a scam message is rebuilt often; the look that sized its words
outlives it. A change of look (the learner's "Aa", a resize) after such a rebuild must not
touch a deleted label (pytest-qt fails a test on an exception raised inside a slot).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tutor.sandboxes.browser.parts import text
from tutor.sandboxes.kit.look import Look
from tutor.sandboxes.scams.parts import icon_label, margins
from tutor.sandboxes.scams.parts import label as scam_label
from tutor.sandboxes.social.parts import label as social_label

CHANGED = "2changed()"  # Qt's SIGNAL() spelling, as receivers() asks it


def _delete_now(widget) -> None:
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_deleted_label_is_left_alone_when_the_look_changes(qtbot):
    look = Look()
    kept = social_label(look, "Léa a publié une photo", 22)
    qtbot.addWidget(kept)
    refreshed: list[float] = []
    look.follow(kept, lambda: refreshed.append(look.scale))
    for make in (social_label, text, scam_label):
        _delete_now(make(look, "Bonjour", 22))
    _delete_now(icon_label(look, "mdi6.phone", "#0d3c78", 34))
    holder = QWidget()
    margins(QVBoxLayout(holder), look, 12, 8)
    _delete_now(holder)
    look.set_scale(2.0)
    assert refreshed == [1.0, 2.0]  # now, then at the change: the living widget follows
    look.set_reader_factor(1.5)
    assert look.receivers(CHANGED) == 2  # the living label's font and the follower above


def test_every_label_made_keeps_one_connection_only_while_it_lives(qtbot):
    look = Look()
    baseline = look.receivers(CHANGED)
    labels = [social_label(look, f"Ligne {n}", 22) for n in range(20)]
    assert look.receivers(CHANGED) == baseline + 20
    for widget in labels:
        _delete_now(widget)
    assert look.receivers(CHANGED) == baseline


def _shown_px(widget) -> int:
    widget.ensurePolished()
    return widget.fontInfo().pixelSize()


def test_words_keep_their_design_size_under_the_tutors_style_sheet(qtbot):
    """The tutor's style sheet gives every widget one font size; a practice app's words
    keep their own (a title bigger than a detail) and grow with the learner's text size."""
    from tutor.sandboxes.social.sheets import Note
    from tutor.ui.theme import STANDARD, Sizes, style_sheet

    look = Look()
    app = QWidget()
    qtbot.addWidget(app)
    app.setStyleSheet(style_sheet(STANDARD, Sizes(1.0)))
    column = QVBoxLayout(app)
    title = social_label(look, "Léa a publié une photo", 30, bold=True)
    detail = scam_label(look, "Il y a 2 heures", 20)
    note = Note(look, app)
    for widget in (title, detail):
        column.addWidget(widget)
    app.show()
    assert (_shown_px(title), _shown_px(detail)) == (look.font_px(30), look.font_px(20))
    assert title.fontInfo().bold() and not detail.fontInfo().bold()
    look.set_reader_factor(1.5)
    assert (_shown_px(title), _shown_px(detail)) == (look.font_px(30), look.font_px(20))
    assert _shown_px(title) > _shown_px(detail) > 20
    note.say("Publication envoyée")  # restyles itself: a new colour, the same size
    assert "background" in note.styleSheet()
    assert _shown_px(note) == look.font_px(23)
