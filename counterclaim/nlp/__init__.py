"""spaCy-based readers: each module finds one kind of mention in a parsed Doc."""
