"""The practice video-call app: contacts, calls, incoming calls, call history."""
