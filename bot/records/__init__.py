"""The 履职档案 (duty record): facts → counts and points, the service, the XLSX / DOCX files and the CLI.

Public names are in bot/records/public.py (no package __init__ imports its own modules).
"""
