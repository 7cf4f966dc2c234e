"""One module per screen; the main window registers them with the router."""
