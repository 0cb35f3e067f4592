"""Practice app: spotting scams and online dangers, and knowing what to do."""
