"""Deliverables from the layout: PDF (reportlab, no Qt), the Markdown outline.

map ─► layout (the same as the canvas) ─► pages (fit, tile, one stage per page)
    ─► PDF: cover, map pages, legend, appendix; fonts embedded, bookmarks, metadata.
PNG and SVG render the Qt scene instead (journey_designer/ui/image_export.py).
"""
