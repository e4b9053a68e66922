"""The 履职档案, Telegram side: the member's /record, the staff's /records, exports and manual entries."""
