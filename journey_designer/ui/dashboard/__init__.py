"""The dashboard: the map's marketing and experience figures as small charts in a dock.

`journey_designer.analytics.dashboard` gathers the figures (no Qt; the PDF draws the same),
the chart widgets paint them with QPainter, `dock.py` lays them out and follows the map.
Nothing here is imported at start-up: View ▸ Dashboard builds the dock on first use.
"""
