"""From a parsed Doc to typed incident records, claims and attribution; across documents, merges."""
