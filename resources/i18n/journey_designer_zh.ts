<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ABResults</name>
    <message>
        <source>A/B tests</source>
        <translation>A/B 测试</translation>
    </message>
    <message>
        <source>Add an A/B test to a touchpoint in the inspector</source>
        <translation>在检查器中为触点添加 A/B 测试</translation>
    </message>
    <message>
        <source>+ {count} more rows</source>
        <translation>+ 另有 {count} 行</translation>
    </message>
    <message>
        <source>Bars: conversion · whiskers: lift over the control, {level} interval</source>
        <translation>柱：转化率 · 须线：相对对照组的提升，{level} 区间</translation>
    </message>
    <message>
        <source>control</source>
        <translation>对照组</translation>
    </message>
</context>
<context>
    <name>ABTestEditor</name>
    <message>
        <source>Add A/B Test</source>
        <translation>添加 A/B 测试</translation>
    </message>
    <message>
        <source>Compare variants of this touchpoint</source>
        <translation>比较此触点的不同版本</translation>
    </message>
    <message>
        <source>e.g. Subject line</source>
        <translation>例如：邮件标题</translation>
    </message>
    <message>
        <source>A winner is named only when significant at this level</source>
        <translation>仅当在此置信水平下显著时才判定胜出者</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>曝光数</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>转化数</translation>
    </message>
    <message>
        <source>Add Variant</source>
        <translation>添加版本</translation>
    </message>
    <message>
        <source>Remove Variant</source>
        <translation>删除版本</translation>
    </message>
    <message>
        <source>Remove Test</source>
        <translation>删除测试</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>测试：</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>置信水平：</translation>
    </message>
    <message>
        <source>Rename A/B test</source>
        <translation>重命名 A/B 测试</translation>
    </message>
    <message>
        <source>Change A/B test confidence</source>
        <translation>修改 A/B 测试置信水平</translation>
    </message>
    <message>
        <source>Add A/B test</source>
        <translation>添加 A/B 测试</translation>
    </message>
    <message>
        <source>Remove A/B test</source>
        <translation>删除 A/B 测试</translation>
    </message>
    <message>
        <source>Add A/B variant</source>
        <translation>添加 A/B 版本</translation>
    </message>
    <message>
        <source>Remove A/B variant</source>
        <translation>删除 A/B 版本</translation>
    </message>
    <message>
        <source>Edit A/B variant</source>
        <translation>编辑 A/B 版本</translation>
    </message>
    <message>
        <source>Variant {name}: counts are whole numbers of 0 or more.</source>
        <translation>版本 {name}：数量必须是大于等于 0 的整数。</translation>
    </message>
    <message>
        <source>Variant {name}: {conversions} conversions cannot exceed the {seen} people who saw it.</source>
        <translation>版本 {name}：{conversions} 次转化不能多于看到它的 {seen} 人。</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Journey Designer</source>
        <translation>关于旅程设计器</translation>
    </message>
    <message>
        <source>Journey Designer</source>
        <translation>旅程设计器</translation>
    </message>
    <message>
        <source>Design customer journey maps: stages, lanes, cards and emotion curves, with survey data and print-ready PDF.</source>
        <translation>设计客户旅程地图：阶段、泳道、卡片和情绪曲线，配合问卷数据，并导出可直接印刷的 PDF。</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>许可证(&amp;L)…</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>使用的组件：</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Double-click a component to read its licence</source>
        <translation>双击组件可查看其许可证</translation>
    </message>
    <message>
        <source>Qt&apos;s default font</source>
        <translation>Qt 默认字体</translation>
    </message>
    <message>
        <source>the licence of the font installed on this computer</source>
        <translation>本机所装字体的许可证</translation>
    </message>
    <message>
        <source>Map font: {font} ({file}); licence: {licence}</source>
        <translation>地图字体：{font}（{file}）；许可证：{licence}</translation>
    </message>
</context>
<context>
    <name>AddLaneDialog</name>
    <message>
        <source>Add Lane</source>
        <translation>添加泳道</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>{folder}: {reason}</source>
        <translation>{folder}：{reason}</translation>
    </message>
    <message>
        <source>{folder}: another Journey Designer holds the recovery of this map</source>
        <translation>{folder}：另一个旅程设计器正在使用此地图的恢复文件</translation>
    </message>
    <message>
        <source>Autosave failed ({reason}). Save the map to keep your changes.</source>
        <translation>自动保存失败（{reason}）。请保存地图以保留更改。</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Unexpected error; the log has the details.</source>
        <translation>意外错误；详情见日志。</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>&amp;New Card</source>
        <translation>新建卡片(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit Card Text</source>
        <translation>编辑卡片文本(&amp;E)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Cards</source>
        <translation>创建卡片副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete Cards</source>
        <translation>删除卡片(&amp;D)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All Cards</source>
        <translation>全选卡片(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>Add a card next to the selected card or in the cell</source>
        <translation>在所选卡片旁或单元格中添加卡片</translation>
    </message>
    <message>
        <source>Type the card&apos;s title and text on the card</source>
        <translation>直接在卡片上输入标题和文本</translation>
    </message>
    <message>
        <source>Copy the selected cards, also as text for a mail</source>
        <translation>复制所选卡片，同时复制为可用于邮件的文本</translation>
    </message>
</context>
<context>
    <name>CardClipboard</name>
    <message numerus="yes">
        <source>Copied %n card(s)</source>
        <translation>
            <numerusform>已复制 %n 张卡片</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut Cards</source>
        <translation>剪切卡片</translation>
    </message>
    <message>
        <source>Cannot paste: {reason}</source>
        <translation>无法粘贴：{reason}</translation>
    </message>
    <message>
        <source>The clipboard holds no cards or text to paste</source>
        <translation>剪贴板中没有可粘贴的卡片或文本</translation>
    </message>
    <message>
        <source>Paste Cards</source>
        <translation>粘贴卡片</translation>
    </message>
</context>
<context>
    <name>CardEditSessions</name>
    <message>
        <source>Edit Card Text</source>
        <translation>编辑卡片文本</translation>
    </message>
    <message>
        <source>Add Card</source>
        <translation>添加卡片</translation>
    </message>
</context>
<context>
    <name>CardEditing</name>
    <message>
        <source>Add a card to this cell</source>
        <translation>向此单元格添加卡片</translation>
    </message>
    <message>
        <source>Move Cards</source>
        <translation>移动卡片</translation>
    </message>
    <message>
        <source>The map has no lane for cards</source>
        <translation>地图中没有可放置卡片的泳道</translation>
    </message>
    <message>
        <source>Delete Cards</source>
        <translation>删除卡片</translation>
    </message>
    <message>
        <source>Duplicate Cards</source>
        <translation>创建卡片副本</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>Lane default</source>
        <translation>泳道默认</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. VIP, mobile</source>
        <translation>以逗号分隔，例如 VIP, 移动端</translation>
    </message>
    <message>
        <source>Team or person</source>
        <translation>团队或个人</translation>
    </message>
    <message>
        <source>e.g. Marketing</source>
        <translation>例如：市场部</translation>
    </message>
    <message>
        <source>&lt;b&gt;Automation rule&lt;/b&gt;</source>
        <translation>&lt;b&gt;自动化规则&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;A/B test&lt;/b&gt;</source>
        <translation>&lt;b&gt;A/B 测试&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Metrics:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes; not shown on the card</source>
        <translation>引导师备注；不在卡片上显示</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文本：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>链接：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Votes:</source>
        <translation>票数：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Edit card title</source>
        <translation>编辑卡片标题</translation>
    </message>
    <message>
        <source>Edit card text</source>
        <translation>编辑卡片文本</translation>
    </message>
    <message>
        <source>Change card colour</source>
        <translation>更改卡片颜色</translation>
    </message>
    <message>
        <source>Edit card tags</source>
        <translation>编辑卡片标签</translation>
    </message>
    <message>
        <source>Change card channel</source>
        <translation>更改卡片渠道</translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation>更改严重程度</translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation>更改优先级</translation>
    </message>
    <message>
        <source>Edit card owner</source>
        <translation>编辑卡片负责人</translation>
    </message>
    <message>
        <source>Edit card department</source>
        <translation>编辑卡片部门</translation>
    </message>
    <message>
        <source>Edit card link</source>
        <translation>编辑卡片链接</translation>
    </message>
    <message>
        <source>Edit card notes</source>
        <translation>编辑卡片备注</translation>
    </message>
    <message>
        <source>&lt;b&gt;Card&lt;/b&gt; in {lane} · {stage}</source>
        <translation>&lt;b&gt;卡片&lt;/b&gt;位于 {lane} · {stage}</translation>
    </message>
</context>
<context>
    <name>ChannelField</name>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>线下</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>无渠道</translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Several colours</source>
        <translation>多种颜色</translation>
    </message>
    <message>
        <source>Choose a Colour</source>
        <translation>选择颜色</translation>
    </message>
</context>
<context>
    <name>CurveEditing</name>
    <message>
        <source>Edit Label</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <source>Remove Point</source>
        <translation>删除点</translation>
    </message>
    <message>
        <source>Add Point to “{curve}”</source>
        <translation>向“{curve}”添加点</translation>
    </message>
    <message>
        <source>Add Point on Touchpoint</source>
        <translation>在触点上添加点</translation>
    </message>
    <message>
        <source>Add Points To</source>
        <translation>添加点到</translation>
    </message>
    <message>
        <source>Add As-is Curve</source>
        <translation>添加现状曲线</translation>
    </message>
    <message>
        <source>Add To-be Curve</source>
        <translation>添加目标曲线</translation>
    </message>
    <message>
        <source>Add As-is Curve for “{name}”</source>
        <translation>为“{name}”添加现状曲线</translation>
    </message>
    <message>
        <source>Add To-be Curve for “{name}”</source>
        <translation>为“{name}”添加目标曲线</translation>
    </message>
    <message>
        <source>This value was measured (n={n}) from survey data; it cannot be dragged.</source>
        <translation>此数值来自调研数据的测量结果（n={n}），无法拖动。</translation>
    </message>
    <message>
        <source>Move Emotion Point</source>
        <translation>移动情绪点</translation>
    </message>
    <message>
        <source>Add a persona first: a curve belongs to a persona.</source>
        <translation>请先添加人物角色：曲线需归属于某个人物角色。</translation>
    </message>
    <message>
        <source>“{curve}” has a point in this stage already: drag it to change it.</source>
        <translation>“{curve}”在此阶段已有一个点：拖动该点即可修改。</translation>
    </message>
    <message>
        <source>Add Emotion Point</source>
        <translation>添加情绪点</translation>
    </message>
    <message>
        <source>Remove Emotion Point</source>
        <translation>删除情绪点</translation>
    </message>
    <message>
        <source>Edit Point Label</source>
        <translation>编辑点标签</translation>
    </message>
    <message>
        <source>Add Curve</source>
        <translation>添加曲线</translation>
    </message>
    <message>
        <source>Click in the emotion lane to add the points of “{curve}”.</source>
        <translation>在情绪曲线泳道中单击，为“{curve}”添加点。</translation>
    </message>
</context>
<context>
    <name>DashboardDock</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
</context>
<context>
    <name>DotVoting</name>
    <message>
        <source>Dot &amp;Voting</source>
        <translation>点投票(&amp;V)</translation>
    </message>
    <message>
        <source>Click a pain point or opportunity to add a vote; Shift+click takes one back</source>
        <translation>单击痛点或机会点投一票；Shift+单击撤回一票</translation>
    </message>
    <message>
        <source>&amp;Top Voted…</source>
        <translation>得票排行(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Reset Votes</source>
        <translation>重置投票(&amp;R)</translation>
    </message>
    <message>
        <source>Dot voting: click a pain point or opportunity · Shift+click takes a vote back · V ends</source>
        <translation>点投票：单击痛点或机会点 · Shift+单击撤回一票 · 按 V 结束</translation>
    </message>
    <message>
        <source>(untitled card)</source>
        <translation>（未命名卡片）</translation>
    </message>
    <message>
        <source>Only pain points and opportunities take votes; “{card}” is in {lane}.</source>
        <translation>只有痛点和机会点可以投票；“{card}”位于{lane}。</translation>
    </message>
    <message>
        <source>“{card}” has no votes to take back.</source>
        <translation>“{card}”没有可撤回的票。</translation>
    </message>
    <message>
        <source>Take Back a Vote</source>
        <translation>撤回一票</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message numerus="yes">
        <source>“{card}”: %n vote(s)</source>
        <translation>
            <numerusform>“{card}”：%n 票</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no votes to reset.</source>
        <translation>没有可重置的投票。</translation>
    </message>
    <message>
        <source>Reset Votes</source>
        <translation>重置投票</translation>
    </message>
    <message>
        <source>All votes reset ({undo} brings them back).</source>
        <translation>已重置所有投票（按 {undo} 可恢复）。</translation>
    </message>
</context>
<context>
    <name>EmotionVsSatisfaction</name>
    <message>
        <source>Emotion curve and measured satisfaction</source>
        <translation>情绪曲线与实测满意度</translation>
    </message>
    <message>
        <source>Draw the emotion curve on the map, or import a survey (Map ▸ Import Survey…)</source>
        <translation>在旅程图上绘制情绪曲线，或导入问卷（旅程图 ▸ 导入问卷…）</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估计</translation>
    </message>
    <message>
        <source>no survey yet</source>
        <translation>尚无问卷</translation>
    </message>
</context>
<context>
    <name>ExcelExport</name>
    <message>
        <source>Export Cards and &amp;Metrics to Excel…</source>
        <translation>导出卡片和指标到 Excel(&amp;M)…</translation>
    </message>
    <message>
        <source>A workbook with every card and metric, for analysis in a spreadsheet</source>
        <translation>包含所有卡片和指标的工作簿，便于在电子表格中分析</translation>
    </message>
    <message>
        <source>Export Cards and Metrics</source>
        <translation>导出卡片和指标</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation>已导出到 {file}。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the map as a PDF, an image or an outline</source>
        <translation>把旅程图导出为 PDF、图片或大纲</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export “{title}”</source>
        <translation>导出“{title}”</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>SVG picture</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>Markdown outline</source>
        <translation>Markdown 大纲</translation>
    </message>
    <message>
        <source>A vector picture of the whole map, sized in points; its text stays text.</source>
        <translation>整张旅程图的矢量图，以点为单位；文字保持为文字。</translation>
    </message>
    <message>
        <source>The map&apos;s content as a Markdown outline: the personas, then stage by stage each lane&apos;s cards and the emotion values.</source>
        <translation>以 Markdown 大纲呈现旅程图内容：先是用户画像，然后按阶段列出各泳道的卡片和情绪值。</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>This page does not work: {reason}</source>
        <translation>此页面设置不可用：{reason}</translation>
    </message>
    <message>
        <source>Sheet {number}</source>
        <translation>第 {number} 张</translation>
    </message>
    <message>
        <source>choose a larger page, the other orientation or Tile.</source>
        <translation>请选择更大的纸张、另一种方向或拼贴。</translation>
    </message>
    <message>
        <source>choose a larger page, Tile or One stage per sheet.</source>
        <translation>请选择更大的纸张、拼贴或每阶段一张。</translation>
    </message>
    <message>
        <source>The smallest text prints at {size} pt, below {limit} pt: {advice}</source>
        <translation>最小的文字只有 {size} pt，小于 {limit} pt：{advice}</translation>
    </message>
    <message>
        <source>{count} sheets: a larger page or Fit needs fewer.</source>
        <translation>共 {count} 张：更大的纸张或“适应一页”需要的更少。</translation>
    </message>
    <message>
        <source>Map sheets: {count}</source>
        <translation>地图页数：{count}</translation>
    </message>
    <message>
        <source> ({rows} rows × {columns} columns)</source>
        <translation>（{rows} 行 × {columns} 列）</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} 像素</translation>
    </message>
    <message>
        <source>Too large: at most {limit} megapixels. Choose {dpi} dpi or lower.</source>
        <translation>太大：最多 {limit} 百万像素。请选择 {dpi} dpi 或更低。</translation>
    </message>
    <message>
        <source>… and {count} more lines</source>
        <translation>… 另有 {count} 行</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Markdown outlines (*.md)</source>
        <translation>Markdown 大纲 (*.md)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Exported {file} (%n page(s)).</source>
        <translation>
            <numerusform>已导出 {file}（%n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {file}.</source>
        <translation>已导出 {file}。</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>已取消导出。</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Journey maps (*{suffix});;All files (*)</source>
        <translation>旅程地图 (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Cannot Create Map</source>
        <translation>无法新建地图</translation>
    </message>
    <message>
        <source>Open Map</source>
        <translation>打开地图</translation>
    </message>
    <message>
        <source>Cannot Open Map</source>
        <translation>无法打开地图</translation>
    </message>
    <message>
        <source>Save Map As</source>
        <translation>地图另存为</translation>
    </message>
    <message>
        <source>Cannot Save Map</source>
        <translation>无法保存地图</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>关闭前是否保存对“{name}”的更改？</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the survey file</source>
        <translation>选择问卷文件</translation>
    </message>
    <message>
        <source>An export from Qualtrics, SurveyMonkey, Google Forms, Microsoft Forms, Typeform, 问卷星 or any spreadsheet.</source>
        <translation>Qualtrics、SurveyMonkey、Google 表单、Microsoft Forms、Typeform、问卷星的导出文件，或任何电子表格。</translation>
    </message>
    <message>
        <source>A .xlsx, .xls, .ods, .csv or .tsv file</source>
        <translation>.xlsx、.xls、.ods、.csv 或 .tsv 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>已取消读取。</translation>
    </message>
    <message>
        <source>Choose Survey File</source>
        <translation>选择问卷文件</translation>
    </message>
    <message>
        <source>Survey exports ({extensions});;All files (*)</source>
        <translation>问卷导出文件 ({extensions});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>{file}: {rows} rows × {columns} columns read.</source>
        <translation>{file}：已读取 {rows} 行 × {columns} 列。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Find on cards</source>
        <translation>在卡片中查找</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配结果</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} / {total}</translation>
    </message>
</context>
<context>
    <name>FontNotice</name>
    <message>
        <source>No Chinese font was found, so Chinese text shows as empty boxes on the map and in exported PDFs. Install a Chinese TrueType font (on Debian or Ubuntu: sudo apt install fonts-wqy-microhei) and restart Journey Designer, or choose a Chinese .ttf or .ttc font file now.</source>
        <translation>未找到中文字体，地图和导出的 PDF 中的中文会显示为空白方框。请安装中文 TrueType 字体（Debian 或 Ubuntu：sudo apt install fonts-wqy-microhei）后重新启动旅程设计器，或者现在选择一个中文 .ttf 或 .ttc 字体文件。</translation>
    </message>
    <message>
        <source>No Chinese font: Chinese text shows as boxes (install fonts-wqy-microhei)</source>
        <translation>缺少中文字体：中文显示为方框（请安装 fonts-wqy-microhei）</translation>
    </message>
    <message>
        <source>No Chinese Font</source>
        <translation>缺少中文字体</translation>
    </message>
    <message>
        <source>Choose Font File…</source>
        <translation>选择字体文件…</translation>
    </message>
    <message>
        <source>Choose a Chinese Font</source>
        <translation>选择中文字体</translation>
    </message>
    <message>
        <source>TrueType fonts (*.ttf *.ttc);;All files (*)</source>
        <translation>TrueType 字体 (*.ttf *.ttc);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Unusable Font</source>
        <translation>无法使用该字体</translation>
    </message>
    <message>
        <source>{name} is not a TrueType font with Chinese characters. OpenType (.otf) fonts such as Noto CJK cannot be embedded in PDFs; choose a .ttf or .ttc font.</source>
        <translation>{name} 不是包含中文字符的 TrueType 字体。Noto CJK 等 OpenType（.otf）字体无法嵌入 PDF，请选择 .ttf 或 .ttc 字体。</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>Add funnel counts in Map ▸ Funnel and Costs…</source>
        <translation>在“旅程图 ▸ 漏斗和成本…”中添加漏斗数据</translation>
    </message>
    <message>
        <source>+ {count} more steps</source>
        <translation>+ 另有 {count} 步</translation>
    </message>
    <message>
        <source>Overall {rate} · right: conversion from the step before</source>
        <translation>总转化 {rate} · 右侧：相对上一步的转化率</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>FunnelCostsDialog</name>
    <message>
        <source>Funnel and Costs</source>
        <translation>漏斗和成本</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation>获客数</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Cost per acq.</source>
        <translation>获客成本</translation>
    </message>
    <message>
        <source>Import from Spreadsheet…</source>
        <translation>从电子表格导入…</translation>
    </message>
    <message>
        <source>Computed from the rows; not typed</source>
        <translation>由各行计算得出，不可输入</translation>
    </message>
    <message>
        <source>Counts per funnel step and what each channel cost and brought. Conversion and ROI are computed; blank counts are not known.</source>
        <translation>各漏斗步骤的数量，以及每个渠道的成本和带来的收入。转化率和 ROI 自动计算；空白数量表示未知。</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>Channel costs</source>
        <translation>渠道成本</translation>
    </message>
    <message>
        <source>a count is a whole number of 0 or more</source>
        <translation>数量必须是大于等于 0 的整数</translation>
    </message>
    <message>
        <source>an amount is a number of 0 or more</source>
        <translation>金额必须是大于等于 0 的数字</translation>
    </message>
    <message>
        <source>name the step</source>
        <translation>请为步骤命名</translation>
    </message>
    <message>
        <source>a cost is a number of 0 or more</source>
        <translation>成本必须是大于等于 0 的数字</translation>
    </message>
    <message>
        <source>revenue is a number of 0 or more</source>
        <translation>收入必须是大于等于 0 的数字</translation>
    </message>
    <message>
        <source>acquisitions are a whole number of 0 or more</source>
        <translation>获客数必须是大于等于 0 的整数</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>name the channel</source>
        <translation>请填写渠道名称</translation>
    </message>
    <message>
        <source>{table} row {row}: {problem}.</source>
        <translation>{table} 第 {row} 行：{problem}。</translation>
    </message>
    <message>
        <source>Overall conversion: {rate}</source>
        <translation>总转化率：{rate}</translation>
    </message>
    <message>
        <source>Overall conversion needs two known counts.</source>
        <translation>计算总转化率需要两个已知数量。</translation>
    </message>
    <message>
        <source>{currency}: cost {cost}, revenue {revenue}, ROI {roi}</source>
        <translation>{currency}：成本 {cost}，收入 {revenue}，ROI {roi}</translation>
    </message>
    <message>
        <source>no currency</source>
        <translation>无货币</translation>
    </message>
    <message>
        <source>Totals: {totals}</source>
        <translation>合计：{totals}</translation>
    </message>
    <message>
        <source>Import Funnel and Costs</source>
        <translation>导入漏斗和成本</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>{n} funnel steps</source>
        <translation>{n} 个漏斗步骤</translation>
    </message>
    <message>
        <source>{n} cost rows</source>
        <translation>{n} 行成本</translation>
    </message>
    <message>
        <source>Imported {what} from {name}; press OK to apply.</source>
        <translation>已从 {name} 导入{what}；按“确定”应用。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>Edit funnel and costs</source>
        <translation>编辑漏斗和成本</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Journey Designer User Guide</source>
        <translation>旅程设计器用户指南</translation>
    </message>
</context>
<context>
    <name>HelpCommands</name>
    <message>
        <source>Show &amp;Tour</source>
        <translation>新手导览(&amp;T)</translation>
    </message>
    <message>
        <source>Five steps: add a card, move it, draw the emotion curve, import, export</source>
        <translation>五步：添加卡片、移动卡片、绘制情绪曲线、导入问卷、导出 PDF</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>How to use Journey Designer, step by step</source>
        <translation>一步一步学习使用旅程设计器</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Map as opened</source>
        <translation>打开时的地图</translation>
    </message>
</context>
<context>
    <name>ImageForm</name>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>透明背景(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Map Properties…</source>
        <translation>地图属性…</translation>
    </message>
    <message>
        <source>{count} stages and lanes selected. Select one, or cards, to edit.</source>
        <translation>已选择 {count} 个阶段和泳道。请只选择一个，或选择卡片进行编辑。</translation>
    </message>
    <message>
        <source>Select a card, a stage or a lane on the map to see and edit its fields here.</source>
        <translation>在地图上选择卡片、阶段或泳道，即可在此查看和编辑其属性。</translation>
    </message>
</context>
<context>
    <name>LaneForm</name>
    <message>
        <source>Shown on the map</source>
        <translation>在地图上显示</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Visible:</source>
        <translation>可见：</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>重命名泳道</translation>
    </message>
    <message>
        <source>Change lane kind</source>
        <translation>更改泳道类型</translation>
    </message>
    <message>
        <source>Show lane</source>
        <translation>显示泳道</translation>
    </message>
    <message>
        <source>Hide lane</source>
        <translation>隐藏泳道</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lane&lt;/b&gt;</source>
        <translation>&lt;b&gt;泳道&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>LaneKinds</name>
    <message>
        <source>Customer actions</source>
        <translation>用户行为</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>用户想法</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>感受</translation>
    </message>
    <message>
        <source>Emotional journey</source>
        <translation>情绪曲线</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>机会点</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>后台支撑</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>营销自动化</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>情绪曲线</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>LinkField</name>
    <message>
        <source>The card has no link to open.</source>
        <translation>此卡片没有可打开的链接。</translation>
    </message>
    <message>
        <source>“{link}” is not a web address.</source>
        <translation>“{link}”不是网址。</translation>
    </message>
    <message>
        <source>“{link}” is not a file on this computer.</source>
        <translation>“{link}”不是本机上的文件。</translation>
    </message>
    <message>
        <source>Only web (http, https) and file links open; not “{scheme}:”.</source>
        <translation>只能打开网页（http、https）和文件链接，不能打开“{scheme}:”。</translation>
    </message>
    <message>
        <source>Save the map first: “{path}” is read from its folder.</source>
        <translation>请先保存旅程图：“{path}”需从其所在文件夹读取。</translation>
    </message>
    <message>
        <source>No file at {path}.</source>
        <translation>{path} 处没有文件。</translation>
    </message>
    <message>
        <source>https://… or a file path</source>
        <translation>https://… 或文件路径</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the link in the browser or the file&apos;s app</source>
        <translation>在浏览器或对应应用中打开链接</translation>
    </message>
    <message>
        <source>Nothing on this computer opens {link}.</source>
        <translation>本机上没有可以打开 {link} 的程序。</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New from Template…</source>
        <translation>从模板新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;About Journey Designer</source>
        <translation>关于旅程设计器(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Start a new map from one of the bundled templates</source>
        <translation>从内置模板新建地图</translation>
    </message>
    <message>
        <source>Open a journey map file</source>
        <translation>打开旅程地图文件</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>保存地图</translation>
    </message>
    <message>
        <source>Save the map under a new name</source>
        <translation>以新的文件名保存地图</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>显示整张地图</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>地图(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Map font: {font}</source>
        <translation>地图字体：{font}</translation>
    </message>
    <message>
        <source>{name}[*] — Journey Designer</source>
        <translation>{name}[*] — 旅程设计器</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>缩放 {percent}%</translation>
    </message>
</context>
<context>
    <name>MapDocument</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>MapLabels</name>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>低优先级</translation>
    </message>
    <message>
        <source>Medium priority</source>
        <translation>中优先级</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>高优先级</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>官网</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Ads</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>网络研讨会</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>视频通话</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>电商平台</translation>
    </message>
    <message>
        <source>Review site</source>
        <translation>点评网站</translation>
    </message>
    <message>
        <source>Support portal</source>
        <translation>帮助中心</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Call centre</source>
        <translation>呼叫中心</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>服务台</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷品</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Measured (survey)</source>
        <translation>实测（问卷）</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Cart abandoned</source>
        <translation>放弃购物车</translation>
    </message>
    <message>
        <source>Browsed without buying</source>
        <translation>浏览未购买</translation>
    </message>
    <message>
        <source>No purchase in {n} days</source>
        <translation>{n} 天未购买</translation>
    </message>
    <message>
        <source>Renewal due in {n} days</source>
        <translation>{n} 天后到期续约</translation>
    </message>
    <message>
        <source>Lead score ≥ {n}</source>
        <translation>线索评分 ≥ {n}</translation>
    </message>
    <message>
        <source>Attended an event</source>
        <translation>参加活动</translation>
    </message>
    <message>
        <source>Form submitted</source>
        <translation>提交表单</translation>
    </message>
    <message>
        <source>Custom trigger</source>
        <translation>自定义触发条件</translation>
    </message>
    <message>
        <source>{trigger} ({condition})</source>
        <translation>{trigger}（{condition}）</translation>
    </message>
    <message>
        <source>wait {n} min</source>
        <translation>等待 {n} 分钟</translation>
    </message>
    <message>
        <source>wait {n} h</source>
        <translation>等待 {n} 小时</translation>
    </message>
    <message>
        <source>wait {n} d</source>
        <translation>等待 {n} 天</translation>
    </message>
    <message>
        <source>{trigger} → {action}</source>
        <translation>{trigger} → {action}</translation>
    </message>
    <message>
        <source>Send email</source>
        <translation>发送邮件</translation>
    </message>
    <message>
        <source>Send SMS</source>
        <translation>发送短信</translation>
    </message>
    <message>
        <source>Send WeChat message</source>
        <translation>发送微信消息</translation>
    </message>
    <message>
        <source>App push</source>
        <translation>App 推送</translation>
    </message>
    <message>
        <source>Assign to sales</source>
        <translation>分配给销售</translation>
    </message>
    <message>
        <source>Add to nurture track</source>
        <translation>加入培育流程</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>创建任务</translation>
    </message>
    <message>
        <source>Custom action</source>
        <translation>自定义动作</translation>
    </message>
    <message>
        <source>Who: {text}</source>
        <translation>对象：{text}</translation>
    </message>
    <message>
        <source>Content: {text}</source>
        <translation>内容：{text}</translation>
    </message>
    <message>
        <source>Goal: {text}</source>
        <translation>目标：{text}</translation>
    </message>
    <message>
        <source>Personal data: {n}</source>
        <translation>个人信息：{n} 项</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>正当利益</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>法定义务</translation>
    </message>
    <message>
        <source>No legal basis</source>
        <translation>无法律依据</translation>
    </message>
    <message>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <source>{name}: {rates}</source>
        <translation>{name}：{rates}</translation>
    </message>
    <message>
        <source>{variant} wins {lift} ({p})</source>
        <translation>{variant} 胜出 {lift}（{p}）</translation>
    </message>
    <message>
        <source>No winner yet</source>
        <translation>暂无胜出者</translation>
    </message>
    <message>
        <source>No winner yet ({p})</source>
        <translation>暂无胜出者（{p}）</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>Overall {rate}</source>
        <translation>总转化 {rate}</translation>
    </message>
    <message>
        <source>→ conversion · − drop-off</source>
        <translation>→ 转化 · − 流失</translation>
    </message>
    <message>
        <source>{channel}: ROI {roi}</source>
        <translation>{channel}：ROI {roi}</translation>
    </message>
    <message>
        <source>CPA {amount}</source>
        <translation>获客成本 {amount}</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有渠道</translation>
    </message>
</context>
<context>
    <name>MapPropertiesDialog</name>
    <message>
        <source>Map Properties</source>
        <translation>地图属性</translation>
    </message>
    <message>
        <source>Chinese (zh)</source>
        <translation>中文 (zh)</translation>
    </message>
    <message>
        <source>English (en)</source>
        <translation>英文 (en)</translation>
    </message>
    <message>
        <source>The language of the map&apos;s text: zh, en, or a tag like zh-TW</source>
        <translation>地图文本的语言：zh、en，或 zh-TW 等语言标签</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>每行一个</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <source>Emotion scale:</source>
        <translation>情绪刻度：</translation>
    </message>
    <message>
        <source>“{tag}” is not a language tag; use zh, en, zh-TW, …</source>
        <translation>“{tag}”不是语言标签；请使用 zh、en、zh-TW …</translation>
    </message>
    <message>
        <source>{count} emotion point(s) lie outside {scale}. Change those points first, or keep the current scale.</source>
        <translation>有 {count} 个情绪点超出 {scale}。请先修改这些点，或保留当前刻度。</translation>
    </message>
    <message>
        <source>Edit map properties</source>
        <translation>编辑地图属性</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>对应各列</translation>
    </message>
    <message>
        <source>Ratings, Likert and NPS questions become metrics on their touchpoint and points of the emotion curve; free text gives quotes.</source>
        <translation>评分、李克特量表和 NPS 题成为对应触点上的指标和情绪曲线上的点；开放题给出用户原话。</translation>
    </message>
    <message>
        <source>Include &amp;personal data</source>
        <translation>包含个人信息(&amp;P)</translation>
    </message>
    <message>
        <source>Off: e-mail addresses and phone numbers inside comments are replaced. Personal columns (names, e-mails, IP addresses) are never imported.</source>
        <translation>关闭时：评论中的邮箱地址和电话号码会被替换。个人信息列（姓名、邮箱、IP 地址）永不导入。</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>反向</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>{skipped} left blank or not applicable</source>
        <translation>{skipped} 个空白或不适用</translation>
    </message>
    <message>
        <source>Personal ({kind}): not imported</source>
        <translation>个人信息（{kind}）：不导入</translation>
    </message>
    <message>
        <source>Names, e-mails, phone numbers and IP addresses never enter the map.</source>
        <translation>姓名、邮箱、电话号码和 IP 地址永远不会进入旅程图。</translation>
    </message>
    <message>
        <source>Higher answers are worse (an effort scale written that way)</source>
        <translation>分数越高越差（按此方式编写的费力度量表）</translation>
    </message>
</context>
<context>
    <name>Marketing</name>
    <message>
        <source>&amp;Funnel and Costs…</source>
        <translation>漏斗和成本(&amp;F)…</translation>
    </message>
    <message>
        <source>Counts per funnel step and costs per channel; conversion and ROI</source>
        <translation>各漏斗步骤的数量和各渠道成本；转化率和 ROI</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>Charts of the funnel, emotions, NPS and CSAT, ROI, pain points, A/B tests</source>
        <translation>漏斗、情绪、NPS 与 CSAT、ROI、痛点、A/B 测试的图表</translation>
    </message>
</context>
<context>
    <name>MarketingExport</name>
    <message>
        <source>Export Responsibility &amp;Table…</source>
        <translation>导出责任表(&amp;T)…</translation>
    </message>
    <message>
        <source>Who owns each touchpoint, pain point, opportunity and rule, as a workbook</source>
        <translation>每个触点、痛点、机会点和规则的负责人，导出为工作簿</translation>
    </message>
    <message>
        <source>Export Mar&amp;keting Workbook…</source>
        <translation>导出营销工作簿(&amp;K)…</translation>
    </message>
    <message>
        <source>Automation plan, touchpoint metrics and A/B tests, funnel and ROI, owners</source>
        <translation>自动化计划、触点指标与 A/B 测试、漏斗与 ROI、负责人</translation>
    </message>
    <message>
        <source>Export Responsibility Table</source>
        <translation>导出责任表</translation>
    </message>
    <message>
        <source>responsibilities</source>
        <translation>责任表</translation>
    </message>
    <message>
        <source>Export Marketing Workbook</source>
        <translation>导出营销工作簿</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation>已导出到 {file}。</translation>
    </message>
</context>
<context>
    <name>MarketingLabels</name>
    <message>
        <source>Signed up</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Cart abandoned</source>
        <translation>放弃购物车</translation>
    </message>
    <message>
        <source>Browsed without buying</source>
        <translation>浏览未购买</translation>
    </message>
    <message>
        <source>No purchase in N days</source>
        <translation>N 天未购买</translation>
    </message>
    <message>
        <source>Renewal due in N days</source>
        <translation>N 天后到期续约</translation>
    </message>
    <message>
        <source>Lead score at least N</source>
        <translation>线索评分至少为 N</translation>
    </message>
    <message>
        <source>Attended an event</source>
        <translation>参加活动</translation>
    </message>
    <message>
        <source>Submitted a form</source>
        <translation>提交了表单</translation>
    </message>
    <message>
        <source>Other (described below)</source>
        <translation>其他（在下方说明）</translation>
    </message>
    <message>
        <source>Send an email</source>
        <translation>发送邮件</translation>
    </message>
    <message>
        <source>Send an SMS</source>
        <translation>发送短信</translation>
    </message>
    <message>
        <source>Send a WeChat message</source>
        <translation>发送微信消息</translation>
    </message>
    <message>
        <source>App push notification</source>
        <translation>App 推送通知</translation>
    </message>
    <message>
        <source>Assign to sales</source>
        <translation>分配给销售</translation>
    </message>
    <message>
        <source>Add to a nurture track</source>
        <translation>加入培育流程</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>创建任务</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>（未说明）</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>正当利益</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>法定义务</translation>
    </message>
    <message>
        <source>{rate} ({conversions} of {n})</source>
        <translation>{rate}（{n} 人中 {conversions} 人）</translation>
    </message>
    <message>
        <source>control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>lift {lift}</source>
        <translation>提升 {lift}</translation>
    </message>
    <message>
        <source>({level} CI {low} to {high})</source>
        <translation>（{level} 置信区间 {low} 至 {high}）</translation>
    </message>
    <message>
        <source>p = {p}</source>
        <translation>p = {p}</translation>
    </message>
    <message>
        <source>Winner: {name}</source>
        <translation>胜出：{name}</translation>
    </message>
    <message>
        <source>Needs at least two variants</source>
        <translation>至少需要两个版本</translation>
    </message>
    <message>
        <source>A variant has no sample yet</source>
        <translation>有版本尚无样本</translation>
    </message>
    <message>
        <source>Not significant at {level}</source>
        <translation>在 {level} 下不显著</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>a custom page needs its width and height</source>
        <translation>自定义纸张需要宽度和高度</translation>
    </message>
    <message>
        <source>a custom page side must be {low:g}–{high:g} mm, not {side:g}</source>
        <translation>自定义纸张的边长必须在 {low:g}–{high:g} 毫米之间，而不是 {side:g}</translation>
    </message>
    <message>
        <source>unknown page size {size!r}</source>
        <translation>未知的纸张尺寸 {size!r}</translation>
    </message>
    <message>
        <source>the margin must be 0 mm or more, not {margin:g}</source>
        <translation>页边距必须不小于 0 毫米，而不是 {margin:g}</translation>
    </message>
    <message>
        <source>margins of {margin:g} mm leave no room on a {size} page</source>
        <translation>{margin:g} 毫米的页边距使 {size} 纸张上没有剩余空间</translation>
    </message>
    <message>
        <source>The smallest text prints at {size} pt, below a readable {limit} pt; choose a larger page, Tile or One stage per page.</source>
        <translation>最小的文字将印成 {size} 磅，低于可读的 {limit} 磅；请选择更大的纸张、“拼贴”或“每页一个阶段”。</translation>
    </message>
    <message>
        <source>The smallest text prints at {size} pt, below a readable {limit} pt; choose a larger page or Tile.</source>
        <translation>最小的文字将印成 {size} 磅，低于可读的 {limit} 磅；请选择更大的纸张或“拼贴”。</translation>
    </message>
    <message>
        <source>The poster needs {pages} sheets; a larger page needs fewer.</source>
        <translation>这张海报需要 {pages} 页纸；纸张越大，需要的页数越少。</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}. Any previous file is unchanged.</source>
        <translation>无法写入 {file}：{reason}。原有文件（如有）保持不变。</translation>
    </message>
    <message>
        <source>No Chinese TrueType font found, so the PDF cannot show Chinese text: install one (e.g. fonts-wqy-microhei) or choose a .ttf/.ttc file in Preferences.</source>
        <translation>未找到中文 TrueType 字体，PDF 无法显示中文：请安装一种（例如 fonts-wqy-microhei），或在偏好设置中选择一个 .ttf/.ttc 文件。</translation>
    </message>
    <message>
        <source>The font {font} cannot be embedded in a PDF: {reason}</source>
        <translation>字体 {font} 无法嵌入 PDF：{reason}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
    <message>
        <source>{file}: {problem} (and {count} more problems)</source>
        <translation>{file}：{problem}（另有 {count} 个问题）</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place}：{problem}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>not a text file (it holds binary data); is it a map?</source>
        <translation>不是文本文件（含有二进制数据）；这是地图文件吗？</translation>
    </message>
    <message>
        <source>not a Journey Designer map (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>不是旅程设计器的地图（没有 &quot;format&quot;: &quot;{format}&quot;）</translation>
    </message>
    <message>
        <source>missing or not a positive whole number</source>
        <translation>缺失，或不是正整数</translation>
    </message>
    <message>
        <source>cannot upgrade from version {version}: {reason}</source>
        <translation>无法从版本 {version} 升级：{reason}</translation>
    </message>
    <message>
        <source>written by a newer Journey Designer (schema version {version}; this version reads up to {supported}). Update Journey Designer to open it.</source>
        <translation>由较新版本的旅程设计器写入（格式版本 {version}；本版本最多支持 {supported}）。请更新旅程设计器后再打开。</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a map file</source>
        <translation>{path}：是文件夹，不是地图文件</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}：文件不存在</translation>
    </message>
    <message>
        <source>{path}: permission denied</source>
        <translation>{path}：没有访问权限</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>not valid JSON: the file ends too early (line {line}, column {column}); it may be truncated</source>
        <translation>不是有效的 JSON：文件提前结束（第 {line} 行，第 {column} 列），可能已被截断</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} (line {line}, column {column})</source>
        <translation>不是有效的 JSON：{reason}（第 {line} 行，第 {column} 列）</translation>
    </message>
    <message>
        <source>field required</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}. The previous file is unchanged.</source>
        <translation>无法保存 {file}：{reason}。原文件保持不变。</translation>
    </message>
    <message>
        <source>Could not create {folder}: {reason}</source>
        <translation>无法创建 {folder}：{reason}</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <source>{column}: its stage is no longer on the map</source>
        <translation>{column}：对应的阶段已不在地图上</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>{problem} (and {count} more)</source>
        <translation>{problem}（另有 {count} 处）</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>acquisitions</source>
        <translation>获客数</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet!r}: no funnel or costs table found; give a header row with Stage and Count (阶段, 数量) or Channel and Cost (渠道, 成本)</source>
        <translation>{file}，工作表 {sheet!r}：未找到漏斗表或成本表；请提供含“阶段、数量”（Stage, Count）或“渠道、成本”（Channel, Cost）的标题行</translation>
    </message>
    <message>
        <source>Row {row}: {what} {text!r} is not a number</source>
        <translation>第 {row} 行：{what} {text!r} 不是数字</translation>
    </message>
    <message>
        <source>Row {row}: {what} {text!r} must be a whole number of 0 or more</source>
        <translation>第 {row} 行：{what} {text!r} 必须是不小于 0 的整数</translation>
    </message>
    <message>
        <source>Row {row}: {what} {text!r} must be a number of 0 or more</source>
        <translation>第 {row} 行：{what} {text!r} 必须是不小于 0 的数字</translation>
    </message>
    <message>
        <source>Row {row}: no stage given</source>
        <translation>第 {row} 行：没有填写阶段</translation>
    </message>
    <message>
        <source>Row {row}: no stage number {text} on the map (1 to {last})</source>
        <translation>第 {row} 行：地图上没有第 {text} 个阶段（应为 1 到 {last}）</translation>
    </message>
    <message>
        <source>Row {row}: stage {text!r} could be {stages}</source>
        <translation>第 {row} 行：阶段 {text!r} 可能是 {stages}</translation>
    </message>
    <message>
        <source>Row {row}: no stage named {text!r} on the map</source>
        <translation>第 {row} 行：地图上没有名为 {text!r} 的阶段</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one} 或 {other}</translation>
    </message>
    <message>
        <source>Row {row}: no channel given</source>
        <translation>第 {row} 行：没有填写渠道</translation>
    </message>
    <message>
        <source>{where}: no touchpoint titled {title!r} on the map</source>
        <translation>{where}：地图上没有标题为 {title!r} 的触点</translation>
    </message>
    <message>
        <source>{where}: touchpoint {title!r} is in stage {other!r}, not {stage!r}</source>
        <translation>{where}：触点 {title!r} 位于阶段 {other!r}，而不是 {stage!r}</translation>
    </message>
    <message>
        <source>{file} has no {sheet!r} sheet: is it a mapping workbook written by Journey Designer?</source>
        <translation>{file} 没有 {sheet!r} 工作表：它是旅程设计器生成的映射工作簿吗？</translation>
    </message>
    <message>
        <source>{where}: persona {persona!r} has no answer beside it</source>
        <translation>{where}：用户画像 {persona!r} 旁边没有对应的答案</translation>
    </message>
    <message>
        <source>{where}: no persona named {persona!r} on the map</source>
        <translation>{where}：地图上没有名为 {persona!r} 的用户画像</translation>
    </message>
    <message>
        <source>defusedxml is missing: reinstall Journey Designer</source>
        <translation>缺少 defusedxml：请重新安装旅程设计器</translation>
    </message>
    <message>
        <source>Could not open {file}: {reason}</source>
        <translation>无法打开 {file}：{reason}</translation>
    </message>
    <message>
        <source>{file} is not an .xlsx workbook</source>
        <translation>{file} 不是 .xlsx 工作簿</translation>
    </message>
    <message>
        <source>{file} is too large for a mapping workbook</source>
        <translation>{file} 太大，不像映射工作簿</translation>
    </message>
    <message>
        <source>{file} is not an .xlsx workbook Journey Designer can read ({kind})</source>
        <translation>{file} 不是旅程设计器能读取的 .xlsx 工作簿（{kind}）</translation>
    </message>
    <message>
        <source>{sheet} sheet: row 1 has no {column!r} column</source>
        <translation>{sheet} 工作表：第 1 行没有 {column!r} 列</translation>
    </message>
    <message>
        <source>{where}: the Column cell (A, B, ...) is empty</source>
        <translation>{where}：“列”单元格（A、B……）为空</translation>
    </message>
    <message>
        <source>{where}: {letters!r} is not a column letter</source>
        <translation>{where}：{letters!r} 不是列字母</translation>
    </message>
    <message>
        <source>{where}: column {letters} is on row {other} too</source>
        <translation>{where}：列 {letters} 在第 {other} 行也出现了</translation>
    </message>
    <message>
        <source>{sheet} row {row}</source>
        <translation>{sheet} 第 {row} 行</translation>
    </message>
    <message>
        <source>{where}: no stage named {stage!r} on the map</source>
        <translation>{where}：地图上没有名为 {stage!r} 的阶段</translation>
    </message>
    <message>
        <source>{where}: scale min {low:g} is not below scale max {high:g}</source>
        <translation>{where}：量表最小值 {low:g} 不小于最大值 {high:g}</translation>
    </message>
    <message>
        <source>{where}: no survey column {text!r} on the {sheet} sheet</source>
        <translation>{where}：{sheet} 工作表中没有问卷列 {text!r}</translation>
    </message>
    <message>
        <source>{where}: {what} {text!r} is not one of {choices}</source>
        <translation>{where}：{what} {text!r} 不在可选值 {choices} 之中</translation>
    </message>
    <message>
        <source>{where}: {what} {text!r} is not yes or no</source>
        <translation>{where}：{what} {text!r} 不是“是”或“否”</translation>
    </message>
    <message>
        <source>{where}: {what} {text!r} is not a number</source>
        <translation>{where}：{what} {text!r} 不是数字</translation>
    </message>
    <message>
        <source>{where}: header rows {text!r} is not 0, 1, 2 or 3</source>
        <translation>{where}：标题行数 {text!r} 不是 0、1、2 或 3</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>RTF 文档</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>RAR 压缩包</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>gzip 压缩包</translation>
    </message>
    <message>
        <source>remove the password in Excel (File ▸ Info ▸ Protect Workbook) and import again</source>
        <translation>请在 Excel 中取消密码（文件 ▸ 信息 ▸ 保护工作簿）后重新导入</translation>
    </message>
    <message>
        <source>export the responses as .xlsx or .csv from the survey tool and import that file</source>
        <translation>请从问卷工具中将答卷导出为 .xlsx 或 .csv，再导入该文件</translation>
    </message>
    <message>
        <source>{file} is too large or malformed to read safely</source>
        <translation>{file} 过大或格式异常，无法安全读取</translation>
    </message>
    <message>
        <source>{file} is too large or malformed to read safely ({reason})</source>
        <translation>{file} 过大或格式异常，无法安全读取（{reason}）</translation>
    </message>
    <message>
        <source>{file} cannot be opened ({reason}); copy it to a folder you can read and import again</source>
        <translation>无法打开 {file}（{reason}）；请把它复制到有读取权限的文件夹后重新导入</translation>
    </message>
    <message>
        <source>{file} was not found; check the file name and folder</source>
        <translation>找不到 {file}；请检查文件名和文件夹</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file; choose the survey file inside it</source>
        <translation>{file} 是文件夹，不是文件；请选择其中的问卷文件</translation>
    </message>
    <message>
        <source>{file} is not a regular file; choose a saved survey export</source>
        <translation>{file} 不是普通文件；请选择已保存的问卷导出文件</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes); export it again from the survey tool</source>
        <translation>{file} 是空文件（0 字节）；请从问卷工具重新导出</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有访问权限</translation>
    </message>
    <message>
        <source>{file} is {what}, not a spreadsheet; {advice}</source>
        <translation>{file} 是{what}，不是电子表格；{advice}</translation>
    </message>
    <message>
        <source>{file} is an Apple Numbers file; in Numbers choose File ▸ Export To ▸ Excel or CSV and import the exported file</source>
        <translation>{file} 是 Apple Numbers 文件；请在 Numbers 中选择“文件 ▸ 导出为 ▸ Excel 或 CSV”，再导入导出的文件</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument 电子表格</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <source>{file} is damaged (not a complete {what}); export it again from the survey tool</source>
        <translation>{file} 已损坏（不是完整的{what}）；请从问卷工具重新导出</translation>
    </message>
    <message>
        <source>{file} is a zip archive, not an Excel or OpenDocument workbook; {advice}</source>
        <translation>{file} 是 zip 压缩包，不是 Excel 或 OpenDocument 工作簿；{advice}</translation>
    </message>
    <message>
        <source>{file} is password-protected; {advice}</source>
        <translation>{file} 设有密码保护；{advice}</translation>
    </message>
    <message>
        <source>{count:,} parts in the archive</source>
        <translation>压缩包内有 {count:,} 个部件</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet or a text (CSV) file; {advice}</source>
        <translation>{file} 既不是电子表格，也不是文本（CSV）文件；{advice}</translation>
    </message>
    <message>
        <source>{file} is a web page (HTML), not a spreadsheet; open it in Excel, save it as .xlsx and import that file</source>
        <translation>{file} 是网页（HTML），不是电子表格；请用 Excel 打开并另存为 .xlsx，再导入该文件</translation>
    </message>
    <message>
        <source>{file} is an Excel 2003 XML spreadsheet; open it in Excel, save it as .xlsx and import that file</source>
        <translation>{file} 是 Excel 2003 XML 电子表格；请用 Excel 打开并另存为 .xlsx，再导入该文件</translation>
    </message>
    <message>
        <source>{file} is a text (tab-separated) file with an {suffix} name; rename it to {new_name} and import again</source>
        <translation>{file} 是文本（制表符分隔）文件，却以 {suffix} 命名；请改名为 {new_name} 后重新导入</translation>
    </message>
    <message>
        <source>{file} is a text (CSV) file with an {suffix} name; rename it to {new_name} and import again</source>
        <translation>{file} 是文本（CSV）文件，却以 {suffix} 命名；请改名为 {new_name} 后重新导入</translation>
    </message>
    <message>
        <source>a part expands {ratio:,} times, like a zip bomb</source>
        <translation>某个部件解压后膨胀 {ratio:,} 倍，像是压缩炸弹</translation>
    </message>
    <message>
        <source>{megabytes:,.0f} MB of shared text</source>
        <translation>共享文本达 {megabytes:,.0f} MB</translation>
    </message>
    <message>
        <source>{gigabytes:,.1f} GB uncompressed</source>
        <translation>解压后达 {gigabytes:,.1f} GB</translation>
    </message>
    <message>
        <source>a sheet spans {cells:,} cells but holds far fewer</source>
        <translation>某个工作表跨越 {cells:,} 个单元格，实际内容却少得多</translation>
    </message>
    <message>
        <source>its repeated text expands to {gigabytes:,.1f} GB</source>
        <translation>其重复文本展开后达 {gigabytes:,.1f} GB</translation>
    </message>
    <message>
        <source>{file} has no rows; export the responses again from the survey tool</source>
        <translation>{file} 没有任何行；请从问卷工具重新导出答卷</translation>
    </message>
    <message>
        <source>{file} has no sheet named &apos;{sheet}&apos;; choose one of its sheets: {sheets}</source>
        <translation>{file} 中没有名为“{sheet}”的工作表；请从这些工作表中选择：{sheets}</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; in {file} is empty; choose a sheet with responses (sheets: {sheets})</source>
        <translation>{file} 中的工作表“{sheet}”是空的；请选择有答卷的工作表（工作表：{sheets}）</translation>
    </message>
    <message>
        <source>{file} has no responses: every sheet is empty (sheets: {sheets}); export it again from the survey tool</source>
        <translation>{file} 没有答卷：所有工作表都是空的（工作表：{sheets}）；请从问卷工具重新导出</translation>
    </message>
    <message>
        <source>{file} is damaged or malformed (its XML cannot be read safely); export it again from the survey tool</source>
        <translation>{file} 已损坏或格式异常（其 XML 无法安全读取）；请从问卷工具重新导出</translation>
    </message>
    <message>
        <source>{file} could not be read because of an unexpected error in the reader (details are in the log); export it again as .xlsx or .csv</source>
        <translation>读取器出现意外错误，无法读取 {file}（详情见日志）；请重新导出为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>a cell holds {length:,} characters</source>
        <translation>某个单元格含有 {length:,} 个字符</translation>
    </message>
    <message>
        <source>a cell holds more than {limit:,} characters</source>
        <translation>某个单元格超过 {limit:,} 个字符</translation>
    </message>
    <message>
        <source>{file} is not text in UTF-8, UTF-16 or GB18030; save it again as CSV UTF-8 (in Excel: File ▸ Save As ▸ CSV UTF-8) and import again</source>
        <translation>{file} 不是 UTF-8、UTF-16 或 GB18030 编码的文本；请另存为 CSV UTF-8（在 Excel 中：文件 ▸ 另存为 ▸ CSV UTF-8）后重新导入</translation>
    </message>
    <message>
        <source>{file} is not a well-formed CSV file (line {line}: {reason}); export it again from the survey tool</source>
        <translation>{file} 不是格式正确的 CSV 文件（第 {line} 行：{reason}）；请从问卷工具重新导出</translation>
    </message>
    <message>
        <source>{file} has a row with {width:,} fields (more than Excel&apos;s {limit:,} columns); it is not a survey table</source>
        <translation>{file} 有一行含 {width:,} 个字段（超过 Excel 的 {limit:,} 列上限），不是问卷表格</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}. The previous file is unchanged.</source>
        <translation>无法写入 {file}：{reason}。原文件保持不变。</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}.</source>
        <translation>无法写入 {file}：{reason}。</translation>
    </message>
    <message>
        <source>no language {language!r}; use one of: {known}</source>
        <translation>没有语言 {language!r}；请使用以下之一：{known}</translation>
    </message>
    <message>
        <source>no template {template!r}; known templates: {known}</source>
        <translation>没有模板 {template!r}；可用的模板：{known}</translation>
    </message>
    <message>
        <source>Choose a resolution from {low} to {high} dpi.</source>
        <translation>请选择 {low} 到 {high} dpi 之间的分辨率。</translation>
    </message>
    <message>
        <source>choose {dpi} dpi or lower</source>
        <translation>请选择 {dpi} dpi 或更低</translation>
    </message>
    <message>
        <source>export a PDF instead</source>
        <translation>请改为导出 PDF</translation>
    </message>
    <message>
        <source>A {width:,} × {height:,} pixel image ({megapixels:,.0f} megapixels) is too large to export (at most {limit} megapixels): {advice}.</source>
        <translation>{width:,} × {height:,} 像素的图片（{megapixels:,.0f} 百万像素）太大，无法导出（最多 {limit} 百万像素）：{advice}。</translation>
    </message>
    <message>
        <source>Not enough memory for a {width:,} × {height:,} pixel image: choose a lower resolution.</source>
        <translation>内存不足，无法生成 {width:,} × {height:,} 像素的图片：请选择较低的分辨率。</translation>
    </message>
    <message>
        <source>Could not encode the PNG image: {reason}.</source>
        <translation>无法编码 PNG 图片：{reason}。</translation>
    </message>
    <message>
        <source>Could not start the SVG drawing.</source>
        <translation>无法开始绘制 SVG。</translation>
    </message>
    <message>
        <source>the clipboard holds no Journey Designer cards</source>
        <translation>剪贴板中没有旅程设计器的卡片</translation>
    </message>
    <message>
        <source>the cards on the clipboard cannot be read: {reason}</source>
        <translation>无法读取剪贴板中的卡片：{reason}</translation>
    </message>
    <message>
        <source>a clipped card carries its place</source>
        <translation>剪贴的卡片不应带有位置信息</translation>
    </message>
    <message>
        <source>the map has no lane and stage to put cards in</source>
        <translation>地图上没有可放置卡片的泳道和阶段</translation>
    </message>
    <message>
        <source>the emotion-curve lane holds a curve, not cards</source>
        <translation>情绪曲线泳道只能放曲线，不能放卡片</translation>
    </message>
    <message>
        <source>{value:g} is outside the emotion scale {low}..{high}</source>
        <translation>{value:g} 超出了情绪刻度 {low}..{high}</translation>
    </message>
    <message>
        <source>a point of {value:g} does not fit the scale {low}..{high}; change the points first</source>
        <translation>有一个点的值 {value:g} 不在刻度 {low}..{high} 之内；请先修改这些点</translation>
    </message>
    <message>
        <source>a metric from a survey changes only when its survey data is refreshed</source>
        <translation>来自问卷的指标只能通过刷新问卷数据来更改</translation>
    </message>
    <message>
        <source>this point was measured from survey data; change the data, not the curve</source>
        <translation>这个点由问卷数据测得；请修改数据，而不是曲线</translation>
    </message>
    <message>
        <source>the curve has a point there already</source>
        <translation>曲线在那里已经有一个点了</translation>
    </message>
</context>
<context>
    <name>MetricBars</name>
    <message>
        <source>NPS and CSAT per touchpoint</source>
        <translation>各触点的 NPS 和 CSAT</translation>
    </message>
    <message>
        <source>Import a survey (Map ▸ Import Survey…) to measure NPS and CSAT per touchpoint</source>
        <translation>导入问卷（旅程图 ▸ 导入问卷…）以测量各触点的 NPS 和 CSAT</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <source>+ {count} more</source>
        <translation>+ 另有 {count} 个</translation>
    </message>
</context>
<context>
    <name>MetricDialog</name>
    <message>
        <source>Edit Metric</source>
        <translation>编辑指标</translation>
    </message>
    <message>
        <source>Add Metric</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>Optional; shown instead of the kind</source>
        <translation>可选；显示此项以代替类型</translation>
    </message>
    <message>
        <source>%, pts, ¥ …</source>
        <translation>%、分、¥ …</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>数值：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Answers (n):</source>
        <translation>回答数 (n)：</translation>
    </message>
    <message>
        <source>95% CI from:</source>
        <translation>95% 置信区间下限：</translation>
    </message>
    <message>
        <source>95% CI to:</source>
        <translation>95% 置信区间上限：</translation>
    </message>
    <message>
        <source>The value must be a number.</source>
        <translation>数值必须是数字。</translation>
    </message>
    <message>
        <source>n must be a whole number of answers, or empty.</source>
        <translation>n 必须是回答数的整数，或留空。</translation>
    </message>
    <message>
        <source>Give both ends of the confidence interval, or neither.</source>
        <translation>请同时填写置信区间的两端，或都不填。</translation>
    </message>
    <message>
        <source>The confidence interval must be numbers.</source>
        <translation>置信区间必须是数字。</translation>
    </message>
</context>
<context>
    <name>MetricsEditor</name>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Numbers from a survey change when its data is refreshed.</source>
        <translation>调研数据刷新后，来自调研的数值会随之变化。</translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>Edit metric</source>
        <translation>编辑指标</translation>
    </message>
    <message>
        <source>Remove metric</source>
        <translation>删除指标</translation>
    </message>
</context>
<context>
    <name>MultiCardForm</name>
    <message>
        <source>Lane default</source>
        <translation>泳道默认</translation>
    </message>
    <message>
        <source>Tags to add to every card, then Enter</source>
        <translation>输入要添加到每张卡片的标签，然后按 Enter</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>Add tags:</source>
        <translation>添加标签：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Change colour of {count} cards</source>
        <translation>更改 {count} 张卡片的颜色</translation>
    </message>
    <message>
        <source>Change severity of {count} cards</source>
        <translation>更改 {count} 张卡片的严重程度</translation>
    </message>
    <message>
        <source>Change priority of {count} cards</source>
        <translation>更改 {count} 张卡片的优先级</translation>
    </message>
    <message>
        <source>Set owner of {count} cards</source>
        <translation>设置 {count} 张卡片的负责人</translation>
    </message>
    <message>
        <source>Set department of {count} cards</source>
        <translation>设置 {count} 张卡片的部门</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} cards&lt;/b&gt; selected</source>
        <translation>已选择 &lt;b&gt;{count} 张卡片&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Several values</source>
        <translation>多个值</translation>
    </message>
    <message>
        <source>Team or person</source>
        <translation>团队或个人</translation>
    </message>
    <message>
        <source>Add tags to {count} cards</source>
        <translation>为 {count} 张卡片添加标签</translation>
    </message>
</context>
<context>
    <name>NewFromTemplateDialog</name>
    <message>
        <source>New from Template</source>
        <translation>从模板新建</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Language of the map:</source>
        <translation>地图语言：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
</context>
<context>
    <name>OwnerHighlight</name>
    <message>
        <source>Highlight by &amp;Owner</source>
        <translation>按负责人突出显示(&amp;O)</translation>
    </message>
    <message>
        <source>Dim every card but those of one owner or department</source>
        <translation>淡化其他卡片，只突出某个负责人或部门的卡片</translation>
    </message>
    <message>
        <source>&amp;Show All</source>
        <translation>全部显示(&amp;S)</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>No card has an owner or a department yet</source>
        <translation>还没有卡片设置负责人或部门</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name}（{count}）</translation>
    </message>
    <message>
        <source>Highlighted: owner {name}, {count} cards</source>
        <translation>已突出显示：负责人 {name}，{count} 张卡片</translation>
    </message>
    <message>
        <source>Highlighted: department {name}, {count} cards</source>
        <translation>已突出显示：部门 {name}，{count} 张卡片</translation>
    </message>
</context>
<context>
    <name>PanelLabels</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <source>from survey {file} column {column}</source>
        <translation>来自调研 {file} 的 {column} 列</translation>
    </message>
    <message>
        <source>from survey {file}</source>
        <translation>来自调研 {file}</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Map &amp;Properties…</source>
        <translation>地图属性(&amp;P)…</translation>
    </message>
    <message>
        <source>Title, description, language, authors and emotion scale of the map</source>
        <translation>地图的标题、描述、语言、作者和情绪刻度</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>PdfForm</name>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>毫米</translation>
    </message>
    <message>
        <source>in</source>
        <translation>英寸</translation>
    </message>
    <message>
        <source>Lan&amp;dscape</source>
        <translation>横向(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Portrait</source>
        <translation>纵向(&amp;P)</translation>
    </message>
    <message>
        <source>Fit on one sheet</source>
        <translation>适应一页</translation>
    </message>
    <message>
        <source>Tile at 100% (poster)</source>
        <translation>100% 拼贴（海报）</translation>
    </message>
    <message>
        <source>One stage per sheet</source>
        <translation>每阶段一张</translation>
    </message>
    <message>
        <source>&amp;Cover page</source>
        <translation>封面(&amp;C)</translation>
    </message>
    <message>
        <source>Le&amp;gend</source>
        <translation>图例(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Appendix (touchpoint metrics)</source>
        <translation>附录（触点指标）(&amp;A)</translation>
    </message>
    <message>
        <source>Charts (dashboard)</source>
        <translation>图表（仪表板）</translation>
    </message>
    <message>
        <source>&amp;Header and footer</source>
        <translation>页眉和页脚(&amp;H)</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>纸张大小(&amp;S)：</translation>
    </message>
    <message>
        <source>Width × height:</source>
        <translation>宽 × 高：</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>版式(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>页边距(&amp;M)：</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>包含：</translation>
    </message>
</context>
<context>
    <name>PersonaDock</name>
    <message>
        <source>Personas</source>
        <translation>人物角色</translation>
    </message>
    <message>
        <source>The active persona&apos;s emotion curve is edited on the map</source>
        <translation>在地图上编辑当前人物角色的情绪曲线</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>新人物角色</translation>
    </message>
    <message>
        <source>Add persona “{name}”</source>
        <translation>添加人物角色“{name}”</translation>
    </message>
    <message>
        <source>Remove persona “{name}”</source>
        <translation>删除人物角色“{name}”</translation>
    </message>
    <message>
        <source>Remove Persona</source>
        <translation>删除人物角色</translation>
    </message>
    <message>
        <source>Remove “{name}” and its {count} emotion curve(s)? You can undo this.</source>
        <translation>删除“{name}”及其 {count} 条情绪曲线？此操作可撤销。</translation>
    </message>
</context>
<context>
    <name>PersonaForm</name>
    <message>
        <source>One per line</source>
        <translation>每行一个</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>身份：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>需求：</translation>
    </message>
    <message>
        <source>Frustrations:</source>
        <translation>困扰：</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>引言：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>Rename persona</source>
        <translation>重命名人物角色</translation>
    </message>
    <message>
        <source>Edit persona role</source>
        <translation>编辑人物角色身份</translation>
    </message>
    <message>
        <source>Edit persona description</source>
        <translation>编辑人物角色描述</translation>
    </message>
    <message>
        <source>Edit persona goals</source>
        <translation>编辑人物角色目标</translation>
    </message>
    <message>
        <source>Edit persona needs</source>
        <translation>编辑人物角色需求</translation>
    </message>
    <message>
        <source>Edit persona frustrations</source>
        <translation>编辑人物角色困扰</translation>
    </message>
    <message>
        <source>Edit persona quote</source>
        <translation>编辑人物角色引言</translation>
    </message>
    <message>
        <source>Change persona colour</source>
        <translation>更改人物角色颜色</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>Language, theme, fonts, default PDF page and autosave interval</source>
        <translation>语言、主题、字体、默认 PDF 纸张和自动保存间隔</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>系统默认(&amp;S)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Interface &amp;font:</source>
        <translation>界面字体(&amp;F)：</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>选择(&amp;O)…</translation>
    </message>
    <message>
        <source>A TrueType font file (.ttf or .ttc) with Chinese characters</source>
        <translation>含中文字符的 TrueType 字体文件（.ttf 或 .ttc）</translation>
    </message>
    <message>
        <source>A&amp;utomatic</source>
        <translation>自动(&amp;U)</translation>
    </message>
    <message>
        <source>Use the Chinese font found on this computer</source>
        <translation>使用本机找到的中文字体</translation>
    </message>
    <message>
        <source>&amp;Chinese map font:</source>
        <translation>地图中文字体(&amp;C)：</translation>
    </message>
    <message>
        <source>Export and Autosave</source>
        <translation>导出与自动保存</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Default PDF &amp;page:</source>
        <translation>默认 PDF 纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>For maps not exported before; each map remembers its own.</source>
        <translation>用于从未导出过的地图；每张地图会记住自己的设置。</translation>
    </message>
    <message>
        <source>Autosave e&amp;very:</source>
        <translation>自动保存间隔(&amp;V)：</translation>
    </message>
    <message>
        <source>In use: {family} ({file})</source>
        <translation>正在使用：{family}（{file}）</translation>
    </message>
    <message>
        <source>In use: no Chinese font found; Chinese text shows as boxes</source>
        <translation>正在使用：未找到中文字体，中文将显示为方框</translation>
    </message>
    <message>
        <source>The map is redrawn with the new font when you apply it.</source>
        <translation>应用后，地图会用新字体重新绘制。</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, stage by stage; Esc ends it</source>
        <translation>全屏逐个阶段演示；按 Esc 退出</translation>
    </message>
    <message>
        <source>← → stages   ↑ ↓ lanes   Home whole map   1–9 timer   V voting   Esc end</source>
        <translation>← → 阶段   ↑ ↓ 泳道   Home 全图   1–9 计时器   V 投票   Esc 退出</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>全图</translation>
    </message>
    <message>
        <source>{index} / {count}  {name}</source>
        <translation>{index} / {count}  {name}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check the header rows</source>
        <translation>检查标题行</translation>
    </message>
    <message>
        <source>Shaded rows are read as the questions; the rows below them are answers.</source>
        <translation>有底色的行被读作题目；其下的行是回答。</translation>
    </message>
    <message>
        <source>&amp;Header rows:</source>
        <translation>标题行数(&amp;H)：</translation>
    </message>
    <message numerus="yes">
        <source>%n header row(s)</source>
        <translation>
            <numerusform>%n 行标题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation>
            <numerusform>%Ln 份回答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped</source>
        <translation>
            <numerusform>跳过 %Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the columns again…</source>
        <translation>正在重新分析各列…</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Recover Unsaved Maps</source>
        <translation>恢复未保存的地图</translation>
    </message>
    <message>
        <source>Journey Designer closed before these maps were saved. Restore one to continue where you left off, or discard it.</source>
        <translation>Journey Designer 在以下地图保存前已关闭。恢复地图可从上次中断处继续，也可将其丢弃。</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>自动保存时间</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Untitled map “{title}”</source>
        <translation>未命名地图“{title}”</translation>
    </message>
    <message>
        <source>Cannot be restored: {reason}</source>
        <translation>无法恢复：{reason}</translation>
    </message>
    <message>
        <source>Restored “{name}”. Save it to keep the recovered changes.</source>
        <translation>已恢复“{name}”。请保存以保留恢复的更改。</translation>
    </message>
</context>
<context>
    <name>RoiBars</name>
    <message>
        <source>ROI per channel</source>
        <translation>各渠道 ROI</translation>
    </message>
    <message>
        <source>Add channel costs in Map ▸ Funnel and Costs…</source>
        <translation>在“旅程图 ▸ 漏斗和成本…”中添加渠道成本</translation>
    </message>
    <message>
        <source>no cost</source>
        <translation>无成本</translation>
    </message>
    <message>
        <source>{roi} · CPA {cpa}</source>
        <translation>{roi} · 获客成本 {cpa}</translation>
    </message>
    <message>
        <source>+ {count} more channels</source>
        <translation>+ 另有 {count} 个渠道</translation>
    </message>
    <message>
        <source>Total{currency}: ROI {roi} (cost {cost}, revenue {revenue})</source>
        <translation>合计{currency}：ROI {roi}（成本 {cost}，收入 {revenue}）</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Condition, or the trigger in words</source>
        <translation>条件，或用文字描述触发条件</translation>
    </message>
    <message>
        <source>Who, e.g. trial users who never logged in</source>
        <translation>对象，例如从未登录的试用用户</translation>
    </message>
    <message>
        <source>Template or content asset</source>
        <translation>模板或内容素材</translation>
    </message>
    <message>
        <source>e.g. 5%</source>
        <translation>例如 5%</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. email, orders</source>
        <translation>用逗号分隔，例如：邮箱, 订单</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>何时：</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Wait:</source>
        <translation>等待：</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>Then:</source>
        <translation>然后：</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Creates:</source>
        <translation>生成：</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>个人信息：</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>法律依据：</translation>
    </message>
    <message>
        <source>Edit rule condition</source>
        <translation>编辑规则条件</translation>
    </message>
    <message>
        <source>Edit rule segment</source>
        <translation>编辑规则对象</translation>
    </message>
    <message>
        <source>Change rule action</source>
        <translation>修改规则动作</translation>
    </message>
    <message>
        <source>Edit rule content</source>
        <translation>编辑规则内容</translation>
    </message>
    <message>
        <source>Change rule goal metric</source>
        <translation>修改规则目标指标</translation>
    </message>
    <message>
        <source>Edit rule goal</source>
        <translation>编辑规则目标</translation>
    </message>
    <message>
        <source>Change the touchpoint a rule creates</source>
        <translation>修改规则生成的触点</translation>
    </message>
    <message>
        <source>Edit rule personal data</source>
        <translation>编辑规则使用的个人信息</translation>
    </message>
    <message>
        <source>Change rule legal basis</source>
        <translation>修改规则法律依据</translation>
    </message>
    <message>
        <source>Change rule trigger</source>
        <translation>修改规则触发条件</translation>
    </message>
    <message>
        <source>N must be a number, e.g. 30.</source>
        <translation>N 必须是数字，例如 30。</translation>
    </message>
    <message>
        <source>A number of days cannot be negative.</source>
        <translation>天数不能为负数。</translation>
    </message>
    <message>
        <source>Edit rule trigger value</source>
        <translation>编辑规则触发值</translation>
    </message>
    <message>
        <source>The wait must be a number of hours, e.g. 24.</source>
        <translation>等待时间必须是小时数，例如 24。</translation>
    </message>
    <message>
        <source>The wait cannot be negative.</source>
        <translation>等待时间不能为负数。</translation>
    </message>
    <message>
        <source>Edit rule wait</source>
        <translation>编辑规则等待时间</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>Emotion curve per segment</source>
        <translation>按细分人群的情绪曲线</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <source>Split by:</source>
        <translation>细分依据：</translation>
    </message>
    <message>
        <source>Curve of:</source>
        <translation>曲线归属：</translation>
    </message>
    <message>
        <source>— one curve for all respondents</source>
        <translation>— 所有受访者一条曲线</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>{count} items selected</source>
        <translation>已选择 {count} 项</translation>
    </message>
    <message>
        <source>Stage “{name}”</source>
        <translation>阶段“{name}”</translation>
    </message>
    <message>
        <source>Lane “{title}”</source>
        <translation>泳道“{title}”</translation>
    </message>
    <message>
        <source>{stages} stages · {lanes} lanes · {cards} cards</source>
        <translation>{stages} 个阶段 · {lanes} 条泳道 · {cards} 张卡片</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Card “{title}” in {lane} · {stage}</source>
        <translation>卡片“{title}”：{lane} · {stage}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Select the neighbouring card</source>
        <translation>选择相邻卡片</translation>
    </message>
    <message>
        <source>Edit the selected card</source>
        <translation>编辑所选卡片</translation>
    </message>
    <message>
        <source>Stop editing; clear the selection</source>
        <translation>停止编辑；取消选择</translation>
    </message>
    <message>
        <source>Select the next / previous card</source>
        <translation>选择下一张/上一张卡片</translation>
    </message>
    <message>
        <source>Delete the selected cards</source>
        <translation>删除所选卡片</translation>
    </message>
    <message>
        <source>Find on the map</source>
        <translation>在地图中查找</translation>
    </message>
    <message>
        <source>Present the map</source>
        <translation>演示地图</translation>
    </message>
    <message>
        <source>Space + drag</source>
        <translation>空格 + 拖动</translation>
    </message>
    <message>
        <source>Pan the map</source>
        <translation>平移地图</translation>
    </message>
    <message>
        <source>Middle button drag</source>
        <translation>鼠标中键拖动</translation>
    </message>
    <message>
        <source>Ctrl + wheel</source>
        <translation>Ctrl + 滚轮</translation>
    </message>
    <message>
        <source>Zoom at the pointer</source>
        <translation>以指针为中心缩放</translation>
    </message>
    <message>
        <source>Keep a one-line field&apos;s text</source>
        <translation>确认单行字段的文本</translation>
    </message>
    <message>
        <source>Keep a multi-line field&apos;s text</source>
        <translation>确认多行字段的文本</translation>
    </message>
    <message>
        <source>Keep the text and go to the next field</source>
        <translation>确认文本并转到下一个字段</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Map canvas</source>
        <translation>地图画布</translation>
    </message>
    <message>
        <source>Panel text fields</source>
        <translation>面板文本字段</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>输入以筛选</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>StageForm</name>
    <message>
        <source>What the customer wants in this stage</source>
        <translation>该阶段用户的诉求</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>重命名阶段</translation>
    </message>
    <message>
        <source>Edit stage description</source>
        <translation>编辑阶段描述</translation>
    </message>
    <message>
        <source>Edit stage goal</source>
        <translation>编辑阶段目标</translation>
    </message>
    <message>
        <source>Change stage colour</source>
        <translation>更改阶段颜色</translation>
    </message>
    <message>
        <source>Change stage width</source>
        <translation>更改阶段宽度</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stage&lt;/b&gt;</source>
        <translation>&lt;b&gt;阶段&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>StructureEditing</name>
    <message>
        <source>{width} pt</source>
        <translation>{width} pt</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>添加阶段(&amp;S)</translation>
    </message>
    <message>
        <source>Add a stage after the selected one</source>
        <translation>在所选阶段之后添加阶段</translation>
    </message>
    <message>
        <source>Add &amp;Lane…</source>
        <translation>添加泳道(&amp;L)…</translation>
    </message>
    <message>
        <source>Add a lane of a kind you choose</source>
        <translation>添加指定类型的泳道</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>Resize Stage</source>
        <translation>调整阶段宽度</translation>
    </message>
    <message>
        <source>Delete stage “{name}” and its {count} cards?</source>
        <translation>删除阶段“{name}”及其 {count} 张卡片？</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <source>Move Stage</source>
        <translation>移动阶段</translation>
    </message>
    <message>
        <source>Move Lane</source>
        <translation>移动泳道</translation>
    </message>
    <message>
        <source>Add Lane</source>
        <translation>添加泳道</translation>
    </message>
    <message>
        <source>Delete lane “{title}” and its {count} cards?</source>
        <translation>删除泳道“{title}”及其 {count} 张卡片？</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>删除泳道</translation>
    </message>
    <message>
        <source>Show Lane</source>
        <translation>显示泳道</translation>
    </message>
    <message>
        <source>Hide Lane</source>
        <translation>隐藏泳道</translation>
    </message>
    <message>
        <source>Show All Lanes</source>
        <translation>显示所有泳道</translation>
    </message>
    <message>
        <source>Change Lane Kind</source>
        <translation>更改泳道类型</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>重命名阶段</translation>
    </message>
    <message>
        <source>Rename Lane</source>
        <translation>重命名泳道</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Insert Stage Before</source>
        <translation>在前面插入阶段</translation>
    </message>
    <message>
        <source>Insert Stage After</source>
        <translation>在后面插入阶段</translation>
    </message>
    <message>
        <source>Delete Stage…</source>
        <translation>删除阶段…</translation>
    </message>
    <message>
        <source>Add Lane Below</source>
        <translation>在下方添加泳道</translation>
    </message>
    <message>
        <source>Delete Lane…</source>
        <translation>删除泳道…</translation>
    </message>
    <message>
        <source>Lane Kind</source>
        <translation>泳道类型</translation>
    </message>
    <message>
        <source>Show &amp;Hidden Lanes</source>
        <translation>显示隐藏的泳道(&amp;H)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Import applies all of this as one step: Undo takes it back.</source>
        <translation>导入会把以上内容作为一步应用：撤销即可全部恢复。</translation>
    </message>
    <message>
        <source>Proposed pain points (low scores)</source>
        <translation>建议的痛点（低分）</translation>
    </message>
    <message>
        <source>Working out what will change…</source>
        <translation>正在计算将要发生的变化…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; · sheet “{sheet}” · {format} · {responses} responses</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; · 工作表“{sheet}” · {format} · {responses} 份回答</translation>
    </message>
    <message>
        <source>A new persona “{name}” for the measured curve</source>
        <translation>为实测曲线新建用户画像“{name}”</translation>
    </message>
    <message numerus="yes">
        <source>Measured emotion curve of {persona}: %n point(s)</source>
        <translation>
            <numerusform>{persona} 的实测情绪曲线：%n 个点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote card(s) from free-text answers</source>
        <translation>
            <numerusform>来自开放题的 %n 张原话卡片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s) on touchpoint cards</source>
        <translation>
            <numerusform>触点卡片上的 %n 个指标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s) for whole stages, on “Survey results” cards</source>
        <translation>
            <numerusform>%n 个整阶段指标，放在“调查结果”卡片上</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data: contact details inside comments are kept, as you chose; personal columns are still left out.</source>
        <translation>个人信息：按您的选择保留评论中的联系方式；个人信息列仍不导入。</translation>
    </message>
    <message numerus="yes">
        <source>Personal data: %n column(s) left out; contact details inside comments are replaced.</source>
        <translation>
            <numerusform>个人信息：%n 列未导入；评论中的联系方式已替换。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyImport</name>
    <message>
        <source>&amp;Import Survey…</source>
        <translation>导入问卷(&amp;I)…</translation>
    </message>
    <message>
        <source>Turn a survey export into metrics, emotion curves and quotes</source>
        <translation>把问卷导出文件变成指标、情绪曲线和用户原话</translation>
    </message>
    <message>
        <source>&amp;Refresh Survey Data</source>
        <translation>刷新问卷数据(&amp;R)</translation>
    </message>
    <message>
        <source>Read an imported survey file again; manual edits stay</source>
        <translation>重新读取已导入的问卷文件；手动修改会保留</translation>
    </message>
    <message>
        <source>{file} (sheet {sheet}, imported {date})</source>
        <translation>{file}（工作表 {sheet}，导入于 {date}）</translation>
    </message>
    <message>
        <source>Refresh Survey Data</source>
        <translation>刷新问卷数据</translation>
    </message>
    <message>
        <source>Survey to read again:</source>
        <translation>要重新读取的问卷：</translation>
    </message>
    <message>
        <source>{file} is no longer at {path}. Please locate it.</source>
        <translation>{file} 已不在 {path}。请找到它。</translation>
    </message>
    <message>
        <source>Locate {file}</source>
        <translation>找到 {file}</translation>
    </message>
    <message>
        <source>Survey exports ({extensions});;All files (*)</source>
        <translation>问卷导出文件 ({extensions});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Refresh cancelled.</source>
        <translation>已取消刷新。</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{file} has not changed since it was imported.</source>
        <translation>{file} 自导入以来没有变化。</translation>
    </message>
    <message>
        <source>Refreshed from {file}: {responses} responses.</source>
        <translation>已从 {file} 刷新：{responses} 份回答。</translation>
    </message>
    <message>
        <source>No longer in the file: {columns}.</source>
        <translation>文件中已没有：{columns}。</translation>
    </message>
</context>
<context>
    <name>SurveyImportWizard</name>
    <message>
        <source>Import Survey</source>
        <translation>导入问卷</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Imported {responses} responses from {file}.</source>
        <translation>已从 {file} 导入 {responses} 份回答。</translation>
    </message>
</context>
<context>
    <name>SurveyRoles</name>
    <message>
        <source>Respondent id</source>
        <translation>答卷编号</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Likert (words)</source>
        <translation>李克特（文字）</translation>
    </message>
    <message>
        <source>NPS (0–10)</source>
        <translation>NPS（0–10）</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>开放文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ThumbnailGrid</name>
    <message>
        <source>… and {count} more</source>
        <translation>… 另有 {count} 个</translation>
    </message>
</context>
<context>
    <name>TimerActions</name>
    <message>
        <source>Workshop &amp;Timer</source>
        <translation>研讨会计时器(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start / Pause Timer</source>
        <translation>开始/暂停计时(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%n Minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reset Timer</source>
        <translation>重置计时器(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TopPainPoints</name>
    <message>
        <source>Top pain points</source>
        <translation>主要痛点</translation>
    </message>
    <message>
        <source>Add pain points on the map; vote on them in the workshop (F5)</source>
        <translation>在旅程图上添加痛点；在工作坊中投票（F5）</translation>
    </message>
    <message>
        <source>+ {count} more</source>
        <translation>+ 另有 {count} 个</translation>
    </message>
</context>
<context>
    <name>TopVotedDialog</name>
    <message>
        <source>Top Voted</source>
        <translation>得票排行</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>&amp;Reset Votes</source>
        <translation>重置投票(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) on %1 pain points and opportunities.</source>
        <translation>
            <numerusform>痛点和机会点共 %1 项，合计 %n 票。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>机会点</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Add a card</source>
        <translation>添加卡片</translation>
    </message>
    <message>
        <source>Double-click an empty spot in a cell, or click the “+” that appears in the cell under the mouse; {new_card} adds one after the selected card. Type it (the first line is the title): {enter} keeps it, {esc} drops it.</source>
        <translation>双击单元格中的空白处，或点击鼠标所在单元格里出现的“+”；{new_card} 会在所选卡片之后添加一张。输入内容（第一行是标题）：按 {enter} 保留，按 {esc} 放弃。</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Move it</source>
        <translation>移动卡片</translation>
    </message>
    <message>
        <source>Drag a card to another cell, in any stage or lane: a line shows where it will land. Ctrl+click or drag a frame to select several and move them together. {undo} takes a move back.</source>
        <translation>把卡片拖到任意阶段或泳道的另一个单元格：一条线会标出它将落下的位置。按住 Ctrl 单击或拖出选框可选中多张卡片一起移动。{undo} 可撤销移动。</translation>
    </message>
    <message>
        <source>Draw the emotion curve</source>
        <translation>绘制情绪曲线</translation>
    </message>
    <message>
        <source>Drag a point up or down: it snaps to the map&apos;s scale. Click empty space in the emotion lane to add a point to the persona&apos;s curve; double-click a point to label it.</source>
        <translation>上下拖动曲线上的点，它会吸附到地图的刻度上。在情绪泳道的空白处单击，可为该用户画像的曲线添加一个点；双击一个点可为它加标注。</translation>
    </message>
    <message>
        <source>Import a survey</source>
        <translation>导入问卷</translation>
    </message>
    <message>
        <source>{command} ({shortcut}) reads an Excel or CSV export (Qualtrics, SurveyMonkey, Google Forms, 问卷星, 腾讯问卷…). It suggests which question belongs to which stage and touchpoint, then adds the scores and a measured emotion curve as one step you can undo.</source>
        <translation>{command}（{shortcut}）可读取 Excel 或 CSV 导出文件（Qualtrics、SurveyMonkey、Google 表单、问卷星、腾讯问卷……）。它会建议每道题对应哪个阶段和触点，然后把得分和实测情绪曲线一次性加入地图，这一步可以撤销。</translation>
    </message>
    <message>
        <source>Export a PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>{command} ({shortcut}) prints the map as a vector PDF: fit it on one sheet, tile a poster at 100% or put one stage on each sheet, with a cover and a legend if you like. The preview shows the map&apos;s sheets before you save.</source>
        <translation>{command}（{shortcut}）把地图输出为矢量 PDF：缩放到一页、按 100% 拼贴成海报，或每页放一个阶段，还可以加封面和图例。保存前，预览会显示地图的各页。</translation>
    </message>
</context>
<context>
    <name>TourCallout</name>
    <message>
        <source>Skip tour</source>
        <translation>跳过导览</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>第 {number} 步，共 {count} 步</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>WorkshopTimer</name>
    <message>
        <source>{time} (paused)</source>
        <translation>{time}（已暂停）</translation>
    </message>
    <message>
        <source>0:00 Time’s up</source>
        <translation>0:00 时间到</translation>
    </message>
</context>
</TS>
