"""The lesson run: right actions advance, wrong ones are answered kindly, help grows."""

from __future__ import annotations

import pytest

from tutor.core.actions import CONTINUE_TARGET, Action, ActionKind
from tutor.core.engine import HelpLevel, LessonRun, OutcomeKind
from tutor.core.lesson import Lesson

LESSON = Lesson.model_validate(
    {
        "id": "demo",
        "module": "tablet",
        "title": "Démo",
        "goal": "À la fin…",
        "duration": 3,
        "sandbox": "tablet",
        "steps": [
            {"show": "Regardez l'écran.", "say": "Voici l'écran d'accueil."},
            {
                "show": "Touchez Notes.",
                "expect": {"tap": "home.app.notes"},
                "hint": "L'icône jaune.",
                "wrong": {
                    "home.app.camera": "Ceci prend des photos.",
                    "nav.*": "Restez sur l'accueil.",
                },
            },
            {"show": "Écrivez Bonjour.", "expect": {"type": "Bonjour", "target": "notes.text"}},
            {"show": "Glissez à gauche.", "expect": {"swipe": "left", "target": "home.pages"}},
        ],
    }
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def run(specs):
    return LessonRun(LESSON, sandbox=specs["tablet"], clock=FakeClock(), language="fr")


def tap(target: str) -> Action:
    return Action(ActionKind.TAP, target)


def test_explanation_step_waits_for_continue(run):
    outcome = run.submit(tap(CONTINUE_TARGET))
    assert outcome.kind is OutcomeKind.ADVANCED
    assert outcome.message == ""  # no praise for just reading
    assert run.index == 1


def test_right_action_advances_with_praise_and_a_recorded_event(run):
    run.submit(tap(CONTINUE_TARGET))
    run._clock.now += 4.5
    outcome = run.submit(tap("home.app.notes"))
    assert outcome.kind is OutcomeKind.ADVANCED
    assert outcome.apply_effect
    assert outcome.message
    assert outcome.event.correct and outcome.event.step_index == 1
    assert outcome.event.duration_s == pytest.approx(4.5)


def test_wrong_tap_uses_the_lessons_own_kind_answer_and_blocks_the_effect(run):
    run.submit(tap(CONTINUE_TARGET))
    outcome = run.submit(tap("home.app.camera"))
    assert outcome.kind is OutcomeKind.REDIRECTED
    assert not outcome.apply_effect
    assert outcome.message == "Ceci prend des photos."
    assert outcome.event is not None and not outcome.event.correct
    assert run.index == 1


def test_unplanned_wrong_tap_says_what_the_control_does_then_the_hint(run):
    run.submit(tap(CONTINUE_TARGET))
    outcome = run.submit(tap("home.app.settings"))
    assert "Réglages" in outcome.message or "Settings" in outcome.message
    assert outcome.message.endswith("L'icône jaune.")


def test_help_grows_with_misses_hint_then_highlight_then_show_me(run):
    run.submit(tap(CONTINUE_TARGET))
    levels = [run.submit(tap("home.app.clock")).help_level for _ in range(4)]
    assert levels == [HelpLevel.HINT, HelpLevel.HIGHLIGHT, HelpLevel.SHOW_ME, HelpLevel.SHOW_ME]


def test_help_button_escalates_and_show_me_is_recorded(run):
    run.submit(tap(CONTINUE_TARGET))
    assert run.ask_help().help_level is HelpLevel.HINT
    assert run.ask_help().help_level is HelpLevel.HIGHLIGHT
    assert run.ask_help().help_level is HelpLevel.SHOW_ME
    outcome = run.submit(tap("home.app.notes"), shown=True)
    assert outcome.event.shown and outcome.event.help_level is HelpLevel.SHOW_ME
    assert run.help_level is HelpLevel.NONE  # fresh start on the next step


def test_typing_progress_then_a_slip_counts_once_and_letters_stay(run):
    run.submit(tap(CONTINUE_TARGET))
    run.submit(tap("home.app.notes"))
    typing = lambda text: run.submit(Action(ActionKind.TYPE, "notes.text", text))  # noqa: E731
    assert typing("B").kind is OutcomeKind.PROGRESS
    assert typing("Bo").kind is OutcomeKind.PROGRESS
    slip = typing("Box")
    assert slip.kind is OutcomeKind.REDIRECTED and slip.apply_effect and slip.event
    again = typing("Boxx")
    assert again.kind is OutcomeKind.REDIRECTED and again.event is None
    assert typing("Bo").kind is OutcomeKind.PROGRESS
    done = typing("bonjour ")
    assert done.kind is OutcomeKind.ADVANCED


def test_wrong_gesture_kind_is_explained(run):
    run.submit(tap(CONTINUE_TARGET))
    outcome = run.submit(Action(ActionKind.SWIPE, "home.pages", "left"))
    assert outcome.kind is OutcomeKind.REDIRECTED
    assert outcome.message != ""


def test_last_step_finishes_and_further_actions_do_nothing(specs):
    run = LessonRun(LESSON, start_index=3, sandbox=specs["tablet"])
    wrong_direction = run.submit(Action(ActionKind.SWIPE, "home.pages", "right"))
    assert wrong_direction.kind is OutcomeKind.REDIRECTED
    outcome = run.submit(Action(ActionKind.SWIPE, "home.pages", "left"))
    assert outcome.kind is OutcomeKind.FINISHED and run.finished
    assert run.submit(tap("home.app.notes")).event is None


def test_resume_clamps_to_the_lesson_and_go_back(specs):
    run = LessonRun(LESSON, start_index=99, sandbox=specs["tablet"])
    assert run.index == 3
    assert run.go_back() and run.index == 2
    assert LessonRun(LESSON, start_index=0).go_back() is False


def test_no_learner_message_contains_forbidden_words(run, specs):
    forbidden = ("erreur", "faux", "échec", "error", "wrong", "fail")
    run.submit(tap(CONTINUE_TARGET))
    messages = [
        run.submit(tap(t)).message for t in specs["tablet"].targets if t != "home.app.notes"
    ]
    messages.append(run.ask_help().message)
    for message in messages:
        assert not any(word in message.lower() for word in forbidden), message


def test_a_pattern_answers_a_family_of_controls_after_exact_ids(run):
    run.submit(tap(CONTINUE_TARGET))
    assert run.submit(tap("nav.back")).message == "Restez sur l'accueil."
    assert run.submit(tap("home.app.camera")).message == "Ceci prend des photos."


CLUES = Lesson.model_validate(
    {
        "id": "clues",
        "module": "safety",
        "title": "Indices",
        "goal": "À la fin…",
        "duration": 3,
        "sandbox": "scams",
        "steps": [
            {
                "show": "Touchez les trois indices.",
                "expect": {"tap_all": ["clue.sender", "clue.link", "clue.money"]},
                "hint": "Les indices sont dans la bulle grise.",
                "wrong": {"action.*": "Nous agirons après."},
                "praise_each": {
                    "clue.sender": "Un numéro inconnu.",
                    "clue.link": "Un lien étrange.",
                },
                "praise": "Vous avez trouvé les trois indices.",
            },
            {"show": "Touchez Supprimer.", "expect": {"tap": "action.delete"}},
        ],
    }
)


@pytest.fixture
def clues(specs):
    return LessonRun(CLUES, sandbox=specs["scams"], clock=FakeClock(), language="fr")


def test_tap_all_takes_the_targets_in_any_order_with_a_praise_for_each(clues):
    first = clues.submit(tap("clue.link"))
    assert first.kind is OutcomeKind.FOUND and first.apply_effect
    assert first.message.startswith("Un lien étrange.")
    assert first.event is None  # one event per step, when the step is done
    assert clues.index == 0 and clues.found == ["clue.link"]
    # The help now points to a clue still to find, the first in the lesson's order.
    assert clues.expected == tap("clue.sender")
    second = clues.submit(tap("clue.money"))  # no praise of its own: a plain one, then the count
    assert second.kind is OutcomeKind.FOUND and second.message
    assert clues.remaining == ("clue.sender",)
    last = clues.submit(tap("clue.sender"))
    assert last.kind is OutcomeKind.ADVANCED and last.apply_effect
    assert last.message == "Un numéro inconnu. Vous avez trouvé les trois indices."
    assert last.event is not None and last.event.correct and last.event.step_index == 0
    assert clues.index == 1 and clues.found == []


def test_tap_all_a_target_found_again_changes_nothing_and_is_not_a_miss(clues):
    clues.submit(tap("clue.link"))
    again = clues.submit(tap("clue.link"))
    assert again.kind is OutcomeKind.FOUND and not again.apply_effect
    assert again.message and clues.misses == 0 and again.event is None
    assert clues.found == ["clue.link"]


def test_tap_all_other_controls_are_answered_kindly_and_help_circles_one_left(clues):
    clues.submit(tap("clue.sender"))
    miss = clues.submit(tap("action.delete"))
    assert miss.kind is OutcomeKind.REDIRECTED and not miss.apply_effect
    assert miss.message == "Nous agirons après."
    clues.submit(tap("clue.urgency"))  # a clue of the message, but not one of this step
    assert clues.help_level is HelpLevel.HIGHLIGHT
    assert clues.expected == tap("clue.link")
    shown = clues.submit(clues.expected, shown=True)  # "Show me" does one clue at a time
    assert shown.kind is OutcomeKind.FOUND
    assert clues.submit(clues.expected, shown=True).event.shown


def test_tap_all_replays_every_target_and_is_checked_when_loaded():
    step = CLUES.steps[0]
    assert [a.target for a in step.expected_actions()] == [
        "clue.sender",
        "clue.link",
        "clue.money",
    ]
    with pytest.raises(ValueError, match="tap_all"):
        Lesson.model_validate(
            CLUES.model_dump(exclude_defaults=True)
            | {"steps": [{"show": "x", "expect": {"tap_all": ["clue.link", "clue.link"]}}]}
        )
    with pytest.raises(ValueError, match="praise_each"):
        Lesson.model_validate(
            CLUES.model_dump(exclude_defaults=True)
            | {
                "steps": [
                    {
                        "show": "x",
                        "expect": {"tap_all": ["clue.link", "clue.money"]},
                        "praise_each": {"clue.sender": "Oui."},
                    }
                ]
            }
        )
