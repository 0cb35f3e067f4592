"""What a learner is recognised by, instead of typing a name: a picture and a colour. No Qt
here: the sign-in screens draw them, the demonstration data picks among them."""

from __future__ import annotations

# Pictures a learner can choose (no photo, no typing): names of icons of the bundled font.
AVATARS = (
    "mdi6.flower",
    "mdi6.cat",
    "mdi6.dog",
    "mdi6.white-balance-sunny",
    "mdi6.tree",
    "mdi6.bird",
    "mdi6.sail-boat",
    "mdi6.heart",
    "mdi6.star",
    "mdi6.music",
    "mdi6.coffee",
    "mdi6.home",
    "mdi6.bicycle",
    "mdi6.fish",
)
# The discs' colours, dark enough for white pictures on light pages.
COLOURS = ("#0b4a85", "#1b5e20", "#8e244d", "#6a1b9a", "#b33c00", "#00595e", "#4e342e", "#37474f")
