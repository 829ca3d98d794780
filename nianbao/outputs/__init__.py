"""What records become for people and tools: the tidy panel, the terminal view, the PDF overlay."""
