"""Hard words: found in a text as a reader meets them, and reported by ``--falc`` when a
lesson uses one without explaining it under ``words:``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tutor.core import falc
from tutor.core.hard_words import (
    HARD_WORDS,
    find_words,
    masculine_only,
    unexplained,
    word_pattern,
)
from tutor.i18n import set_language


@pytest.fixture(autouse=True)
def _english_messages():
    set_language("en")


# --- finding a declared word -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Regardez l'expéditeur.",
        "Regardez l’expéditeur.",
        "Les EXPÉDITEURS mentent parfois.",
        "Expéditeur : la banque.",
        "d'expéditeurs inconnus",
    ],
)
def test_a_declared_word_is_found_in_any_case_after_an_elision_and_in_the_plural(text):
    assert word_pattern("expéditeur").search(text)


def test_a_word_inside_another_word_is_not_found():
    assert not word_pattern("lien").search("Un alien, des aliénés.")
    found = find_words("Un alien lit le lien.", ["lien"])
    assert [(f.start, f.end) for f in found] == [(16, 20)]


def test_words_of_several_parts_and_hyphens_are_found_whole_and_the_longest_wins():
    text = "Le contrôle parental protège. Le wifi de la maison. Le Wi-Fi."
    found = find_words(text, ["contrôle", "contrôle parental", "Wi-Fi"])
    assert [text[f.start : f.end] for f in found] == ["contrôle parental", "wifi", "Wi-Fi"]
    assert [f.index for f in found] == [1, 2, 2]


# --- the shared list -----------------------------------------------------------------------------


def test_the_shared_list_holds_the_hard_words_of_the_issue_in_both_languages():
    french = {entry.word for entry in HARD_WORDS["fr"]}
    assert {
        "formulaire",
        "onglet",
        "expéditeur",
        "jauge",
        "contrôle parental",
        "navigateur",
        "pièce jointe",
        "hameçonnage",
        "mise à jour",
        "télécharger",
        "paramètres",
    } <= french
    english = {entry.word for entry in HARD_WORDS["en"]}
    assert {"form", "tab", "sender", "browser", "attachment", "update", "settings"} <= english


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Remplissez le formulaire.", "formulaire"),
        ("Touchez les onglets.", "onglet"),
        ("L'expéditrice est inconnue.", "expéditeur"),
        ("Téléchargez le fichier.", "télécharger"),
        ("Les mises à jour arrivent.", "mise à jour"),
        ("Ouvrez la pièce jointe.", "pièce jointe"),
        ("Scannez le QR code.", "QR code"),
        ("Un message d'hameçonnage.", "hameçonnage"),
    ],
)
def test_a_hard_word_and_its_kin_are_reported_when_not_declared(text, word):
    assert [entry.word for entry, _form in unexplained(text, "fr", [])] == [word]


def test_a_declared_word_explains_its_forms():
    text = "Regardez les expéditeurs. Touchez l'onglet « Amis »."
    assert unexplained(text, "fr", ["expéditeur", "onglet"]) == []
    assert [e.word for e, _f in unexplained(text, "fr", ["expéditeur"])] == ["onglet"]


def test_everyday_words_are_not_on_the_list():
    text = "Écrivez votre mot de passe. Ouvrez l'application. C'est une arnaque. Bloquez-le."
    assert unexplained(text, "fr", []) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Vous êtes protégé.", ["Vous êtes protégé"]),
        ("Vous êtes bien connecté !", ["Vous êtes bien connecté"]),
        ("Vous êtes prêt ?", ["Vous êtes prêt"]),
        ("Soyez prudent.", ["Soyez prudent"]),
        ("Cela vous protège.", []),
        ("Vous êtes prête.", []),
        ("Vous êtes en sécurité.", []),
        ("Vous êtes sur la bonne page.", []),
    ],
)
def test_masculine_only_wording_is_found(text, found):
    assert masculine_only(text) == found


# --- lesson files ------------------------------------------------------------------------------

LESSON = """\
id: hard-words
module: safety
title: Un message étrange
goal: À la fin, vous saurez regarder qui écrit.
duration: 3
sandbox: scams
steps:
  - show: Regardez l'expéditeur.
    say: >-
      Un message arrive.
      Regardez son expéditeur.
  - show: Touchez le lien.
    hint: Le lien est en bleu.
ending: Vous êtes protégé.
{words}"""

WORDS = """\
words:
  - word: expéditeur
    means: La personne qui envoie le message.
  - word: lien
    means: Un texte bleu. On le touche pour ouvrir une page.
"""

TRANSLATION = """\
title: A strange message
goal: At the end, you will know how to check who wrote.
steps:
  - show: Look at the sender.
    say: A message arrives. Look at its sender.
  - show: Tap the link.
    hint: The link is blue.
ending: This keeps you safe.
{words}"""

ENGLISH_WORDS = """\
words:
  - word: sender
    means: The person who sends the message.
  - word: link
    means: A blue text. Tap it to open a page.
"""


def _write(folder: Path, words: str = "", english: str | None = None) -> Path:
    path = folder / "hard-words.yaml"
    path.write_text(LESSON.format(words=words), encoding="utf-8")
    if english is not None:
        (folder / "hard-words.en.yaml").write_text(
            TRANSLATION.format(words=english), encoding="utf-8"
        )
    return path


def test_an_unexplained_hard_word_is_an_error_at_the_line_it_is_first_used(tmp_path):
    (report,) = falc.check_file(_write(tmp_path))
    found = [(f.line, f.error, f.message) for f in report.findings if "hard word" in f.message]
    assert [(line, error) for line, error, _m in found] == [(8, True), (12, True)]
    assert "“expéditeur” is a hard word" in found[0][2] and "'words:'" in found[0][2]
    assert "“lien”" in found[1][2]


def test_declared_words_clear_the_error_and_masculine_wording_is_advice(tmp_path):
    (report,) = falc.check_file(_write(tmp_path, WORDS))
    assert not [f for f in report.findings if "hard word" in f.message]
    (masculine,) = [f for f in report.findings if "men only" in f.message]
    assert masculine.line == 14 and not masculine.error


def test_english_translations_get_the_english_list_as_advice(tmp_path):
    _french, english = falc.check_file(_write(tmp_path, WORDS, english=""))
    found = [f for f in english.findings if "hard word" in f.message]
    assert [(f.path.name, f.line, f.error) for f in found] == [
        ("hard-words.en.yaml", 4, False),
        ("hard-words.en.yaml", 6, False),
    ]
    _french, english = falc.check_file(_write(tmp_path, WORDS, english=ENGLISH_WORDS))
    assert not [f for f in english.findings if "hard word" in f.message]


def test_the_command_reports_the_file_and_line_and_exits_1(tmp_path):
    _write(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "tutor", "--lang", "en", "lessons", "check", "--falc", "."],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "hard-words.yaml:8: show: “expéditeur” is a hard word" in result.stdout
    _write(tmp_path, WORDS)
    again = subprocess.run(
        [sys.executable, "-m", "tutor", "--lang", "en", "lessons", "check", "--falc", "."],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert "hard word" not in again.stdout, again.stdout


def test_a_meaning_is_checked_like_any_text_read_aloud(tmp_path):
    long_meaning = WORDS.replace(
        "La personne qui envoie le message.",
        "La personne ou la société qui a écrit puis envoyé ce message jusqu'à votre boîte "
        "de réception.",
    )
    (report,) = falc.check_file(_write(tmp_path, long_meaning))
    (found,) = [f for f in report.findings if f.message.startswith("words:")]
    assert found.error and "sentence of 17 words" in found.message
    assert found.line == 17


@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        ("Faites une capture d'écran.", "capture d'écran", "capture d'écran"),
        ("Faites une capture d’écran.", "capture d'écran", "capture d’écran"),
        ("Revenez à l'écran d'accueil.", "écran d’accueil", "écran d'accueil"),
        ("Touchez l'icône Notes.", "icônes", "icône"),
        ("Les réseaux sociaux.", "réseau", "réseaux"),
    ],
)
def test_a_declared_word_is_found_with_either_apostrophe_and_in_the_singular(text, word, found):
    # A word with an apostrophe was never marked ("capture d'écran"), nor a word declared
    # in the plural used in the singular ("icônes" / "l'icône").
    places = find_words(text, [word])
    assert [text[place.start : place.end] for place in places] == [found]
