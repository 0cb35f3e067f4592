"""The FALC check finds what makes a lesson text hard to read, at the right line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tutor.core import falc
from tutor.i18n import set_language

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _english_messages():
    set_language("en")


def messages(sentence: str, language: str = "fr") -> list[tuple[bool, str]]:
    text = falc.Text("say", 0, sentence, 1, 1)
    return [(error, message) for _s, error, message in falc.check_text(text, language)]


def errors(sentence: str, language: str = "fr") -> list[str]:
    return [message for error, message in messages(sentence, language) if error]


# --- rules: a bad example caught, a good one accepted -----------------------------------------


def test_long_sentence_is_an_error_naming_its_length():
    long = (
        "Pour revenir à l'écran d'accueil de votre tablette, "
        "touchez le bouton rond tout en bas au milieu."
    )
    found = errors(long)
    assert len(found) == 1 and "17 words" in found[0] and "cut it in two" in found[0]
    assert errors("Touchez le bouton Accueil. C'est le rond blanc, en bas.") == []


def test_an_address_counts_as_one_word():
    assert falc.words("Écrivez anne@exemple.fr puis allez sur www.service-public.fr.") == [
        "Écrivez",
        "anne@exemple.fr",
        "puis",
        "allez",
        "sur",
        "www.service-public.fr",
    ]
    assert falc.sentences("Allez sur www.ameli.fr. Touchez Continuer !") == [
        "Allez sur www.ameli.fr.",
        "Touchez Continuer !",
    ]


@pytest.mark.parametrize(
    ("bad", "advice"),
    [
        ("Prenez vos papiers, vos photos, etc.", "whole list"),
        ("Touchez une icône, p. ex. Notes.", "par exemple"),
        ("Touchez une icône, ex. Notes.", "par exemple"),
        ("Voyez cf. la page d'accueil.", "voir"),
        ("Appelez M. Martin.", "Monsieur"),
        ("Appelez Mme Martin.", "Madame"),
        ("Répondez svp.", "s'il vous plaît"),
        ("Notez le tél. de la mairie.", "téléphone"),
        ("Prenez un RDV.", "rendez-vous"),
        ("Notez le n° du dossier.", "numéro"),
        ("Ouvrez l'appli Notes.", "application"),
    ],
)
def test_abbreviations_are_errors_saying_what_to_write(bad, advice):
    assert any(advice in message for message in errors(bad))


def test_number_sign_before_digits_quoted_screen_names_and_known_acronyms_are_fine():
    assert errors("Votre reçu n° 4217 est prêt.") == []
    assert errors("Touchez « ABC » pour revenir aux lettres.") == []
    assert errors("Un SMS arrive. Touchez OK. Écrivez votre code PIN.") == []
    assert errors("Le reçu porte le numéro BEL-2026-004217.") == []


def test_unknown_acronyms_and_shouting_are_errors():
    assert any("acronym" in m for m in errors("Envoyez votre RIB à la CAF."))
    assert any("capitals" in m for m in errors("ATTENTION à ce message."))
    assert errors("Attention à ce message.") == []


def test_english_gets_length_abbreviations_and_capitals_but_no_negation_rule():
    assert any("for example" in m for m in errors("Touch an icon, e.g. Notes.", "en"))
    assert any("capitals" in m for m in errors("Touch the GREEN button.", "en"))
    assert errors("Do not touch it. Never share this code. Touch OK.", "en") == []


def test_one_negation_is_advice_two_in_a_text_or_a_sentence_are_errors():
    one = messages("Ce bouton ne sert pas ici. Touchez le bouton vert.")
    assert [error for error, _m in one] == [False]
    assert "negative form" in one[0][1]
    assert any("2 sentences" in m for m in errors("Ne touchez pas ici. Vous n'avez pas fini."))
    assert any("2 negations" in m for m in errors("Ce n'est pas ici, et ce n'est pas fini."))
    assert any("double negation" in m for m in errors("Vous ne verrez jamais rien."))
    assert messages("Touchez une seule fois.") == []


def test_never_imperative_is_the_key_advice_and_allowed():
    assert messages("Ne donnez jamais ce code.") == []
    assert messages("N'envoyez jamais d'argent.") == []
    # A statement with "jamais" is advice outside the safety module, allowed in it.
    text = falc.Text("say", 0, "Votre banque ne demande jamais ce code.", 1, 1)
    assert [e for _s, e, _m in falc.check_text(text, "fr")] == [False]
    assert list(falc.check_text(text, "fr", never_rules=True)) == []


def test_a_person_is_not_a_negation():
    assert falc.negations("Vous ne connaissez pas cette personne.") == (1, False, False)
    assert falc.negations("Ne le dites à personne.")[0] == 1
    assert falc.negations("N'importe qui peut écrire.")[0] == 0


# --- syllables and readability ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("chat", 1),
        ("table", 1),
        ("tables", 1),
        ("parlent", 1),
        ("moment", 2),
        ("souvent", 2),
        ("maison", 2),
        ("écran", 2),
        ("tablette", 2),
        ("touchez", 2),
        ("oiseau", 2),
        ("idée", 2),
        ("créer", 2),
        ("payer", 2),
        ("appuyez", 3),
        ("poésie", 3),
        ("téléphone", 3),
        ("application", 4),
        ("quelque", 1),
        ("guide", 1),
        ("le", 1),
        ("les", 1),
        ("SMS", 3),
        ("2026", 4),
    ],
)
def test_french_syllables(word, count):
    assert falc.syllables(word) == count


def test_simple_text_scores_higher_than_an_administrative_one():
    simple = ["Touchez l'icône Notes. Elle est orange. Elle est en haut, à gauche."]
    complex_ = [
        "Conformément aux dispositions réglementaires applicables, l'administration "
        "procède à la vérification systématique des informations communiquées préalablement "
        "par l'intermédiaire du formulaire dématérialisé."
    ]
    easy, hard = falc.kandel_moles(simple), falc.kandel_moles(complex_)
    assert easy is not None and hard is not None
    assert easy > falc.MIN_LESSON_SCORE > hard
    assert falc.kandel_moles([""]) is None


# --- files and the command ----------------------------------------------------------------------

BAD_LESSON = """\
id: bad-falc
module: tablet
title: Ouvrir Notes
goal: À la fin, vous saurez ouvrir Notes.
duration: 3
sandbox: tablet
steps:
  - show: Touchez l'icône Notes.
    say: >-
      Voici l'écran.
      Pour ouvrir l'application qui sert à écrire des petites notes,
      touchez une fois la jolie icône orange.
    expect:
      tap: home.app.notes
    hint: "L'icône est en haut, etc."
    wrong:
      home.app.settings: "ATTENTION. Ce n'est pas la bonne. Vous n'y êtes pas."
"""


def test_findings_point_at_the_line_of_the_sentence(tmp_path):
    path = tmp_path / "bad-falc.yaml"
    path.write_text(BAD_LESSON, encoding="utf-8")
    (report,) = falc.check_file(path)
    found = {(f.line, f.error) for f in report.findings}
    assert (11, True) in found  # the long sentence, on the second line of 'say'
    assert (15, True) in found  # etc.
    assert (17, True) in found  # capitals, two negative sentences
    assert report.score is not None


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tutor", "--lang", "en", "lessons", "check", "--falc", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


def test_command_exits_1_with_file_line_messages_on_a_bad_lesson(tmp_path):
    (tmp_path / "bad-falc.yaml").write_text(BAD_LESSON, encoding="utf-8")
    result = run("bad-falc.yaml", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("bad-falc.yaml:11: say: sentence of 17 words") for line in lines)
    assert any(line.startswith("bad-falc.yaml:15: hint: “etc.”") for line in lines)
    assert any(line.startswith("bad-falc.yaml: FALC readability") for line in lines)


def test_command_exits_0_on_the_bundled_lessons():
    result = run("lessons/", cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    own_language = [line for line in result.stdout.splitlines() if "readability" in line]
    assert len(own_language) >= 30


def test_without_falc_the_usual_check_ignores_style(tmp_path):
    (tmp_path / "bad-falc.yaml").write_text(BAD_LESSON, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "tutor", "--lang", "en", "lessons", "check", "bad-falc.yaml"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
