<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>About</name>
    <message>
        <source>Journey Designer</source>
        <translation>Journey Designer</translation>
    </message>
    <message>
        <source>Design customer journey maps: stages, lanes, cards and emotion curves, with survey data and print-ready PDF.</source>
        <translation>Design customer journey maps: stages, lanes, cards and emotion curves, with survey data and print-ready PDF.</translation>
    </message>
    <message>
        <source>Map font: {font}</source>
        <translation>Map font: {font}</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide {pyside}</source>
        <translation>Qt {qt}, PySide {pyside}</translation>
    </message>
    <message>
        <source>Released under the MIT licence.</source>
        <translation>Released under the MIT licence.</translation>
    </message>
    <message>
        <source>About Journey Designer</source>
        <translation>About Journey Designer</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Journey maps (*{suffix});;All files (*)</source>
        <translation>Journey maps (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Cannot Create Map</source>
        <translation>Cannot Create Map</translation>
    </message>
    <message>
        <source>Open Map</source>
        <translation>Open Map</translation>
    </message>
    <message>
        <source>Cannot Open Map</source>
        <translation>Cannot Open Map</translation>
    </message>
    <message>
        <source>Save Map As</source>
        <translation>Save Map As</translation>
    </message>
    <message>
        <source>Cannot Save Map</source>
        <translation>Cannot Save Map</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Saved {name}</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>Save the changes to “{name}” before closing it?</translation>
    </message>
</context>
<context>
    <name>FontNotice</name>
    <message>
        <source>No Chinese font was found, so Chinese text shows as empty boxes on the map and in exported PDFs. Install a Chinese TrueType font (on Debian or Ubuntu: sudo apt install fonts-wqy-microhei) and restart Journey Designer, or choose a Chinese .ttf or .ttc font file now.</source>
        <translation>No Chinese font was found, so Chinese text shows as empty boxes on the map and in exported PDFs. Install a Chinese TrueType font (on Debian or Ubuntu: sudo apt install fonts-wqy-microhei) and restart Journey Designer, or choose a Chinese .ttf or .ttc font file now.</translation>
    </message>
    <message>
        <source>No Chinese font: Chinese text shows as boxes (install fonts-wqy-microhei)</source>
        <translation>No Chinese font: Chinese text shows as boxes (install fonts-wqy-microhei)</translation>
    </message>
    <message>
        <source>No Chinese Font</source>
        <translation>No Chinese Font</translation>
    </message>
    <message>
        <source>Choose Font File…</source>
        <translation>Choose Font File…</translation>
    </message>
    <message>
        <source>Choose a Chinese Font</source>
        <translation>Choose a Chinese Font</translation>
    </message>
    <message>
        <source>TrueType fonts (*.ttf *.ttc);;All files (*)</source>
        <translation>TrueType fonts (*.ttf *.ttc);;All files (*)</translation>
    </message>
    <message>
        <source>Unusable Font</source>
        <translation>Unusable Font</translation>
    </message>
    <message>
        <source>{name} is not a TrueType font with Chinese characters. OpenType (.otf) fonts such as Noto CJK cannot be embedded in PDFs; choose a .ttf or .ttc font.</source>
        <translation>{name} is not a TrueType font with Chinese characters. OpenType (.otf) fonts such as Noto CJK cannot be embedded in PDFs; choose a .ttf or .ttc font.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;New from Template…</source>
        <translation>&amp;New from Template…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Fit to Window</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <source>&amp;About Journey Designer</source>
        <translation>&amp;About Journey Designer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Start a new map from one of the bundled templates</source>
        <translation>Start a new map from one of the bundled templates</translation>
    </message>
    <message>
        <source>Open a journey map file</source>
        <translation>Open a journey map file</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Save the map</translation>
    </message>
    <message>
        <source>Save the map under a new name</source>
        <translation>Save the map under a new name</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Show the whole map</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Map font: {font}</source>
        <translation>Map font: {font}</translation>
    </message>
    <message>
        <source>{name}[*] — Journey Designer</source>
        <translation>{name}[*] — Journey Designer</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>Zoom {percent}%</translation>
    </message>
</context>
<context>
    <name>MapDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
</context>
<context>
    <name>MapLabels</name>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Low priority</translation>
    </message>
    <message>
        <source>Medium priority</source>
        <translation>Medium priority</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>High priority</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Ads</source>
        <translation>Ads</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Video call</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Review site</source>
        <translation>Review site</translation>
    </message>
    <message>
        <source>Support portal</source>
        <translation>Support portal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Call centre</source>
        <translation>Call centre</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>Service desk</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>As-is</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>To-be</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
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
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Drop-off</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
</context>
<context>
    <name>NewFromTemplateDialog</name>
    <message>
        <source>New from Template</source>
        <translation>New from Template</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Language of the map:</source>
        <translation>Language of the map:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>{count} items selected</source>
        <translation>{count} items selected</translation>
    </message>
    <message>
        <source>Stage “{name}”</source>
        <translation>Stage “{name}”</translation>
    </message>
    <message>
        <source>Lane “{title}”</source>
        <translation>Lane “{title}”</translation>
    </message>
    <message>
        <source>{stages} stages · {lanes} lanes · {cards} cards</source>
        <translation>{stages} stages · {lanes} lanes · {cards} cards</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <source>Card “{title}” in {lane} · {stage}</source>
        <translation>Card “{title}” in {lane} · {stage}</translation>
    </message>
</context>
</TS>
