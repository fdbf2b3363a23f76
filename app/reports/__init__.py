"""Files made from the store for people outside the app: exported results and summaries."""
