"""What a card's marketing fields say on the map (no Qt): an automation rule's lines and
badges, an A/B test's rates and verdict, a content link's host.

The words come from the layout's labels (`labels.py`), so the canvas and the PDF write
them alike in either language. The A/B statistics are `journey_designer.analytics.ab`'s
(the same figures the `report` command prints); it is imported on the first test drawn,
so laying out a map without tests never loads it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PureWindowsPath
from urllib.parse import urlsplit

from journey_designer.layout.labels import (
    format_number,
    format_p_value,
    format_percent,
    format_signed_percent,
)
from journey_designer.model.entities import ABTest, AutomationRule, RuleTrigger


@dataclass(frozen=True)
class RuleText:
    headline: str  # "Cart abandoned · wait 1 h → Send email"
    details: tuple[str, ...]  # "Who: …", "Content: …", "Goal: …" (those given)


def rule_text(rule: AutomationRule, labels: Mapping[str, str]) -> RuleText:
    trigger = _trigger_words(rule, labels)
    wait = wait_words(rule.wait_hours, labels)
    if wait:
        trigger = f"{trigger} · {wait}"
    action = labels[f"rule.action.{rule.action.value}"]
    headline = labels["rule.then"].format(trigger=trigger, action=action)
    details = []
    if rule.segment.strip():
        details.append(labels["rule.segment"].format(text=rule.segment.strip()))
    if rule.content.strip():
        details.append(labels["rule.content"].format(text=rule.content.strip()))
    goal = rule.goal.strip()
    if not goal and rule.goal_metric is not None:
        goal = labels.get(f"metric.{rule.goal_metric.value}", rule.goal_metric.value)
    if goal:
        details.append(labels["rule.goal"].format(text=goal))
    return RuleText(headline, tuple(details))


def _trigger_words(rule: AutomationRule, labels: Mapping[str, str]) -> str:
    condition = rule.trigger_text.strip()
    if rule.trigger is RuleTrigger.CUSTOM:
        return condition or labels["rule.trigger.custom"]
    value = "N" if rule.trigger_value is None else format_number(rule.trigger_value)
    words = labels[f"rule.trigger.{rule.trigger.value}"].format(n=value)
    if condition:
        words = labels["rule.condition"].format(trigger=words, condition=condition)
    return words


def wait_words(hours: float, labels: Mapping[str, str]) -> str:
    """'wait 30 min', 'wait 1 h', 'wait 2 d' ("" for no wait)."""
    if hours <= 0:
        return ""
    if hours < 1:
        return labels["rule.wait_minutes"].format(n=format_number(hours * 60))
    if hours >= 24 and hours % 24 == 0:
        return labels["rule.wait_days"].format(n=format_number(hours / 24))
    return labels["rule.wait_hours"].format(n=format_number(hours))


def rule_badges(rule: AutomationRule, labels: Mapping[str, str]) -> list[tuple[str, str, str]]:
    """(kind, key, text) of a rule's badges: its legal basis (or its lack, when it uses
    personal data) and how many kinds of personal data it uses."""
    badges: list[tuple[str, str, str]] = []
    data = [item for item in rule.personal_data if item.strip()]
    if rule.legal_basis:
        badges.append(("legal", rule.legal_basis, labels[f"legal.{rule.legal_basis}"]))
    elif data:
        badges.append(("legal", "missing", labels["legal.missing"]))
    if data:
        text = labels["rule.personal_data"].format(n=len(data))
        badges.append(("personal_data", str(len(data)), text))
    return badges


@dataclass(frozen=True)
class ABText:
    rates: str  # "A 2.0% · B 2.7%"
    verdict: str  # "B wins +37.0% (p=0.002)", "No winner yet (p=0.214)"
    winner: str | None  # the winning variant's name, only when significant


def ab_text(test: ABTest, labels: Mapping[str, str]) -> ABText:
    from journey_designer.analytics.ab import analyse_test, two_proportion_test

    result = analyse_test(test)
    rates = " · ".join(
        f"{v.name} {format_percent(v.rate) if v.rate is not None else '–'}" for v in result.variants
    )
    if test.name.strip():
        rates = labels["ab.named"].format(name=test.name.strip(), rates=rates)
    winner = result.winner
    if winner is None:
        p_values = [c.p_value for c in result.comparisons if c.p_value is not None]
        if p_values:
            verdict = labels["ab.no_winner_p"].format(p=format_p_value(min(p_values)))
        else:
            verdict = labels["ab.no_winner"]
        return ABText(rates, verdict, None)
    by_name = {v.name: v for v in test.variants}
    best = by_name[winner]
    # Against the control, or for a winning control, against the best of the others.
    others = [v for v in test.variants if v.name != winner]
    other = (
        test.variants[0]
        if best is not test.variants[0]
        else max(others, key=lambda v: v.conversions / v.sample_size if v.sample_size else 0.0)
    )
    lift = ""
    if other.conversions and other.sample_size and best.sample_size:
        rate_best = best.conversions / best.sample_size
        rate_other = other.conversions / other.sample_size
        lift = format_signed_percent(rate_best / rate_other - 1.0)
    test_result = two_proportion_test(
        other.conversions, other.sample_size, best.conversions, best.sample_size
    )
    p = format_p_value(test_result.p_value) if test_result is not None else ""
    verdict = labels["ab.wins"].format(variant=winner, lift=lift, p=p)
    return ABText(rates, " ".join(verdict.replace("()", "").replace("（）", "").split()), winner)


def link_host(link: str) -> str:
    """What a link badge shows: a web address's host (without "www."), a file's name."""
    link = link.strip()
    parts = urlsplit(link)
    if parts.scheme.lower() in ("http", "https", "ftp") and parts.hostname:
        host = parts.hostname
        return host[4:] if host.startswith("www.") else host
    if parts.scheme.lower() == "mailto":
        return parts.path
    name = PureWindowsPath(link).name  # splits on both "/" and "\\"
    return name or link
