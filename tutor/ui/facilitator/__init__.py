"""The facilitator space: behind a PIN, learners, workshops, progress, documents, backup."""
