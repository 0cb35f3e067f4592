"""Pas à Pas: a step-by-step digital-skills tutor for older adults."""

__version__ = "0.1.0"
APP_NAME = "Pas à Pas"
