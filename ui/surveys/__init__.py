"""Survey screens: the phone survey, survey import and question mapping."""
