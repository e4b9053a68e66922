"""Query modules: plain async functions over an AsyncSession, one module per feature."""
