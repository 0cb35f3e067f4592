"""Walks through the whole app: the tour that opens every screen and step (for `tutor
screenshot` and `tutor review`) and the audit's walk over them (`tutor audit`).

They build the whole app (``tutor.app``) to picture it, so they sit above it, below the
commands that run them."""
