"""codebooks."""
