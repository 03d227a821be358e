"""Similar items in the app: while capturing, in an improvement's detail, and for any item."""
