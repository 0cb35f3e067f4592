"""What has happened in the situation shown: a plain record, rebuilt by ``reset``."""

from __future__ import annotations

from dataclasses import dataclass, field

from tutor.sandboxes.scams.content import DEFAULT_SCENE


@dataclass
class ScamState:
    scene: str = DEFAULT_SCENE
    verdict: str | None = None  # "safe" or "scam", once given
    found: list[str] = field(default_factory=list)  # clues found, in order
    done: list[str] = field(default_factory=list)  # actions chosen, in order
    note: str = ""  # message id of the calm explanation shown in the coach panel
    answered: bool = False  # the call was answered
    speaking: bool = False  # the caller's words are shown
    password: str = ""
    writing: bool = False  # the keyboard is shown
    saved: bool = False  # the password was confirmed

    @property
    def deleted(self) -> bool:
        return "action.delete" in self.done

    @property
    def blocked(self) -> bool:
        return "action.block" in self.done

    @property
    def closed(self) -> bool:
        return "action.close_page" in self.done

    @property
    def call_over(self) -> bool:
        return "action.hang_up" in self.done or "call.decline" in self.done
