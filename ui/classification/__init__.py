"""Screens of the classifiers: the review queue and the evaluation."""
