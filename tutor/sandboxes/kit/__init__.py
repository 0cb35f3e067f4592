"""Qt building blocks shared by practice apps (gestures, on-screen keyboard)."""
