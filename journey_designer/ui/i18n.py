"""The UI language: chosen from the system locale or forced (`--lang zh|en`), and the translators.

The app's own strings come from `resources/i18n/journey_designer_LANG.qm` (sources in the
`.ts` files next to them, updated by `tools/update_translations.sh`); Qt's own strings
(the buttons of standard dialogs) from Qt's `qtbase_LANG.qm`. The words the layout draws
on cards (badges, metric names) are translated here too and handed to the layout.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from journey_designer.resources import MissingResourceError, translation_path
from journey_designer.ui.locale_format import LANGUAGE_LOCALES, locale_for

log = logging.getLogger(__name__)

UI_LANGUAGES = ("en", "zh")
# Each language named in itself: whoever cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"en": "English", "zh": "中文"}


# What install_translators put in and remove_translators did not take out yet: use_language
# swaps them for another language's while the app runs.
_installed: list[QTranslator] = []


class UnknownLanguageError(ValueError):
    pass


def system_language() -> str:
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def resolve_language(requested: str | None) -> str:
    """`None` follows the system locale; otherwise one of UI_LANGUAGES."""
    if requested is None:
        return system_language()
    language = requested.lower().split("_")[0].split("-")[0]  # "zh_CN", "zh-Hans" -> "zh"
    if language not in UI_LANGUAGES:
        choices = ", ".join(UI_LANGUAGES)
        raise UnknownLanguageError(f"no user interface in {requested!r}; choose one of: {choices}")
    return language


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the app's and Qt's translations for `language`; returns them (to remove later)."""
    QLocale.setDefault(locale_for(language))  # numbers and dates: the language in the region
    installed = []
    for translator in (_app_translator(app, language), _qt_translator(app, language)):
        if translator is not None and app.installTranslator(translator):
            installed.append(translator)
    _installed.extend(installed)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        if translator in _installed:
            _installed.remove(translator)


def installed_translators() -> list[QTranslator]:
    """The translators `install_translators` installed and nobody removed, oldest first."""
    return list(_installed)


def use_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Swap every installed translation for `language`'s (and make its locale the default).

    Widgets built before keep their words: the language switch builds the window again.
    """
    previous = installed_translators()
    remove_translators(app, previous)
    for translator in previous:
        translator.setParent(None)  # freed with its last reference
    return install_translators(app, language)


def _app_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    try:
        path = translation_path(language)
    except MissingResourceError as error:
        log.warning("%s; the interface stays in English", error)
        return None
    translator = QTranslator(app)
    return translator if translator.load(str(path)) else None


def _qt_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    if language == "en":
        return None  # Qt's own strings are English already
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    return (
        translator if translator.load(LANGUAGE_LOCALES[language], "qtbase", "_", folder) else None
    )


# The layout's words, keyed as in layout.labels.DEFAULT_LABELS (a test checks the keys match).
_MAP_LABEL_SOURCES: dict[str, object] = {  # QT_TRANSLATE_NOOP marks them for lupdate
    "severity.low": QT_TRANSLATE_NOOP("MapLabels", "Low"),
    "severity.medium": QT_TRANSLATE_NOOP("MapLabels", "Medium"),
    "severity.high": QT_TRANSLATE_NOOP("MapLabels", "High"),
    "severity.critical": QT_TRANSLATE_NOOP("MapLabels", "Critical"),
    "priority.low": QT_TRANSLATE_NOOP("MapLabels", "Low priority"),
    "priority.medium": QT_TRANSLATE_NOOP("MapLabels", "Medium priority"),
    "priority.high": QT_TRANSLATE_NOOP("MapLabels", "High priority"),
    "channel.website": QT_TRANSLATE_NOOP("MapLabels", "Website"),
    "channel.app": QT_TRANSLATE_NOOP("MapLabels", "App"),
    "channel.email": QT_TRANSLATE_NOOP("MapLabels", "Email"),
    "channel.sms": QT_TRANSLATE_NOOP("MapLabels", "SMS"),
    "channel.social": QT_TRANSLATE_NOOP("MapLabels", "Social"),
    "channel.wechat": QT_TRANSLATE_NOOP("MapLabels", "WeChat"),
    "channel.ads": QT_TRANSLATE_NOOP("MapLabels", "Ads"),
    "channel.search": QT_TRANSLATE_NOOP("MapLabels", "Search"),
    "channel.chat": QT_TRANSLATE_NOOP("MapLabels", "Chat"),
    "channel.webinar": QT_TRANSLATE_NOOP("MapLabels", "Webinar"),
    "channel.video_call": QT_TRANSLATE_NOOP("MapLabels", "Video call"),
    "channel.marketplace": QT_TRANSLATE_NOOP("MapLabels", "Marketplace"),
    "channel.review_site": QT_TRANSLATE_NOOP("MapLabels", "Review site"),
    "channel.support_portal": QT_TRANSLATE_NOOP("MapLabels", "Support portal"),
    "channel.phone": QT_TRANSLATE_NOOP("MapLabels", "Phone"),
    "channel.store": QT_TRANSLATE_NOOP("MapLabels", "Store"),
    "channel.event": QT_TRANSLATE_NOOP("MapLabels", "Event"),
    "channel.call_centre": QT_TRANSLATE_NOOP("MapLabels", "Call centre"),
    "channel.service_desk": QT_TRANSLATE_NOOP("MapLabels", "Service desk"),
    "channel.sales_rep": QT_TRANSLATE_NOOP("MapLabels", "Sales rep"),
    "channel.mail": QT_TRANSLATE_NOOP("MapLabels", "Mail"),
    "channel.print": QT_TRANSLATE_NOOP("MapLabels", "Print"),
    "channel.partner": QT_TRANSLATE_NOOP("MapLabels", "Partner"),
    "curve.as_is": QT_TRANSLATE_NOOP("MapLabels", "As-is"),
    "curve.to_be": QT_TRANSLATE_NOOP("MapLabels", "To-be"),
    "curve.measured": QT_TRANSLATE_NOOP("MapLabels", "Measured (survey)"),
    "metric.responses": QT_TRANSLATE_NOOP("MapLabels", "Responses"),
    "metric.mean": QT_TRANSLATE_NOOP("MapLabels", "Mean"),
    "metric.satisfaction": QT_TRANSLATE_NOOP("MapLabels", "Satisfaction"),
    "metric.nps": QT_TRANSLATE_NOOP("MapLabels", "NPS"),
    "metric.csat": QT_TRANSLATE_NOOP("MapLabels", "CSAT"),
    "metric.ces": QT_TRANSLATE_NOOP("MapLabels", "CES"),
    "metric.conversion": QT_TRANSLATE_NOOP("MapLabels", "Conversion"),
    "metric.drop_off": QT_TRANSLATE_NOOP("MapLabels", "Drop-off"),
    "metric.count": QT_TRANSLATE_NOOP("MapLabels", "Count"),
    "metric.revenue": QT_TRANSLATE_NOOP("MapLabels", "Revenue"),
    "metric.cost": QT_TRANSLATE_NOOP("MapLabels", "Cost"),
    "metric.custom": QT_TRANSLATE_NOOP("MapLabels", "Metric"),
    # Rules, A/B verdicts and the funnel band; keep the {fields} in a translation.
    "rule.trigger.signed_up": QT_TRANSLATE_NOOP("MapLabels", "Signed up"),
    "rule.trigger.cart_abandoned": QT_TRANSLATE_NOOP("MapLabels", "Cart abandoned"),
    "rule.trigger.browsed_without_buying": QT_TRANSLATE_NOOP("MapLabels", "Browsed without buying"),
    "rule.trigger.no_purchase_days": QT_TRANSLATE_NOOP("MapLabels", "No purchase in {n} days"),
    "rule.trigger.renewal_due_days": QT_TRANSLATE_NOOP("MapLabels", "Renewal due in {n} days"),
    "rule.trigger.lead_score_at_least": QT_TRANSLATE_NOOP("MapLabels", "Lead score ≥ {n}"),
    "rule.trigger.event_attended": QT_TRANSLATE_NOOP("MapLabels", "Attended an event"),
    "rule.trigger.form_submitted": QT_TRANSLATE_NOOP("MapLabels", "Form submitted"),
    "rule.trigger.custom": QT_TRANSLATE_NOOP("MapLabels", "Custom trigger"),
    "rule.condition": QT_TRANSLATE_NOOP("MapLabels", "{trigger} ({condition})"),
    "rule.wait_minutes": QT_TRANSLATE_NOOP("MapLabels", "wait {n} min"),
    "rule.wait_hours": QT_TRANSLATE_NOOP("MapLabels", "wait {n} h"),
    "rule.wait_days": QT_TRANSLATE_NOOP("MapLabels", "wait {n} d"),
    "rule.then": QT_TRANSLATE_NOOP("MapLabels", "{trigger} → {action}"),
    "rule.action.send_email": QT_TRANSLATE_NOOP("MapLabels", "Send email"),
    "rule.action.send_sms": QT_TRANSLATE_NOOP("MapLabels", "Send SMS"),
    "rule.action.send_wechat": QT_TRANSLATE_NOOP("MapLabels", "Send WeChat message"),
    "rule.action.app_push": QT_TRANSLATE_NOOP("MapLabels", "App push"),
    "rule.action.assign_to_sales": QT_TRANSLATE_NOOP("MapLabels", "Assign to sales"),
    "rule.action.add_to_nurture": QT_TRANSLATE_NOOP("MapLabels", "Add to nurture track"),
    "rule.action.create_task": QT_TRANSLATE_NOOP("MapLabels", "Create a task"),
    "rule.action.custom": QT_TRANSLATE_NOOP("MapLabels", "Custom action"),
    "rule.segment": QT_TRANSLATE_NOOP("MapLabels", "Who: {text}"),
    "rule.content": QT_TRANSLATE_NOOP("MapLabels", "Content: {text}"),
    "rule.goal": QT_TRANSLATE_NOOP("MapLabels", "Goal: {text}"),
    "rule.personal_data": QT_TRANSLATE_NOOP("MapLabels", "Personal data: {n}"),
    "legal.consent": QT_TRANSLATE_NOOP("MapLabels", "Consent"),
    "legal.contract": QT_TRANSLATE_NOOP("MapLabels", "Contract"),
    "legal.legitimate_interest": QT_TRANSLATE_NOOP("MapLabels", "Legitimate interest"),
    "legal.legal_obligation": QT_TRANSLATE_NOOP("MapLabels", "Legal obligation"),
    "legal.missing": QT_TRANSLATE_NOOP("MapLabels", "No legal basis"),
    "ab.badge": QT_TRANSLATE_NOOP("MapLabels", "A/B"),
    "ab.named": QT_TRANSLATE_NOOP("MapLabels", "{name}: {rates}"),
    "ab.wins": QT_TRANSLATE_NOOP("MapLabels", "{variant} wins {lift} ({p})"),
    "ab.no_winner": QT_TRANSLATE_NOOP("MapLabels", "No winner yet"),
    "ab.no_winner_p": QT_TRANSLATE_NOOP("MapLabels", "No winner yet ({p})"),
    "funnel.title": QT_TRANSLATE_NOOP("MapLabels", "Funnel"),
    "funnel.overall": QT_TRANSLATE_NOOP("MapLabels", "Overall {rate}"),
    "funnel.legend": QT_TRANSLATE_NOOP("MapLabels", "→ conversion · − drop-off"),
    "funnel.roi": QT_TRANSLATE_NOOP("MapLabels", "{channel}: ROI {roi}"),
    "funnel.cpa": QT_TRANSLATE_NOOP("MapLabels", "CPA {amount}"),
    "funnel.total": QT_TRANSLATE_NOOP("MapLabels", "All channels"),
}


def map_labels() -> dict[str, str]:
    """The layout's labels in the current UI language."""
    return {
        key: QCoreApplication.translate("MapLabels", str(source))
        for key, source in _MAP_LABEL_SOURCES.items()
    }


def map_label_keys() -> set[str]:
    return set(_MAP_LABEL_SOURCES)
