"""Survey spreadsheets → journey data. No Qt here.

file ─► reading (in a child process, `sandbox.read_survey`) ─► `SheetData` (columnar)
     ─► table (header rows, format, typed columns) ─► mapping (suggested, edited)
     ─► metrics (`stats`) ─► one edit on the map (`apply`).
"""
