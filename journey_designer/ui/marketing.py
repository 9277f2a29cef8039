"""The marketing features of the window: View ▸ Highlight by Owner and View ▸ Dashboard,
Map ▸ Funnel and Costs…, and File ▸ Export Responsibility Table… / Marketing Workbook….

The dashboard dock and the Funnel and Costs dialog are built on first use (start-up time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from journey_designer.ui.marketing_export import MarketingExport
from journey_designer.ui.owner_highlight import OwnerHighlight

if TYPE_CHECKING:
    from journey_designer.ui.dashboard.dock import DashboardDock
    from journey_designer.ui.funnel_dialog import FunnelCostsDialog
    from journey_designer.ui.main_window import MainWindow

DASHBOARD_SHARE = 0.45  # of the window's height, when the dock first opens


def install_marketing(window: MainWindow) -> Marketing:
    return Marketing(window)


class Marketing(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.menu_actions.view_menu.addSeparator()  # Highlight by Owner, Dashboard
        self.owners = OwnerHighlight(window)
        self.exports = MarketingExport(window)
        self.dashboard: DashboardDock | None = None
        self.funnel_action = QAction(self.tr("&Funnel and Costs…"), window)
        self.funnel_action.setStatusTip(
            self.tr("Counts per funnel step and costs per channel; conversion and ROI")
        )
        self.funnel_action.triggered.connect(self.open_funnel_dialog)
        window.menu_actions.map_menu.addSeparator()
        window.menu_actions.map_menu.addAction(self.funnel_action)
        self.dashboard_action = QAction(self.tr("&Dashboard"), window)
        self.dashboard_action.setCheckable(True)
        self.dashboard_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.dashboard_action.setStatusTip(
            self.tr("Charts of the funnel, emotions, NPS and CSAT, ROI, pain points, A/B tests")
        )
        self.dashboard_action.triggered.connect(self.show_dashboard)
        window.menu_actions.view_menu.addAction(self.dashboard_action)

    def open_funnel_dialog(self) -> FunnelCostsDialog:
        from journey_designer.ui.funnel_dialog import FunnelCostsDialog

        self.window.panels.commit_pending()
        dialog = FunnelCostsDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_dashboard(self, visible: bool = True) -> DashboardDock | None:
        """Show (building it the first time) or hide the dashboard dock."""
        if self.dashboard is None:
            if not visible:
                return None
            self.dashboard = self._build_dashboard()
        self.dashboard.setVisible(visible)
        if visible:
            self.dashboard.raise_()
        self.dashboard_action.setChecked(visible)
        return self.dashboard

    def _build_dashboard(self) -> DashboardDock:
        from journey_designer.ui.dashboard.dock import DashboardDock

        window = self.window
        dock = DashboardDock(window)
        if not window.restoreDockWidget(dock):  # where it was when the app last closed
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            height = round(window.height() * DASHBOARD_SHARE)
            window.resizeDocks([dock], [height], Qt.Orientation.Vertical)
        dock.toggleViewAction().toggled.connect(self.dashboard_action.setChecked)
        return dock
