"""The practice tablet: home screen on two pages, notes with a keyboard, settings."""
