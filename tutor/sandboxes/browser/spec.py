"""What the practice web browser offers to lessons (no Qt here).

Every id below is the ``objectName`` of the widget the learner touches in ``widget.py`` and
its pages; ``name`` is the accessible name; ``does`` is said when it is touched by mistake.
"""

from tutor.core.sandbox_spec import SandboxSpec, TargetSpec
from tutor.i18n import N_
from tutor.sandboxes.kit.chat.targets import CHAT_BACK, CONTACT_TARGETS
from tutor.sandboxes.kit.targets import SWIPE, field, tap

SCENES = (
    "portal_home",  # the town's home page, not logged in
    "logged_in",  # the home page, logged in as Anne
    "login",  # the log-in page (the e-mail is remembered)
    "search_results",  # a search engine's results: the real portal and a look-alike
    "water_draft",  # logged in; Lucas started a water-meter reading (152,5; in English 152.5)
    "receipt",  # logged in; the receipt of a change of address is on screen
    "library",  # logged in; the library card is linked, the library page is open
)
CUES = ("sms_arrives", "code_arrives")

BROWSER = [
    tap("browser.back", N_("Back"), N_("This arrow goes back to the previous page.")),
    tap(
        "browser.site_info",
        N_("Site information"),
        N_("This button shows information about the site and its address."),
    ),
    tap("browser.address", N_("Address bar"), N_("This bar shows the address of the site.")),
    tap("browser.info.close", N_("OK"), N_("This button closes the site information.")),
    TargetSpec(
        "page.view",
        N_("Page"),
        N_("This is the page. Slide your finger up on it to see what is lower."),
        SWIPE,
    ),
    tap("keyboard.hide", N_("Hide the keyboard"), N_("This key hides the keyboard.")),
    tap("notification.banner", N_("Message"), N_("This is a message that just arrived.")),
]
# The tablet's Messages app, opened by touching the SMS: the messaging app's own screens.
MESSAGES = [
    tap(
        "list.belcastel",
        N_("Conversation with the town"),
        N_("This line opens the messages from the town."),
    ),
    *(target for target in CONTACT_TARGETS if target.id in ("list.sophie", "list.lea")),
    CHAT_BACK,
    tap("nav.back", N_("Back button"), N_("This button goes back to the previous screen.")),
]
SEARCH = [
    tap("search.real", N_("Official site"), N_("This result opens the town's official site.")),
    tap(
        "search.fake",
        N_("Advertisement"),
        N_("This result is an advertisement for another site."),
    ),
    tap("fake.pay", N_("Pay now"), N_("This button asks for money on a look-alike site.")),
]
HOME = [
    tap("portal.home", N_("Town logo"), N_("The logo brings you back to the town's home page.")),
    tap("home.menu.address", N_("Change of address"), N_("This opens the change of address.")),
    tap("home.menu.water", N_("Water-meter reading"), N_("This opens the water-meter reading.")),
    tap("home.menu.tax", N_("Tourist tax"), N_("This opens the tourist-tax declaration.")),
    tap("home.menu.sms", N_("SMS alerts"), N_("This opens the SMS alerts.")),
    tap("home.menu.library", N_("Library"), N_("This opens the library.")),
    tap("home.menu.account", N_("My account"), N_("This opens your account.")),
]
ACCOUNT = [
    field("login.email", N_("E-mail address"), N_("This field holds your e-mail address.")),
    field("login.password", N_("Password"), N_("This field is for your password.")),
    tap("login.submit", N_("Log in"), N_("This button logs you in.")),
    tap("login.forgot", N_("Forgotten password"), N_("This link helps when you forget it.")),
    tap("login.create", N_("Create an account"), N_("This link creates a new account.")),
    field("signup.email", N_("E-mail address"), N_("This field is for your e-mail address.")),
    field("signup.password", N_("Password"), N_("This field is for your new password.")),
    tap("signup.submit", N_("Create my account"), N_("This button creates the account.")),
    tap("forgot.send", N_("Receive a code"), N_("This button sends you a code by SMS.")),
    field("forgot.code", N_("Code"), N_("This field is for the code received by SMS.")),
    field("forgot.password", N_("New password"), N_("This field is for a new password.")),
    tap("forgot.save", N_("Save"), N_("This button saves the new password.")),
    tap("done.home", N_("Back to the home page"), N_("This button opens the home page.")),
    tap("account.receipt", N_("Kept receipt"), N_("This line opens a receipt you kept.")),
    tap("account.logout", N_("Log out"), N_("This button logs you out of the site.")),
]
PROCEDURES = [
    field("address.street", N_("New address"), N_("This field is for your new address.")),
    *(
        tap(f"address.date.{index}", N_("Moving date"), N_("This button chooses a date."))
        for index in (1, 2, 3)
    ),
    tap("address.next", N_("Next"), N_("This button shows a summary of your request.")),
    tap("address.edit", N_("Change"), N_("This button goes back to the form to change it.")),
    tap("address.send", N_("Send"), N_("This button sends your change of address.")),
    field("water.reading", N_("Reading"), N_("This field is for the reading of your meter.")),
    tap("water.reading.clear", N_("Clear the box"), N_("This cross empties the box.")),
    tap("water.send", N_("Confirm"), N_("This button sends your water-meter reading.")),
    tap("tax.nights.less", N_("One night less"), N_("This button removes one night.")),
    tap("tax.nights.more", N_("One night more"), N_("This button adds one night.")),
    tap("tax.guests.less", N_("One guest less"), N_("This button removes one guest.")),
    tap("tax.guests.more", N_("One guest more"), N_("This button adds one guest.")),
    tap("tax.send", N_("Declare"), N_("This button sends your tourist-tax declaration.")),
    tap("sms.topic.weather", N_("Weather warnings"), N_("This checkbox chooses weather alerts.")),
    tap(
        "sms.topic.children",
        N_("Children's activities"),
        N_("This checkbox chooses alerts about children's activities."),
    ),
    tap("sms.topic.roadworks", N_("Roadworks"), N_("This checkbox chooses roadworks alerts.")),
    field("sms.phone", N_("Mobile number"), N_("This field is for your mobile number.")),
    tap("sms.send", N_("Receive a code"), N_("This button sends a code to your mobile.")),
    field("sms.code", N_("Code"), N_("This field is for the code received by SMS.")),
    tap("sms.confirm", N_("Subscribe"), N_("This button subscribes you to the SMS alerts.")),
    tap("receipt.keep", N_("Keep the receipt"), N_("This button keeps the receipt.")),
    tap("receipt.home", N_("Home page"), N_("This button opens the home page.")),
]
LIBRARY = [
    field("library.card", N_("Library card number"), N_("This field is for your card number.")),
    tap("library.link", N_("Link my card"), N_("This button links your library card.")),
    tap("library.ebooks", N_("E-books"), N_("This opens the e-books.")),
    tap("library.concerts", N_("Concerts"), N_("This opens the concerts to listen to.")),
    tap("library.magazines", N_("Magazines"), N_("This opens the magazines.")),
    tap("ebook.verne", N_("Around the World in 80 Days"), N_("This opens this book.")),
    tap("ebook.borrow", N_("Borrow"), N_("This button borrows the book for 21 days.")),
    tap("ebook.read", N_("Read"), N_("This button opens the book to read it.")),
    tap("concert.choir", N_("Seaside choir"), N_("This opens this concert.")),
    tap("concert.play", N_("Play"), N_("This button plays or pauses the concert.")),
]

SPEC = SandboxSpec.of(
    "browser",
    N_("Practice web browser"),
    "tutor.sandboxes.browser.widget:BrowserSandbox",
    [*BROWSER, *MESSAGES, *SEARCH, *HOME, *ACCOUNT, *PROCEDURES, *LIBRARY],
    scenes=SCENES,
    cues=CUES,
)
