"""How the interface looks: light, dark or the system's theme, and the interface font.

Qt 6.8's `QStyleHints.setColorScheme` is asked first; where the platform ignores it (Linux
under xcb and offscreen, measured with Qt 6.11: the scheme stays Unknown and the palette
light) the Fusion style gets a palette built here. The map is paper: its colours are the
printed ones in both themes (the PDF looks like the canvas); only the chrome, the panels and
the canvas around the paper follow the theme. The map font is chosen elsewhere
(`map_font.py`); the interface font never reaches the map.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from journey_designer.layout import looks
from journey_designer.ui.settings import AppSettings, Theme, UiFont

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
_SCHEMES = {
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
    "system": Qt.ColorScheme.Unknown,
}
CANVAS_LIGHT = QColor(looks.CANVAS_BACKGROUND)
CANVAS_DARK = QColor("#1C1F23")  # around the paper in the dark theme: the paper stands out

# The dark palette: roles the Fusion style paints with, readable text on every background.
_DARK_ROLES = {
    Role.Window: "#2D3034",
    Role.WindowText: "#E8EAED",
    Role.Base: "#1F2226",
    Role.AlternateBase: "#272A2F",
    Role.ToolTipBase: "#3A3E44",
    Role.ToolTipText: "#F1F3F4",
    Role.PlaceholderText: "#8E949B",
    Role.Text: "#E8EAED",
    Role.Button: "#363A3F",
    Role.ButtonText: "#E8EAED",
    Role.BrightText: "#FF6B6B",
    Role.Light: "#4A4F55",
    Role.Midlight: "#3F4348",
    Role.Mid: "#26292D",
    Role.Dark: "#1A1C1F",
    Role.Shadow: "#0E0F11",
    Role.Highlight: "#2F6DB5",
    Role.HighlightedText: "#FFFFFF",
    Role.Link: "#7AB7FF",
    Role.LinkVisited: "#C39BFF",
    Role.Accent: "#2F6DB5",
}
_DARK_DISABLED = {
    Role.WindowText: "#7C8187",
    Role.Text: "#7C8187",
    Role.ButtonText: "#7C8187",
    Role.Base: "#26292D",
    Role.Button: "#2D3034",
    Role.Highlight: "#4A4F55",
    Role.HighlightedText: "#A9AEB4",
    Role.PlaceholderText: "#5F646A",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK_ROLES.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(Group.Disabled, role, QColor(colour))
    return palette


def paper_palette() -> QPalette:
    """The light palette of whatever lies on the map (an in-place editor's text and field),
    whatever the theme: dark ink on white, like the paper."""
    palette = QPalette(QColor("#EFEFEF"))  # Qt derives black text on a white base from it
    palette.setColor(Role.Highlight, QColor("#308CC6"))
    palette.setColor(Role.HighlightedText, QColor("#FFFFFF"))
    return palette


def keep_paper_light(app: QApplication) -> None:
    """A card's in-place text editor (a QGraphicsTextItem, whose text control takes the
    application palette, not the view's) writes dark ink on the paper in every theme.

    Set after each application palette: setting that one forgets the per-class palettes."""
    # PySide6 6.11 takes the class name as str; its stub says bytes (which it refuses).
    app.setPalette(paper_palette(), "QWidgetTextControl")  # type: ignore[arg-type]


def is_dark(palette: QPalette) -> bool:
    """Light text on a dark window: the chrome is dark, whichever way it became so."""
    return palette.color(Role.Window).lightness() < palette.color(Role.WindowText).lightness()


def canvas_background(palette: QPalette) -> QColor:
    """The canvas around the paper, for a window with `palette`."""
    return CANVAS_DARK if is_dark(palette) else CANVAS_LIGHT


@dataclass(frozen=True)
class ThemedColour:
    """A colour the chrome shows on a light window, and the one replacing it on a dark window
    where the light one would not read. A text colour reads at a WCAG contrast of 4.5:1 or
    more on the palette's Window and Base in both themes; the palette's own text reads on a
    background colour (a table cell's)."""

    light: str
    dark: str

    def on(self, palette: QPalette) -> QColor:
        return QColor(self.dark if is_dark(palette) else self.light)


WARNING = ThemedColour("#A52A20", "#FF8A80")  # what is wrong: 6.2 and 5.8 on Window
MUTED = ThemedColour("#52606D", "#A9B4C0")  # a quieter note: 5.6 and 6.3 on Window


def warning_colour(palette: QPalette) -> QColor:
    return WARNING.on(palette)


def muted_text_colour(palette: QPalette) -> QColor:
    return MUTED.on(palette)


class _TextTint(QObject):
    """Gives its widget's text a themed colour, again after each palette change."""

    def __init__(self, widget: QWidget, colour: ThemedColour) -> None:
        super().__init__(widget)
        self.colour = colour
        widget.installEventFilter(self)

    def apply(self, widget: QWidget) -> None:
        # The palette's WindowText is the tint itself; `is_dark` still reads it right, as
        # each tint is dark on a light window and light on a dark one.
        wanted = self.colour.on(widget.palette())
        if widget.palette().color(Role.WindowText) != wanted:
            tint = QPalette()  # sets WindowText alone: the rest still comes from the parent
            tint.setColor(Role.WindowText, wanted)
            widget.setPalette(tint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange and isinstance(watched, QWidget):
            self.apply(watched)
        return False


def tint_text(widget: QWidget, colour: ThemedColour | None) -> None:
    """Show `widget`'s text (a label's) in `colour`, following the theme while it is open;
    None gives it back the palette's own text colour. (A style sheet would keep the light
    theme's colour after a switch to dark.)"""
    tint = widget.findChild(_TextTint, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if colour is None:
        if tint is not None:
            widget.removeEventFilter(tint)
            tint.setParent(None)
            widget.setPalette(QPalette())  # the parent's palette again
        return
    if tint is None:
        tint = _TextTint(widget, colour)
    tint.colour = colour
    tint.apply(widget)


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Make the interface light, dark, or the system's; the open windows follow at once."""
    hints = QGuiApplication.styleHints()
    wanted = _SCHEMES[theme]
    hints.setColorScheme(wanted)
    if theme == "system" or hints.colorScheme() == wanted:
        app.setPalette(QPalette())  # the platform's own palette (for the scheme it honoured)
    elif theme == "dark":
        app.setPalette(dark_palette())
    else:  # a platform that stays dark: the style's own light palette
        app.setPalette(app.style().standardPalette())
    keep_paper_light(app)


def apply_ui_font(app: QApplication, font: UiFont | None) -> None:
    """The interface's font, or the system's (None). Map text keeps the map font."""
    if font is None:
        app.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        return
    chosen = QFont(font.family)
    chosen.setPointSizeF(font.point_size)
    app.setFont(chosen)


def apply_appearance(app: QApplication, settings: AppSettings) -> None:
    """At start-up: the saved theme and interface font (little to do for the defaults)."""
    theme = settings.theme()
    if theme != "system":
        apply_theme(app, theme)
    else:  # a system that is dark already
        keep_paper_light(app)
    font = settings.ui_font()
    if font is not None:
        apply_ui_font(app, font)
