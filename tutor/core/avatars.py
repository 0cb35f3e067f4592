"""What a learner is recognised by, instead of typing a name: a picture and a colour. No Qt
here: the sign-in screens draw them, the demonstration data picks among them."""

from __future__ import annotations

from tutor.i18n import N_

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

# What a screen reader says for each picture and colour (translated where it is read).
AVATAR_NAMES = {
    "mdi6.flower": N_("Flower"),
    "mdi6.cat": N_("Cat"),
    "mdi6.dog": N_("Dog"),
    "mdi6.white-balance-sunny": N_("Sun"),
    "mdi6.tree": N_("Tree"),
    "mdi6.bird": N_("Bird"),
    "mdi6.sail-boat": N_("Sailing boat"),
    "mdi6.heart": N_("Heart"),
    "mdi6.star": N_("Star"),
    "mdi6.music": N_("Music"),
    "mdi6.coffee": N_("Coffee cup"),
    "mdi6.home": N_("House"),
    "mdi6.bicycle": N_("Bike"),
    "mdi6.fish": N_("Fish"),
}
COLOUR_NAMES = {
    "#0b4a85": N_("Blue"),
    "#1b5e20": N_("Green"),
    "#8e244d": N_("Raspberry"),
    "#6a1b9a": N_("Purple"),
    "#b33c00": N_("Orange"),
    "#00595e": N_("Blue-green"),
    "#4e342e": N_("Brown"),
    "#37474f": N_("Grey"),
}
