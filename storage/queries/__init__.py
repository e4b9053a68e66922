"""Database queries: plain async functions taking an AsyncSession, one module per feature."""
