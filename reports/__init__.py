"""Reports: PDF (reportlab) and other exports; plain Python, no Qt."""
