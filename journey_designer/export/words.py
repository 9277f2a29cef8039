"""The export's own words, in English and Chinese (no Qt, so no `tr()`: export/ is Qt-free).

`words(language)` gives one language's table; `layout_labels(language)` the words the layout
draws on the map (badges, metric names, rules, A/B verdicts, the funnel band), keyed as in
`layout.labels.DEFAULT_LABELS`. Texts
with `{name}` fields are filled with `str.format`. A test checks both tables have the
same keys and fields.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from journey_designer.layout.labels import DEFAULT_LABELS

LANGUAGES = ("en", "zh")

_EN: dict[str, str] = {
    # header, footer, sheets
    "page_of": "Page {page} of {pages}",
    "sheet": "Sheet {label} of {rows} × {columns}",
    "stage_page": "Stage {index} of {count}",
    "neighbour_left": "◀ {label}",
    "neighbour_right": "{label} ▶",
    "neighbour_up": "▲ {label}",
    "neighbour_down": "▼ {label}",
    "tile_hint": "Trim at the crop marks; lay the edge on the neighbour's tick marks.",
    # bookmarks
    "bookmark_cover": "Cover",
    "bookmark_map": "Journey map",
    "bookmark_legend": "Legend",
    "bookmark_appendix": "Appendix: touchpoint metrics",
    "bookmark_dashboard": "Dashboard",
    # dashboard charts
    "dashboard": "Dashboard",
    "dashboard_continued": "Dashboard (continued)",
    "dashboard_note": "Figures from the map's funnel, channel costs, A/B tests, curves and cards",
    "chart_funnel": "Funnel",
    "chart_funnel_none": "No funnel counts on this map",
    "chart_funnel_note": "Overall {rate} · right: conversion from the step before",
    "chart_not_known": "not known",
    "chart_emotion": "Emotion curve and measured satisfaction",
    "chart_emotion_none": "No emotion curve on this map",
    "chart_measured": "Measured",
    "chart_estimate": "Estimate",
    "chart_no_survey": "no survey yet",
    "chart_metrics": "NPS and CSAT per touchpoint",
    "chart_metrics_none": "No NPS or CSAT on the map's touchpoints",
    "chart_nps": "NPS",
    "chart_csat": "CSAT %",
    "chart_metrics_note": "Whiskers: the stored confidence interval",
    "chart_roi": "ROI per channel",
    "chart_roi_none": "No channel costs on this map",
    "chart_roi_cpa": "{roi} · CPA {cpa}",
    "chart_no_cost": "no cost",
    "chart_roi_total": "Total{currency}: ROI {roi} (cost {cost}, revenue {revenue})",
    "chart_pain": "Top pain points",
    "chart_pain_none": "No pain points on this map",
    "chart_votes": "{votes} votes",
    "chart_ab": "A/B tests",
    "chart_ab_none": "No A/B tests on this map",
    "chart_ab_note": "Bars: conversion · whiskers: lift over the control, {level} interval",
    "chart_control": "control",
    "chart_winner": "Winner: {name}",
    "chart_two_variants": "Needs at least two variants",
    "chart_no_sample": "A variant has no sample yet",
    "chart_not_significant": "Not significant at {level}",
    "chart_more": "+ {count} more",
    # cover
    "cover_kicker": "Customer journey map",
    "client": "Client",
    "author": "Prepared by",
    "date": "Date",
    "personas": "Personas",
    "goals": "Goals",
    "needs": "Needs",
    "frustrations": "Frustrations",
    "personas_continued": "Personas (continued)",
    # legend
    "legend": "Legend",
    "legend_lanes": "Lanes",
    "legend_cards": "Card looks",
    "legend_sample_stage": "Example",
    "legend_emotion": "Emotion scale",
    "legend_metrics": "Metric badges",
    "legend_curves": "Emotion curves",
    "look_pain": "Pain point: the warning sign and the left edge show the severity",
    "look_pain_critical": "Critical pain point: framed in red",
    "look_opportunity": "Opportunity: the light bulb shows the priority",
    "look_thought": "Thought: a speech bubble, the words in quotation marks",
    "look_touchpoint": "Touchpoint: the channel's sign, top right",
    "look_backstage": "Backstage: dashed and muted, out of the customer's sight",
    "look_rule": (
        "Automation rule: when, how long to wait, then what; the dashed arrow points to the "
        "touchpoint it creates"
    ),
    "look_content": "Content: the chain and the badge say where the asset lives",
    "look_votes": "Dots: workshop votes",
    "look_badges": "Badges: channel, severity, priority, owner",
    "look_plain": "A card: its title, its text, then its badges",
    "look_owner": "Owner",
    "emotion_scale": "Scale {low} to {high}, drawn bottom to top",
    "mood_very_negative": "very negative",
    "mood_negative": "negative",
    "mood_neutral": "neutral",
    "mood_positive": "positive",
    "mood_very_positive": "very positive",
    "metric_nps": "NPS: % promoters (9–10) minus % detractors (0–6), from −100 to +100",
    "metric_csat": "CSAT: share of top-2-box answers (4–5 on a 1–5 scale)",
    "metric_ces": "CES: mean effort on its scale (usually 1–7)",
    "metric_satisfaction": "Satisfaction: mean rating on the question's scale",
    "metric_n": "n: the number of answers behind a number",
    "metric_measured": "Purple figures come from survey data; dark blue ones were typed in",
    "curve_estimate": "Estimated by the team (as-is): solid line, a face at each point",
    "curve_to_be": "To-be: dashed line",
    "curve_measured": "Measured from a survey: squares with n, beside the estimate",
    "curve_disagreement": "Bracket: estimate and measurement differ by a quarter of the scale",
    # appendix
    "appendix": "Appendix: touchpoint metrics",
    "appendix_continued": "Appendix: touchpoint metrics (continued)",
    "appendix_note": "Computed from survey data; CI is the 95% confidence interval of a mean.",
    "col_stage": "Stage",
    "col_touchpoint": "Touchpoint",
    "col_metric": "Metric",
    "col_value": "Value",
    "col_n": "n",
    "col_ci": "95% CI",
    "col_source": "Source (file · column)",
    "curve_point": "Emotion (measured) · {persona}",
    # warnings
    "warn_small_text": (
        "The smallest text prints at {size} pt, below a readable {limit} pt; "
        "choose a larger page, Tile or One stage per page."
    ),
    "warn_small_text_stage": (
        "The smallest text prints at {size} pt, below a readable {limit} pt; "
        "choose a larger page or Tile."
    ),
    "warn_many_pages": "The poster needs {pages} sheets; a larger page needs fewer.",
    # outline
    "colon": ": ",
    "outline_description": "Description",
    "outline_emotion": "Emotion",
    "outline_stage_goal": "Goal",
    "outline_quote": "Quote",
    "outline_metrics": "Metrics",
    # lane kinds
    "lane.actions": "Actions",
    "lane.touchpoints": "Touchpoints",
    "lane.channels": "Channels",
    "lane.thoughts": "Thoughts",
    "lane.feelings": "Feelings",
    "lane.emotion_curve": "Emotion curve",
    "lane.pain_points": "Pain points",
    "lane.opportunities": "Opportunities",
    "lane.backstage": "Backstage",
    "lane.metrics": "Metrics",
    "lane.notes": "Notes",
    "lane.automation": "Automation",
    "lane.content": "Content",
}

_ZH: dict[str, str] = {
    "page_of": "第 {page} 页，共 {pages} 页",
    "sheet": "拼贴页 {label}（共 {rows} 行 × {columns} 列）",
    "stage_page": "阶段 {index} / {count}",
    "neighbour_left": "◀ {label}",
    "neighbour_right": "{label} ▶",
    "neighbour_up": "▲ {label}",
    "neighbour_down": "▼ {label}",
    "tile_hint": "沿裁切线裁切，将边缘对齐相邻页的对位标记后拼贴。",
    "bookmark_cover": "封面",
    "bookmark_map": "旅程图",
    "bookmark_legend": "图例",
    "bookmark_appendix": "附录：触点指标",
    "bookmark_dashboard": "仪表板",
    # dashboard charts
    "dashboard": "仪表板",
    "dashboard_continued": "仪表板（续）",
    "dashboard_note": "数据来自旅程图的漏斗、渠道成本、A/B 测试、情绪曲线和卡片",
    "chart_funnel": "漏斗",
    "chart_funnel_none": "此旅程图没有漏斗数据",
    "chart_funnel_note": "总转化率 {rate} · 右侧：相对上一步的转化率",
    "chart_not_known": "未知",
    "chart_emotion": "情绪曲线与实测满意度",
    "chart_emotion_none": "此旅程图没有情绪曲线",
    "chart_measured": "实测",
    "chart_estimate": "估计",
    "chart_no_survey": "尚无调研数据",
    "chart_metrics": "各触点的 NPS 与 CSAT",
    "chart_metrics_none": "触点上没有 NPS 或 CSAT",
    "chart_nps": "NPS",
    "chart_csat": "CSAT %",
    "chart_metrics_note": "误差线：记录的置信区间",
    "chart_roi": "各渠道 ROI",
    "chart_roi_none": "此旅程图没有渠道成本",
    "chart_roi_cpa": "{roi} · 获客成本 {cpa}",
    "chart_no_cost": "无成本",
    "chart_roi_total": "合计{currency}：ROI {roi}（成本 {cost}，收入 {revenue}）",
    "chart_pain": "主要痛点",
    "chart_pain_none": "此旅程图没有痛点",
    "chart_votes": "{votes} 票",
    "chart_ab": "A/B 测试",
    "chart_ab_none": "此旅程图没有 A/B 测试",
    "chart_ab_note": "柱：转化率 · 误差线：相对对照组的提升，{level} 区间",
    "chart_control": "对照组",
    "chart_winner": "胜出：{name}",
    "chart_two_variants": "至少需要两个变体",
    "chart_no_sample": "有变体尚无样本",
    "chart_not_significant": "在 {level} 水平下不显著",
    "chart_more": "+ 另外 {count} 项",
    "cover_kicker": "客户旅程图",
    "client": "客户",
    "author": "编制",
    "date": "日期",
    "personas": "用户画像",
    "goals": "目标",
    "needs": "需求",
    "frustrations": "困扰",
    "personas_continued": "用户画像（续）",
    "legend": "图例",
    "legend_lanes": "泳道",
    "legend_cards": "卡片样式",
    "legend_sample_stage": "示例",
    "legend_emotion": "情绪刻度",
    "legend_metrics": "指标标记",
    "legend_curves": "情绪曲线",
    "look_pain": "痛点：警示标志和左边框表示严重程度",
    "look_pain_critical": "严重痛点：红色边框",
    "look_opportunity": "机会点：灯泡表示优先级",
    "look_thought": "想法：对话气泡，文字带引号",
    "look_touchpoint": "触点：右上角为渠道图标",
    "look_backstage": "后台支撑：虚线、浅色，顾客看不到",
    "look_rule": "自动化规则：触发条件、等待多久、执行什么；虚线箭头指向它创建的触点",
    "look_content": "内容：链环图标和标签说明内容资产的位置",
    "look_votes": "圆点：工作坊投票",
    "look_badges": "标签：渠道、严重程度、优先级、负责人",
    "look_plain": "卡片：标题、正文，然后是标签",
    "look_owner": "负责人",
    "emotion_scale": "刻度 {low} 至 {high}，自下而上",
    "mood_very_negative": "非常负面",
    "mood_negative": "负面",
    "mood_neutral": "中性",
    "mood_positive": "正面",
    "mood_very_positive": "非常正面",
    "metric_nps": "NPS：推荐者（9–10 分）占比减去贬损者（0–6 分）占比，−100 至 +100",
    "metric_csat": "CSAT：选择最高两档（1–5 分中的 4–5 分）的比例",
    "metric_ces": "CES：费力程度的平均分（通常为 1–7 分）",
    "metric_satisfaction": "满意度：该题量表上的平均分",
    "metric_n": "n：数字背后的回答数",
    "metric_measured": "紫色数字来自问卷数据，深蓝色为手工填写",
    "curve_estimate": "团队估计（现状）：实线，每个点一个表情",
    "curve_to_be": "目标：虚线",
    "curve_measured": "问卷实测：方块并标注 n，与估计曲线并列",
    "curve_disagreement": "括号：估计与实测相差四分之一个刻度以上",
    "appendix": "附录：触点指标",
    "appendix_continued": "附录：触点指标（续）",
    "appendix_note": "根据问卷数据计算；置信区间为均值的 95% 置信区间。",
    "col_stage": "阶段",
    "col_touchpoint": "触点",
    "col_metric": "指标",
    "col_value": "数值",
    "col_n": "n",
    "col_ci": "95% 置信区间",
    "col_source": "来源（文件 · 列）",
    "curve_point": "情绪（实测）· {persona}",
    "warn_small_text": (
        "最小的文字只有 {size} pt，小于易读的 {limit} pt；请选择更大的纸张、拼贴或每阶段一页。"
    ),
    "warn_small_text_stage": (
        "最小的文字只有 {size} pt，小于易读的 {limit} pt；请选择更大的纸张或拼贴。"
    ),
    "warn_many_pages": "海报需要 {pages} 张纸；换用更大的纸张可以减少张数。",
    "colon": "：",
    "outline_description": "说明",
    "outline_emotion": "情绪",
    "outline_stage_goal": "目标",
    "outline_quote": "原话",
    "outline_metrics": "指标",
    "lane.actions": "用户行为",
    "lane.touchpoints": "触点",
    "lane.channels": "渠道",
    "lane.thoughts": "用户想法",
    "lane.feelings": "感受",
    "lane.emotion_curve": "情绪曲线",
    "lane.pain_points": "痛点",
    "lane.opportunities": "机会点",
    "lane.backstage": "后台支撑",
    "lane.metrics": "关键指标",
    "lane.notes": "备注",
    "lane.automation": "自动化",
    "lane.content": "内容",
}

# The layout's words in Chinese (the same translations as the app's MapLabels).
_LAYOUT_ZH: dict[str, str] = {
    "severity.low": "低",
    "severity.medium": "中",
    "severity.high": "高",
    "severity.critical": "严重",
    "priority.low": "低优先级",
    "priority.medium": "中优先级",
    "priority.high": "高优先级",
    "channel.website": "官网",
    "channel.app": "App",
    "channel.email": "邮件",
    "channel.sms": "短信",
    "channel.social": "社交媒体",
    "channel.wechat": "微信",
    "channel.ads": "广告",
    "channel.search": "搜索",
    "channel.chat": "在线聊天",
    "channel.webinar": "网络研讨会",
    "channel.video_call": "视频通话",
    "channel.marketplace": "电商平台",
    "channel.review_site": "点评网站",
    "channel.support_portal": "帮助中心",
    "channel.phone": "电话",
    "channel.store": "门店",
    "channel.event": "活动",
    "channel.call_centre": "呼叫中心",
    "channel.service_desk": "服务台",
    "channel.sales_rep": "销售代表",
    "channel.mail": "邮寄",
    "channel.print": "印刷品",
    "channel.partner": "合作伙伴",
    "curve.as_is": "现状",
    "curve.to_be": "目标",
    "curve.measured": "实测（问卷）",
    "metric.responses": "回答数",
    "metric.mean": "均值",
    "metric.satisfaction": "满意度",
    "metric.nps": "NPS",
    "metric.csat": "CSAT",
    "metric.ces": "CES",
    "metric.conversion": "转化率",
    "metric.drop_off": "流失率",
    "metric.count": "数量",
    "metric.revenue": "收入",
    "metric.cost": "成本",
    "metric.custom": "指标",
    "rule.trigger.signed_up": "注册",
    "rule.trigger.cart_abandoned": "放弃购物车",
    "rule.trigger.browsed_without_buying": "浏览未购买",
    "rule.trigger.no_purchase_days": "{n} 天未购买",
    "rule.trigger.renewal_due_days": "{n} 天后到期续约",
    "rule.trigger.lead_score_at_least": "线索评分 ≥ {n}",
    "rule.trigger.event_attended": "参加活动",
    "rule.trigger.form_submitted": "提交表单",
    "rule.trigger.custom": "自定义触发条件",
    "rule.condition": "{trigger}（{condition}）",
    "rule.wait_minutes": "等待 {n} 分钟",
    "rule.wait_hours": "等待 {n} 小时",
    "rule.wait_days": "等待 {n} 天",
    "rule.then": "{trigger} → {action}",
    "rule.action.send_email": "发送邮件",
    "rule.action.send_sms": "发送短信",
    "rule.action.send_wechat": "发送微信消息",
    "rule.action.app_push": "App 推送",
    "rule.action.assign_to_sales": "分配给销售",
    "rule.action.add_to_nurture": "加入培育流程",
    "rule.action.create_task": "创建任务",
    "rule.action.custom": "自定义动作",
    "rule.segment": "对象：{text}",
    "rule.content": "内容：{text}",
    "rule.goal": "目标：{text}",
    "rule.personal_data": "个人信息：{n} 项",
    "legal.consent": "同意",
    "legal.contract": "合同",
    "legal.legitimate_interest": "正当利益",
    "legal.legal_obligation": "法定义务",
    "legal.missing": "无法律依据",
    "ab.badge": "A/B",
    "ab.named": "{name}：{rates}",
    "ab.wins": "{variant} 胜出 {lift}（{p}）",
    "ab.no_winner": "暂无胜出者",
    "ab.no_winner_p": "暂无胜出者（{p}）",
    "funnel.title": "漏斗",
    "funnel.overall": "总转化 {rate}",
    "funnel.legend": "→ 转化 · − 流失",
    "funnel.roi": "{channel}：ROI {roi}",
    "funnel.cpa": "获客成本 {amount}",
    "funnel.total": "所有渠道",
}

_TABLES = {"en": _EN, "zh": _ZH}


def export_language(requested: str, map_language: str) -> str:
    """'zh' or 'en': the requested language, or (when empty) the map's own."""
    chosen = (requested or map_language or "en").lower()
    return "zh" if chosen.startswith("zh") else "en"


def words(language: str) -> Mapping[str, str]:
    return _TABLES["zh" if language.lower().startswith("zh") else "en"]


def layout_labels(language: str) -> dict[str, str]:
    if language.lower().startswith("zh"):
        return {**DEFAULT_LABELS, **_LAYOUT_ZH}
    return dict(DEFAULT_LABELS)


def format_date(day: date, language: str) -> str:
    """`2026-11-01` in English, `2026年11月1日` in Chinese."""
    if language.lower().startswith("zh"):
        return f"{day.year}年{day.month}月{day.day}日"
    return day.isoformat()


def mood_word(mood: float, language: str) -> str:
    """What a face means: `mood` from 0 (the bottom of the scale) to 1 (the top)."""
    if mood <= 0.0:
        key = "mood_very_negative"
    elif mood < 0.4:
        key = "mood_negative"
    elif mood <= 0.6:
        key = "mood_neutral"
    elif mood < 1.0:
        key = "mood_positive"
    else:
        key = "mood_very_positive"
    return words(language)[key]
