"""Marketing analytics on a journey map: A/B tests, the funnel, ROI per channel, owners.

Plain Python, no Qt; every figure is computed from the map, never stored in it. The
`report` command prints them (`report.py`) and `workbook.py` writes them to Excel.
"""
