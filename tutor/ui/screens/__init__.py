"""One screen, one task. Screens emit past-tense signals; controllers react."""
