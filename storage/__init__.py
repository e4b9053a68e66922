"""Tables, the database engine and its migrations. Knows rows, not rules."""
