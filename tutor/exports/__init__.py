"""Exports for facilitators: CSV (no Qt) and PDF documents (Qt GUI classes, no widgets)."""
