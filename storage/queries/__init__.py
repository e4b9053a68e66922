"""Database queries, one module a feature: plain async functions taking an AsyncSession."""
