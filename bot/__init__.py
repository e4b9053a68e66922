"""履职助手: what the bot knows and does. Services here take plain values and return plain values."""
