"""A messaging app's conversation list and thread, shared by the practice messaging app and
the browser's Messages (both practice apps then look alike)."""
