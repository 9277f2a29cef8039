"""The dashboard: the map's marketing and experience figures as small charts in a dock.

`data.py` gathers the figures (no Qt; the statistics come from `journey_designer.analytics`),
the chart widgets paint them with QPainter, `dock.py` lays them out and follows the map.
Nothing here is imported at start-up: View ▸ Dashboard builds the dock on first use.
"""
