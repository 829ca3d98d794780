"""Questions asked of many records at once: one agency across years."""
