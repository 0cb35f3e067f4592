"""The practice web browser with a fictional city portal."""
