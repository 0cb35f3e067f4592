"""The lesson player: one instruction in very large text beside the practice app.

Always visible: "Repeat", "Help", "Quit". "Continue" appears for steps that only explain,
"Show me" once the help has grown that far.

The hard words a lesson explains (its ``words:``) are underlined in the instruction and in
the explanation under it, with a small "?" after them: one touch on a word shows what it
means in a large box under the text it was touched in (and the voice reads it); touching it
again, or "Close", closes the box.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tutor.core.hard_words import find_words
from tutor.i18n import _
from tutor.ui import accessibility, display
from tutor.ui.lines import WholeLines
from tutor.ui.screens.player_text import (
    WORD_LINK,
    ink_of,
    marked_instruction,
    marked_sentences,
    show_text,
)
from tutor.ui.widgets import (
    NARROW_WINDOW_PX,
    button,
    compact_on_short_window,
    display_button,
    finger_scroll,
    icon,
    label,
    set_role,
)

PANEL_WIDTH = 400  # at 100 %; wider with bigger text, leaving the rest to the practice app


class PlayerScreen(QWidget):
    repeat_requested = Signal()
    help_requested = Signal()
    show_me_requested = Signal()
    quit_requested = Signal()
    continue_requested = Signal()
    # A hard word's meaning was opened (with what to read aloud), or closed.
    definition_opened = Signal(str)
    definition_closed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("screen.player")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 14, 24, 14)
        outer.setSpacing(12)

        top = QHBoxLayout()
        self.counter = label("", "counter", wrap=False)
        self.counter.setObjectName("player.counter")
        accessibility.mark_heading(self.counter)  # "Step 3 of 7": where a screen reader jumps
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(_("Progress in the lesson"))
        self.progress.setFixedHeight(18)
        self.progress.setMinimumWidth(60)
        self.lesson_title = label("", "muted")
        self.lesson_title.setObjectName("player.lesson_title")
        accessibility.mark_heading(self.lesson_title)
        top.addWidget(self.counter)
        top.addWidget(self.progress, 1)
        top.addWidget(self.lesson_title, 2)
        self.display_button = display_button("player")
        top.addWidget(self.display_button)
        outer.addLayout(top)
        # The title's room is what the counter and "Aa" leave: judged again when they
        # change size (a new look may come after the step's title was placed).
        for widget in (self.counter, self.display_button):
            widget.installEventFilter(self)

        middle = QHBoxLayout()
        middle.setSpacing(20)
        panel = QFrame()
        set_role(panel, "panel")
        self.panel = panel
        panel.setObjectName("player.panel")
        panel.setFixedWidth(PANEL_WIDTH)
        outside = QVBoxLayout(panel)
        outside.setContentsMargins(14, 4, 14, 22)
        outside.setSpacing(18)
        self._panel_layout = outside
        # The words scroll with a finger when they are longer than the panel (at 200 %).
        self.words = QScrollArea()
        self.words.setProperty("own_more_cue", True)  # "Read on", under the words
        finger_scroll(self.words)
        self.words.setObjectName("player.words")
        self.words.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        words = QWidget()
        self.words.setWidget(words)
        outside.addWidget(self.words, 1)
        column = QVBoxLayout(words)
        column.setContentsMargins(8, 18, 8, 0)
        column.setSpacing(18)
        self._words_layout = column
        self.instruction = label("", "instruction")
        self.instruction.setObjectName("player.instruction")
        self.instruction.linkActivated.connect(self._on_instruction_link_activated)
        # When a step starts, the keyboard (and a screen reader) is on the step's words, not
        # on whatever button had it before ("Quit", after "Show me" went away).
        self.instruction.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.instruction)
        column.addWidget(self.instruction)
        self._words: list[tuple[str, str]] = []
        self._instruction_text = ""
        # The word whose meaning is open: the label it was touched in, and its index.
        self._open_word: tuple[QLabel, int] | None = None
        self._scroll_before = 0
        # What a hard word means: a big box under the instruction, closed with one touch.
        self.definition = QFrame()
        self.definition.setObjectName("player.definition")
        set_role(self.definition, "definition")
        box = QVBoxLayout(self.definition)
        box.setContentsMargins(16, 14, 16, 14)
        box.setSpacing(12)
        self.definition_text = label("", "definition_text")
        self.definition_text.setObjectName("player.definition_text")
        box.addWidget(self.definition_text)
        self.definition_close = button(_("Close"), "mdi6.close", name="player.definition_close")
        self.definition_close.setAccessibleDescription(_("Closes the meaning of the word."))
        self.definition_close.clicked.connect(self.close_definition)
        box.addWidget(self.definition_close)
        self.definition.hide()
        column.addWidget(self.definition)
        # What the voice says (context, praise, kind answers): shown even with the voice off,
        # and the sentence being heard is highlighted.
        self.feedback = label("", "speech")
        self.feedback.setObjectName("player.feedback")
        self.feedback.linkActivated.connect(self._on_feedback_link_activated)
        self.feedback.hide()
        # Read from its first line: a label taller than its words (a marked word's raised
        # "?" makes Qt ask for more) would centre them and leave an empty line above.
        for text in (self.instruction, self.feedback):
            text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        column.addWidget(self.feedback)
        self._spoken = ""
        # The sentences being read aloud and the one heard now (-1: none), kept so that the
        # text is drawn again the same way in a new theme.
        self._heard: tuple[list[str], int] = ([], -1)
        column.addStretch(1)
        # Only whole lines show: a line the panel's edge would slice waits for "Read on".
        self.whole_lines = WholeLines(self.words, [self.instruction, self.feedback])
        column = outside
        # At 200 % the words can be longer than the panel: this says so, and shows the rest.
        self.more_button = button(
            _("Read on"), "mdi6.chevron-double-down", "discreet", name="player.more"
        )
        self.more_button.setAccessibleDescription(_("Shows the rest of the text."))
        self.more_button.clicked.connect(self._on_more_button_clicked)
        self.more_button.hide()
        column.addWidget(self.more_button)
        self._more_column = column
        bar = self.words.verticalScrollBar()
        bar.rangeChanged.connect(self._update_more_button)
        bar.valueChanged.connect(self._update_more_button)
        self.continue_button = button(
            _("Continue"), "mdi6.arrow-right", "primary", name="lesson.continue"
        )
        self.continue_button.clicked.connect(self.continue_requested)
        column.addWidget(self.continue_button)
        self.show_me_button = button(
            _("Show me"), "mdi6.hand-pointing-right", "primary", name="player.show_me"
        )
        self.show_me_button.clicked.connect(self.show_me_requested)
        column.addWidget(self.show_me_button)
        middle.addWidget(panel)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(12)
        self.sandbox_holder = QVBoxLayout()
        self.sandbox_holder.setContentsMargins(0, 0, 0, 0)
        right.addLayout(self.sandbox_holder, 1)
        # On a small screen at big sizes, "Continue" and "Show me" go under the practice
        # app (drawn smaller, it leaves room there): the panel keeps its height for words.
        self._side_bar = QWidget()
        self._side_bar.setObjectName("player.side_actions")
        self._side_actions = QHBoxLayout(self._side_bar)
        self._side_actions.setContentsMargins(0, 0, 0, 0)
        self._side_actions.setSpacing(12)
        self._side_bar.hide()  # (shown only while it holds the buttons)
        right.addWidget(self._side_bar)
        middle.addLayout(right, 1)
        outer.addLayout(middle, 1)

        bottom = QHBoxLayout()
        bottom.setSpacing(16)
        self.repeat_button = button(_("Repeat"), "mdi6.replay", name="player.repeat")
        self.repeat_button.clicked.connect(self.repeat_requested)
        self.help_button = button(_("Help"), "mdi6.lifebuoy", name="player.help")
        self.help_button.clicked.connect(self.help_requested)
        self.quit_button = button(_("Quit"), "mdi6.exit-to-app", name="player.quit")
        self.quit_button.setAccessibleDescription(_("Your progress is kept."))
        self.quit_button.clicked.connect(self.quit_requested)
        bottom.addWidget(self.repeat_button)
        bottom.addWidget(self.help_button)
        bottom.addStretch(1)
        bottom.addWidget(self.quit_button)
        outer.addLayout(bottom)
        self._panel_column = column
        self._bottom_bar = bottom
        self._actions_place = "panel"  # or "bar" (the bottom row), "side" (under the app)
        self._sandbox: QWidget | None = None
        display.notifier().changed.connect(self._on_display_changed)

    def _on_display_changed(self) -> None:
        self._fit_panel()
        if self._words:
            self._show_instruction()  # the marked words take the new theme's ink
            self._show_spoken()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit_panel()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit_title()
        return False

    def _fit_panel(self) -> None:
        """Bigger text, a wider panel: at 200 % the words take half the width, and the
        practice tablet is drawn smaller (never under 400 pixels)."""
        scale = display.current().sizes.scale
        width = round(PANEL_WIDTH * (1 + (scale - 1) * 0.3))
        if scale > 1:
            width = max(width, round(self.width() * (0.30 + 0.20 * (scale - 1))))
        room = self.width() - 48 - 20 - 400
        self.panel.setFixedWidth(max(PANEL_WIDTH, min(width, room)))
        # On a small screen at 200 % the lesson's title (chosen a moment ago, and said
        # aloud) gives its two lines to the instruction.
        self.lesson_title.setVisible(scale < 2 or self.width() >= 1200)
        self._fit_title()
        # From 150 % the margins give their room to one more line of words, and "Read on"
        # is a finger's height (64 px with its 2 px edge and padding) rather than a big button's.
        roomy = scale < 1.5
        self._panel_layout.setContentsMargins(14, 4 if roomy else 0, 14, 22 if roomy else 2)
        self._panel_layout.setSpacing(18 if roomy else 4)
        self._words_layout.setContentsMargins(8, 18 if roomy else 0, 8, 0)
        self._words_layout.setSpacing(18 if roomy else 4)
        self.more_button.setStyleSheet(
            "" if roomy else "QPushButton { min-height: 54px; padding: 3px 12px; }"
        )
        # Never squeezed under its words' height: the words above give way (they scroll).
        self.more_button.setMinimumHeight(0)
        self.more_button.ensurePolished()
        self.more_button.setMinimumHeight(self.more_button.sizeHint().height())
        # On a short screen (768 px) from 150 %, the buttons above and below are a finger's
        # height rather than a big button's: one more line of words.
        compact_on_short_window(
            self, (self.display_button, self.repeat_button, self.help_button, self.quit_button)
        )
        # From 150 %, "Continue" and "Show me" leave the panel, which keeps its height for
        # the words (the step's line and the first sentence said must show whole): on a
        # wide screen they join the bottom row (it has room there); on a narrower one (1200
        # or 1024 px, the bottom row is full) they go under the practice app.
        if roomy:
            self._place_actions("panel")
        else:
            self._place_actions("bar" if self.width() >= NARROW_WINDOW_PX else "side")

    def _fit_title(self) -> None:
        """From 150 %, the lesson's title shows only if it holds on one line: on two, it
        took a line of words from the instruction under it (and it was said aloud when
        the lesson began)."""
        title = self.lesson_title
        big = display.current().sizes.scale >= 1.5
        title.setWordWrap(not big)  # one line, which the progress bar makes room for
        # On one line its whole width must not become the window's least width: it is
        # hidden below when it does not fit.
        title.setMinimumWidth(1 if big else 0)
        if not big or not title.text():
            return
        if not title.isVisibleTo(self) and self.width() < 1200:
            return
        outer = self.layout()
        spacing = max(0, outer.spacing()) if outer is not None else 0
        used = (
            sum(
                widget.sizeHint().width() + spacing
                for widget in (self.counter, self.display_button)
            )
            + self.progress.minimumWidth()
            + spacing
            + 48
        )
        needed = title.sizeHint().width()  # its words on one line, and the label's margins
        # The title shares the row's rest with the progress bar, two parts to one.
        share = (self.width() - used + self.progress.minimumWidth()) * 2 // 3
        title.setVisible(needed <= min(share, self.width() - used))

    def _place_actions(self, place: str) -> None:
        if place == self._actions_place:
            return
        self._actions_place = place
        for offset, widget in enumerate((self.continue_button, self.show_me_button)):
            shown = not widget.isHidden()
            for layout in (self._panel_column, self._bottom_bar, self._side_actions):
                layout.removeWidget(widget)
            if place == "bar":
                self._bottom_bar.insertWidget(2 + offset, widget)
            elif place == "side":
                self._side_actions.addWidget(widget, 1)
            else:
                self._panel_column.addWidget(widget)
            widget.setVisible(shown)
        self._side_bar.setVisible(place == "side")
        self.whole_lines.remeasure()

    def actions_place(self) -> str:
        """Where "Continue" and "Show me" are now: "panel", "bar" or "side" (tests, audit)."""
        return self._actions_place

    def _update_more_button(self, *_args: int) -> None:
        """Shown while words are below; it takes room from the words, so it is judged
        against the room the words would have without it (else a text a little too long
        for the words beside the button kept it, and lost a line to it)."""
        bar = self.words.verticalScrollBar()
        content = self.words.widget()
        if content is None:
            return
        room = self.words.viewport().height()
        if not self.more_button.isHidden():
            room += self.more_button.sizeHint().height() + max(0, self._more_column.spacing())
        needed = content.heightForWidth(content.width()) if content.hasHeightForWidth() else -1
        if needed < 0:
            needed = content.sizeHint().height()
        shown = needed - bar.value() > room
        if shown == self.more_button.isHidden():
            self.more_button.setVisible(shown)
            # Shown while the panel was being laid out, it kept the place it had before
            # (under the panel's edge): the panel is laid out again around it.
            self._panel_layout.invalidate()

    def _on_more_button_clicked(self) -> None:
        self.whole_lines.next_page()

    def _scroll_to_sentence(self, index: int, sentences: list[str]) -> None:
        """Keep the sentence being heard in view (about where it sits in the text)."""
        before = len(" ".join(sentences[:index]))
        share = before / max(1, len(self._spoken))
        spot = self.feedback.y() + round(self.feedback.height() * share)
        self.whole_lines.show_row(spot)

    def set_sandbox(self, sandbox: QWidget) -> None:
        if self._sandbox is sandbox:
            return
        if self._sandbox is not None:
            self.sandbox_holder.removeWidget(self._sandbox)
            self._sandbox.setParent(None)
        self._sandbox = sandbox
        self.sandbox_holder.insertWidget(0, sandbox, 1)  # above the actions, when there

    def clear(self) -> None:
        """Nothing of the last lesson left (a stand's next visitor): no practice app, no
        step, no words, the usual buttons."""
        if self._sandbox is not None:
            self.sandbox_holder.removeWidget(self._sandbox)
            self._sandbox = None
        self.show_step("", 0, 1, "", False)
        self.counter.setText("")
        self.show_speech("")
        self.set_busy(False)
        self.set_alone(False)

    def show_step(
        self,
        title: str,
        index: int,
        total: int,
        instruction: str,
        explanation: bool,
        words: Sequence[tuple[str, str]] = (),
    ) -> None:
        """Show a step; ``words`` are the lesson's hard words (word, meaning) in the
        learner's language: those in the instruction are marked, and open their meaning."""
        # The counter first: its width is part of what the title's row has left.
        self.counter.setText(_("Step {number} of {total}").format(number=index + 1, total=total))
        self.lesson_title.setText(title)
        self.lesson_title.setVisible(display.current().sizes.scale < 2 or self.width() >= 1200)
        self._fit_title()
        self.progress.setRange(0, total)
        self.progress.setValue(index)
        self._words = list(words)
        self._instruction_text = instruction
        self._open_word = None
        self.definition.hide()
        self._show_instruction()
        self.continue_button.setVisible(explanation)
        self.show_me_button.hide()
        self.words.verticalScrollBar().setValue(0)  # each step is read from its beginning
        self.whole_lines.remeasure()
        if self.isVisible():
            self.instruction.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- hard words ---------------------------------------------------------------------------
    def _show_instruction(self) -> None:
        marked = marked_instruction(self._instruction_text, self._words, ink_of(self.instruction))
        show_text(self.instruction, marked, self._instruction_text)

    def instruction_text(self) -> str:
        """The instruction as plain words (the label holds rich text when words are marked)."""
        return self._instruction_text

    def marked_words(self) -> list[str]:
        """The hard words marked in the instruction now, as written there (for tests and
        the audit)."""
        return self._found_in(self._instruction_text)

    def marked_words_in_explanation(self) -> list[str]:
        """The hard words marked in the explanation now, as written there (for tests and
        the audit)."""
        return self._found_in(self._spoken)

    def _found_in(self, text: str) -> list[str]:
        found = find_words(text, [word for word, _means in self._words])
        return [text[f.start : f.end] for f in found]

    def _on_instruction_link_activated(self, link: str) -> None:
        self._on_word_link(self.instruction, link)

    def _on_feedback_link_activated(self, link: str) -> None:
        self._on_word_link(self.feedback, link)

    def _on_word_link(self, source: QLabel, link: str) -> None:
        if not link.startswith(WORD_LINK):
            return
        try:
            index = int(link[len(WORD_LINK) :])
        except ValueError:
            return
        if 0 <= index < len(self._words):
            self.toggle_definition(index, source)

    def toggle_definition(self, index: int, source: QLabel | None = None) -> None:
        """The word touched (in the instruction unless ``source`` says where): open its
        meaning in the box under that text, or close it if it is the one open there."""
        source = source or self.instruction
        if self._open_word == (source, index) and not self.definition.isHidden():
            self.close_definition()
            return
        word, means = self._words[index]
        if self.definition.isHidden():
            self._scroll_before = self.words.verticalScrollBar().value()
        self._open_word = (source, index)
        # The box goes right under the text the word was touched in: the eyes stay there.
        self._words_layout.removeWidget(self.definition)
        self._words_layout.insertWidget(self._words_layout.indexOf(source) + 1, self.definition)
        self.definition_text.setTextFormat(Qt.TextFormat.RichText)
        self.definition_text.setText(f"<b>{html.escape(word)}</b><br>{html.escape(means)}")
        self.definition_close.setAccessibleName(_("Close"))
        self.definition.show()
        self.whole_lines.remeasure()
        self._bring_definition_into_view()
        QTimer.singleShot(0, self._bring_definition_into_view)  # once laid out for good
        self.definition_opened.emit(_("{word}: {meaning}").format(word=word, meaning=means))

    def _bring_definition_into_view(self) -> None:
        """The meaning and its "Close" whole in view (at 200 % the instruction may fill the
        words' room): the words scroll down to it."""
        if self.definition.isHidden():
            return
        self._words_layout.activate()
        self.words.ensureWidgetVisible(self.definition, 0, 0)

    def close_definition(self) -> None:
        if self.definition.isHidden():
            return
        self.definition.hide()
        self._open_word = None
        self.whole_lines.remeasure()
        self.words.verticalScrollBar().setValue(self._scroll_before)  # the words read before
        self.definition_closed.emit()

    def definition_shown(self) -> str:
        """The meaning shown now, as plain text ("" when closed): for tests and the audit."""
        if self.definition.isHidden():
            return ""
        text = self.definition_text.text().replace("<br>", " ")
        return html.unescape(text.replace("<b>", "").replace("</b>", ""))

    def show_feedback(self, text: str, praise: bool = False) -> None:
        """A kind answer or a hint (``praise`` for a word of praise)."""
        self.show_speech(text, "praise" if praise else "feedback")
        accessibility.announce(self.feedback, text)  # a screen reader says it at once

    def show_speech(self, text: str, role: str = "speech") -> None:
        """What the voice is saying: ``speech`` (the step), ``praise`` or ``feedback``."""
        set_role(self.feedback, role)
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self._spoken = text
        self._heard = ([], -1)
        self._show_spoken()
        self.feedback.setVisible(bool(text))
        self.whole_lines.remeasure()

    def _show_spoken(self) -> None:
        """The explanation drawn: its hard words marked, and the sentence heard tinted."""
        sentences, heard = self._heard
        ink = ink_of(self.feedback)
        if heard >= 0:
            marked = marked_sentences(sentences, heard, self._words, ink)
        else:
            marked = marked_instruction(self._spoken, self._words, ink)
        show_text(self.feedback, marked, self._spoken, links=bool(self._found_in(self._spoken)))

    def spoken_text(self) -> str:
        """The explanation as plain words (the label holds rich text when words are marked
        or a sentence is highlighted)."""
        return self._spoken

    def explanation_text(self) -> str:
        """The explanation shown now, as plain words ("" when there is none)."""
        return "" if self.feedback.isHidden() else self._spoken

    def highlight_sentence(self, index: int, sentences: list[str]) -> None:
        """Underline and tint the sentence being heard, if it is the text shown."""
        if " ".join(sentences).split() != self._spoken.split():
            return
        self._heard = (list(sentences), index)
        self._show_spoken()
        if index < 0:
            return
        self.whole_lines.measure()
        self._scroll_to_sentence(index, sentences)

    def heard_sentence(self) -> str:
        """The sentence highlighted now ("" if none): for tests and the audit."""
        sentences, heard = self._heard
        return sentences[heard] if 0 <= heard < len(sentences) else ""

    def set_alone(self, alone: bool) -> None:
        """On one's own ("Your turn, on your own"), "Help" is the big coloured button: the
        instructions are one touch away."""
        help_button = self.help_button
        set_role(help_button, "primary" if alone else "")
        help_button.style().unpolish(help_button)
        help_button.style().polish(help_button)
        help_button.setIcon(icon("mdi6.lifebuoy", display.icon_colour(help_button)))

    def offer_show_me(self, offered: bool) -> None:
        self.show_me_button.setVisible(offered and not self.continue_button.isVisible())

    def set_busy(self, busy: bool) -> None:
        """While "Show me" plays, the learner only watches (nothing else to press)."""
        for widget in (
            self.continue_button,
            self.show_me_button,
            self.help_button,
            self.repeat_button,
        ):
            widget.setEnabled(not busy)
