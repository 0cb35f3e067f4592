"""PySide6 views and controllers. Views lay widgets out; controllers decide."""
