"""Export and compilation: submissions to XLSX, CSV and Word, and the 《社情民意》 issues.

records.py holds the plain values (SubmissionRecord, ExportFilter, periods, columns);
xlsx.py, csv_export.py and docx.py write files from a stream of records; service.py
(ExportService) is the one call handlers and the CLI make.
"""
