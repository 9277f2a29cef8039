<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>Journey Designer</source>
        <translation>旅程设计器</translation>
    </message>
    <message>
        <source>Design customer journey maps: stages, lanes, cards and emotion curves, with survey data and print-ready PDF.</source>
        <translation>设计客户旅程地图：阶段、泳道、卡片与情绪曲线，可导入调研数据，并导出可直接打印的 PDF。</translation>
    </message>
    <message>
        <source>Map font: {font}</source>
        <translation>地图字体：{font}</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide {pyside}</source>
        <translation>Qt {qt}，PySide {pyside}</translation>
    </message>
    <message>
        <source>Released under the MIT licence.</source>
        <translation>以 MIT 许可证发布。</translation>
    </message>
    <message>
        <source>About Journey Designer</source>
        <translation>关于旅程设计器</translation>
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
</TS>
