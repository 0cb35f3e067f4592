"""Progress kept on the device, in SQLite through sqlite-utils. Never imports Qt."""
