"""Validation of zhclean output: pandera schemas for records and corpus-level checks."""
