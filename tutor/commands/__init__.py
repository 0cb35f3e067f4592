"""Command-line sub-commands (lessons check, screenshot, self-check...)."""
