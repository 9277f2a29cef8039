"""Everything Qt: the application, the main window, the map canvas and the translations.

`app.run()` is the entry point the CLI calls. Only QtCore, QtGui and QtWidgets are
imported, and nothing that is slow to import (reportlab, openpyxl), to keep start-up fast.
"""
