"""The map canvas: a QGraphicsScene drawn from the layout's geometry, and its view."""
