"""The accessibility audit: every screen, at every text size and theme (``tutor audit``)."""
