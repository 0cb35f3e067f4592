"""The fictional people, posts and photos of the practice social network (no Qt here).

Texts are English message ids, translated when shown. People's names are the tutor's
fictional family's first names and stay as they are in every language (the same family
appears in every module); a page's name and a link are translated like any text.
Nothing here is real.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tutor.i18n import N_


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    colour: str
    initials: str
    icon: str | None = None  # a page shows an icon instead of initials


PEOPLE: dict[str, Person] = {
    p.id: p
    for p in (
        Person("me", N_("You"), "#7b3f98", "", "mdi6.account"),
        Person("lea", "Léa", "#c2185b", "L"),
        Person("marc", "Marc", "#1565c0", "M"),
        Person("sophie", "Sophie", "#2e7d32", "S"),
        Person("lucas", "Lucas", "#ef6c00", "L"),
        Person("kevin", "Kevin D.", "#6d6d6d", "KD"),
        Person("monique", "Monique", "#ad1457", "M"),
        Person("gerard", "Gérard", "#006155", "G"),
        Person("thomas", "Thomas B.", "#455a64", "TB"),
        Person("page", N_("Walks in Brittany"), "#00838f", "", "mdi6.pine-tree"),
    )
}


@dataclass(frozen=True)
class Post:
    id: str
    author: str  # a key of PEOPLE
    time: str
    text: str
    photo: str  # a name known to photos.paint_photo
    likes: int
    comments: tuple[tuple[str, str], ...] = ()  # (author id, text)
    sponsored: bool = False


# The news, top first. The post the lessons need most (Léa's) is the first one.
POSTS: tuple[Post, ...] = (
    Post(
        "lea",
        "lea",
        N_("2 h ago"),
        N_("My very first chocolate cake!"),
        "cake",
        12,
        (("sophie", N_("It looks delicious!")),),
    ),
    Post(
        "marc", "marc", N_("5 h ago"), N_("Welcome to little Louis, born this morning!"), "baby", 34
    ),
    Post("sophie", "sophie", N_("Yesterday"), N_("The garden is in bloom."), "garden", 8),
    Post(
        "page",
        "page",
        N_("Sponsored"),
        N_("Our most beautiful beaches for the summer."),
        "beach",
        230,
        sponsored=True,
    ),
)
POST_IDS = tuple(post.id for post in POSTS)
MY_POST = "mine"  # the id of the learner's own newest post

# The learner's own photos, offered when adding a photo to a post.
GALLERY: dict[str, str] = {
    "flowers": N_("Flowers"),
    "cat": N_("The cat"),
    "sunset": N_("Sunset"),
    "tart": N_("Apple tart"),
}


@dataclass(frozen=True)
class Request:
    person: str
    line1: str
    line2: str


FRIEND_REQUESTS: tuple[Request, ...] = (
    Request("lucas", N_("3 mutual friends"), "Léa, Sophie, Marc"),
    Request("kevin", N_("No mutual friends"), N_("Almost no photos or posts")),
)
FRIENDS: tuple[str, ...] = ("lea", "sophie", "marc", "monique", "gerard")


@dataclass(frozen=True)
class Thread:
    person: str
    time: str
    messages: tuple[str, ...]
    stranger: bool = False
    link: str = ""


SCAM_LINK = N_("www.free-super-gift.biz")  # an address in the learner's language
THREADS: dict[str, Thread] = {
    t.person: t
    for t in (
        Thread(
            "thomas",
            "10:42",  # a time: nothing to translate
            (
                N_("Congratulations! You have won a new phone!"),
                N_("To receive it, click quickly on this link:"),
                N_("You only pay €2 for delivery."),
            ),
            stranger=True,
            link=SCAM_LINK,
        ),
        Thread("monique", N_("Yesterday"), (N_("See you Thursday at the club!"),)),
        Thread("lea", N_("Monday"), (N_("Thank you for the lovely present!"),)),
    )
}
THREAD_ORDER = ("thomas", "monique", "lea")

PRIVACY_CHOICES = ("public", "friends", "me")


@dataclass
class SocialState:
    """Everything a lesson may change; ``reset`` brings a fresh copy back."""

    liked: set[str] = field(default_factory=set)
    comments: dict[str, list[str]] = field(default_factory=dict)  # the learner's, per post
    comment_post: str = "lea"  # the post whose comments are open
    my_posts: list[tuple[str, str | None]] = field(default_factory=list)  # (text, photo)
    draft_text: str = ""
    draft_photo: str | None = None
    requests: list[str] = field(default_factory=lambda: [r.person for r in FRIEND_REQUESTS])
    friends: list[str] = field(default_factory=lambda: list(FRIENDS))
    privacy: str = "public"
    threads: list[str] = field(default_factory=lambda: list(THREAD_ORDER))
    unread: set[str] = field(default_factory=lambda: {"thomas"})
    chat_with: str = "thomas"
    reported: set[str] = field(default_factory=set)
    blocked: list[str] = field(default_factory=list)
