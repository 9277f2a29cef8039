<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ABResults</name>
    <message>
        <source>A/B tests</source>
        <translation>A/B tests</translation>
    </message>
    <message>
        <source>Add an A/B test to a touchpoint in the inspector</source>
        <translation>Add an A/B test to a touchpoint in the inspector</translation>
    </message>
    <message>
        <source>+ {count} more rows</source>
        <translation>+ {count} more rows</translation>
    </message>
    <message>
        <source>Bars: conversion · whiskers: lift over the control, {level} interval</source>
        <translation>Bars: conversion · whiskers: lift over the control, {level} interval</translation>
    </message>
    <message>
        <source>control</source>
        <translation>control</translation>
    </message>
</context>
<context>
    <name>ABTestEditor</name>
    <message>
        <source>Add A/B Test</source>
        <translation>Add A/B Test</translation>
    </message>
    <message>
        <source>Compare variants of this touchpoint</source>
        <translation>Compare variants of this touchpoint</translation>
    </message>
    <message>
        <source>e.g. Subject line</source>
        <translation>e.g. Subject line</translation>
    </message>
    <message>
        <source>A winner is named only when significant at this level</source>
        <translation>A winner is named only when significant at this level</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <source>Add Variant</source>
        <translation>Add Variant</translation>
    </message>
    <message>
        <source>Remove Variant</source>
        <translation>Remove Variant</translation>
    </message>
    <message>
        <source>Remove Test</source>
        <translation>Remove Test</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Test:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Confidence:</translation>
    </message>
    <message>
        <source>Rename A/B test</source>
        <translation>Rename A/B test</translation>
    </message>
    <message>
        <source>Change A/B test confidence</source>
        <translation>Change A/B test confidence</translation>
    </message>
    <message>
        <source>Add A/B test</source>
        <translation>Add A/B test</translation>
    </message>
    <message>
        <source>Remove A/B test</source>
        <translation>Remove A/B test</translation>
    </message>
    <message>
        <source>Add A/B variant</source>
        <translation>Add A/B variant</translation>
    </message>
    <message>
        <source>Remove A/B variant</source>
        <translation>Remove A/B variant</translation>
    </message>
    <message>
        <source>Edit A/B variant</source>
        <translation>Edit A/B variant</translation>
    </message>
    <message>
        <source>Variant {name}: counts are whole numbers of 0 or more.</source>
        <translation>Variant {name}: counts are whole numbers of 0 or more.</translation>
    </message>
    <message>
        <source>Variant {name}: {conversions} conversions cannot exceed the {seen} people who saw it.</source>
        <translation>Variant {name}: {conversions} conversions cannot exceed the {seen} people who saw it.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Journey Designer</source>
        <translation>About Journey Designer</translation>
    </message>
    <message>
        <source>Journey Designer</source>
        <translation>Journey Designer</translation>
    </message>
    <message>
        <source>Design customer journey maps: stages, lanes, cards and emotion curves, with survey data and print-ready PDF.</source>
        <translation>Design customer journey maps: stages, lanes, cards and emotion curves, with survey data and print-ready PDF.</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Licences…</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Built with:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Double-click a component to read its licence</source>
        <translation>Double-click a component to read its licence</translation>
    </message>
    <message>
        <source>Qt's default font</source>
        <translation>Qt's default font</translation>
    </message>
    <message>
        <source>the licence of the font installed on this computer</source>
        <translation>the licence of the font installed on this computer</translation>
    </message>
    <message>
        <source>Map font: {font} ({file}); licence: {licence}</source>
        <translation>Map font: {font} ({file}); licence: {licence}</translation>
    </message>
</context>
<context>
    <name>AddLaneDialog</name>
    <message>
        <source>Add Lane</source>
        <translation>Add Lane</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>{folder}: {reason}</source>
        <translation>{folder}: {reason}</translation>
    </message>
    <message>
        <source>{folder}: another Journey Designer holds the recovery of this map</source>
        <translation>{folder}: another Journey Designer holds the recovery of this map</translation>
    </message>
    <message>
        <source>Autosave failed ({reason}). Save the map to keep your changes.</source>
        <translation>Autosave failed ({reason}). Save the map to keep your changes.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Unexpected error; the log has the details.</source>
        <translation>Unexpected error; the log has the details.</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>&amp;New Card</source>
        <translation>&amp;New Card</translation>
    </message>
    <message>
        <source>&amp;Edit Card Text</source>
        <translation>&amp;Edit Card Text</translation>
    </message>
    <message>
        <source>D&amp;uplicate Cards</source>
        <translation>D&amp;uplicate Cards</translation>
    </message>
    <message>
        <source>&amp;Delete Cards</source>
        <translation>&amp;Delete Cards</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Select &amp;All Cards</source>
        <translation>Select &amp;All Cards</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Find Pre&amp;vious</translation>
    </message>
    <message>
        <source>Add a card next to the selected card or in the cell</source>
        <translation>Add a card next to the selected card or in the cell</translation>
    </message>
    <message>
        <source>Type the card's title and text on the card</source>
        <translation>Type the card's title and text on the card</translation>
    </message>
    <message>
        <source>Copy the selected cards, also as text for a mail</source>
        <translation>Copy the selected cards, also as text for a mail</translation>
    </message>
</context>
<context>
    <name>CardClipboard</name>
    <message numerus="yes">
        <source>Copied %n card(s)</source>
        <translation><numerusform>Copied %n card</numerusform><numerusform>Copied %n cards</numerusform></translation>
    </message>
    <message>
        <source>Cut Cards</source>
        <translation>Cut Cards</translation>
    </message>
    <message>
        <source>Cannot paste: {reason}</source>
        <translation>Cannot paste: {reason}</translation>
    </message>
    <message>
        <source>The clipboard holds no cards or text to paste</source>
        <translation>The clipboard holds no cards or text to paste</translation>
    </message>
    <message>
        <source>Paste Cards</source>
        <translation>Paste Cards</translation>
    </message>
</context>
<context>
    <name>CardEditSessions</name>
    <message>
        <source>Edit Card Text</source>
        <translation>Edit Card Text</translation>
    </message>
    <message>
        <source>Add Card</source>
        <translation>Add Card</translation>
    </message>
</context>
<context>
    <name>CardEditing</name>
    <message>
        <source>Add a card to this cell</source>
        <translation>Add a card to this cell</translation>
    </message>
    <message>
        <source>Move Cards</source>
        <translation>Move Cards</translation>
    </message>
    <message>
        <source>The map has no lane for cards</source>
        <translation>The map has no lane for cards</translation>
    </message>
    <message>
        <source>Delete Cards</source>
        <translation>Delete Cards</translation>
    </message>
    <message>
        <source>Duplicate Cards</source>
        <translation>Duplicate Cards</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>Lane default</source>
        <translation>Lane default</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. VIP, mobile</source>
        <translation>Comma-separated, e.g. VIP, mobile</translation>
    </message>
    <message>
        <source>Team or person</source>
        <translation>Team or person</translation>
    </message>
    <message>
        <source>e.g. Marketing</source>
        <translation>e.g. Marketing</translation>
    </message>
    <message>
        <source>&lt;b&gt;Automation rule&lt;/b&gt;</source>
        <translation>&lt;b&gt;Automation rule&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;A/B test&lt;/b&gt;</source>
        <translation>&lt;b&gt;A/B test&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Metrics:</source>
        <translation>Metrics:</translation>
    </message>
    <message>
        <source>Facilitator's notes; not shown on the card</source>
        <translation>Facilitator's notes; not shown on the card</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Votes:</source>
        <translation>Votes:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Edit card title</source>
        <translation>Edit card title</translation>
    </message>
    <message>
        <source>Edit card text</source>
        <translation>Edit card text</translation>
    </message>
    <message>
        <source>Change card colour</source>
        <translation>Change card colour</translation>
    </message>
    <message>
        <source>Edit card tags</source>
        <translation>Edit card tags</translation>
    </message>
    <message>
        <source>Change card channel</source>
        <translation>Change card channel</translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation>Change severity</translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation>Change priority</translation>
    </message>
    <message>
        <source>Edit card owner</source>
        <translation>Edit card owner</translation>
    </message>
    <message>
        <source>Edit card department</source>
        <translation>Edit card department</translation>
    </message>
    <message>
        <source>Edit card link</source>
        <translation>Edit card link</translation>
    </message>
    <message>
        <source>Edit card notes</source>
        <translation>Edit card notes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Card&lt;/b&gt; in {lane} · {stage}</source>
        <translation>&lt;b&gt;Card&lt;/b&gt; in {lane} · {stage}</translation>
    </message>
</context>
<context>
    <name>ChannelField</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>No channel</translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Several colours</source>
        <translation>Several colours</translation>
    </message>
    <message>
        <source>Choose a Colour</source>
        <translation>Choose a Colour</translation>
    </message>
</context>
<context>
    <name>CurveEditing</name>
    <message>
        <source>Edit Label</source>
        <translation>Edit Label</translation>
    </message>
    <message>
        <source>Remove Point</source>
        <translation>Remove Point</translation>
    </message>
    <message>
        <source>Add Point to “{curve}”</source>
        <translation>Add Point to “{curve}”</translation>
    </message>
    <message>
        <source>Add Point on Touchpoint</source>
        <translation>Add Point on Touchpoint</translation>
    </message>
    <message>
        <source>Add Points To</source>
        <translation>Add Points To</translation>
    </message>
    <message>
        <source>Add As-is Curve</source>
        <translation>Add As-is Curve</translation>
    </message>
    <message>
        <source>Add To-be Curve</source>
        <translation>Add To-be Curve</translation>
    </message>
    <message>
        <source>Add As-is Curve for “{name}”</source>
        <translation>Add As-is Curve for “{name}”</translation>
    </message>
    <message>
        <source>Add To-be Curve for “{name}”</source>
        <translation>Add To-be Curve for “{name}”</translation>
    </message>
    <message>
        <source>This value was measured (n={n}) from survey data; it cannot be dragged.</source>
        <translation>This value was measured (n={n}) from survey data; it cannot be dragged.</translation>
    </message>
    <message>
        <source>Move Emotion Point</source>
        <translation>Move Emotion Point</translation>
    </message>
    <message>
        <source>Add a persona first: a curve belongs to a persona.</source>
        <translation>Add a persona first: a curve belongs to a persona.</translation>
    </message>
    <message>
        <source>“{curve}” has a point in this stage already: drag it to change it.</source>
        <translation>“{curve}” has a point in this stage already: drag it to change it.</translation>
    </message>
    <message>
        <source>Add Emotion Point</source>
        <translation>Add Emotion Point</translation>
    </message>
    <message>
        <source>Remove Emotion Point</source>
        <translation>Remove Emotion Point</translation>
    </message>
    <message>
        <source>Edit Point Label</source>
        <translation>Edit Point Label</translation>
    </message>
    <message>
        <source>Add Curve</source>
        <translation>Add Curve</translation>
    </message>
    <message>
        <source>Click in the emotion lane to add the points of “{curve}”.</source>
        <translation>Click in the emotion lane to add the points of “{curve}”.</translation>
    </message>
</context>
<context>
    <name>DashboardDock</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>DotVoting</name>
    <message>
        <source>Dot &amp;Voting</source>
        <translation>Dot &amp;Voting</translation>
    </message>
    <message>
        <source>Click a pain point or opportunity to add a vote; Shift+click takes one back</source>
        <translation>Click a pain point or opportunity to add a vote; Shift+click takes one back</translation>
    </message>
    <message>
        <source>&amp;Top Voted…</source>
        <translation>&amp;Top Voted…</translation>
    </message>
    <message>
        <source>&amp;Reset Votes</source>
        <translation>&amp;Reset Votes</translation>
    </message>
    <message>
        <source>Dot voting: click a pain point or opportunity · Shift+click takes a vote back · V ends</source>
        <translation>Dot voting: click a pain point or opportunity · Shift+click takes a vote back · V ends</translation>
    </message>
    <message>
        <source>(untitled card)</source>
        <translation>(untitled card)</translation>
    </message>
    <message>
        <source>Only pain points and opportunities take votes; “{card}” is in {lane}.</source>
        <translation>Only pain points and opportunities take votes; “{card}” is in {lane}.</translation>
    </message>
    <message>
        <source>“{card}” has no votes to take back.</source>
        <translation>“{card}” has no votes to take back.</translation>
    </message>
    <message>
        <source>Take Back a Vote</source>
        <translation>Take Back a Vote</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message numerus="yes">
        <source>“{card}”: %n vote(s)</source>
        <translation><numerusform>“{card}”: %n vote</numerusform><numerusform>“{card}”: %n votes</numerusform></translation>
    </message>
    <message>
        <source>There are no votes to reset.</source>
        <translation>There are no votes to reset.</translation>
    </message>
    <message>
        <source>Reset Votes</source>
        <translation>Reset Votes</translation>
    </message>
    <message>
        <source>All votes reset ({undo} brings them back).</source>
        <translation>All votes reset ({undo} brings them back).</translation>
    </message>
</context>
<context>
    <name>EmotionVsSatisfaction</name>
    <message>
        <source>Emotion curve and measured satisfaction</source>
        <translation>Emotion curve and measured satisfaction</translation>
    </message>
    <message>
        <source>Draw the emotion curve on the map, or import a survey (Map ▸ Import Survey…)</source>
        <translation>Draw the emotion curve on the map, or import a survey (Map ▸ Import Survey…)</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>no survey yet</source>
        <translation>no survey yet</translation>
    </message>
</context>
<context>
    <name>ExcelExport</name>
    <message>
        <source>Export Cards and &amp;Metrics to Excel…</source>
        <translation>Export Cards and &amp;Metrics to Excel…</translation>
    </message>
    <message>
        <source>A workbook with every card and metric, for analysis in a spreadsheet</source>
        <translation>A workbook with every card and metric, for analysis in a spreadsheet</translation>
    </message>
    <message>
        <source>Export Cards and Metrics</source>
        <translation>Export Cards and Metrics</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>Could not write {file}: {reason}</translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation>Exported to {file}.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export the map as a PDF, an image or an outline</source>
        <translation>Export the map as a PDF, an image or an outline</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export “{title}”</source>
        <translation>Export “{title}”</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>SVG picture</source>
        <translation>SVG picture</translation>
    </message>
    <message>
        <source>Markdown outline</source>
        <translation>Markdown outline</translation>
    </message>
    <message>
        <source>A vector picture of the whole map, sized in points; its text stays text.</source>
        <translation>A vector picture of the whole map, sized in points; its text stays text.</translation>
    </message>
    <message>
        <source>The map's content as a Markdown outline: the personas, then stage by stage each lane's cards and the emotion values.</source>
        <translation>The map's content as a Markdown outline: the personas, then stage by stage each lane's cards and the emotion values.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>This page does not work: {reason}</source>
        <translation>This page does not work: {reason}</translation>
    </message>
    <message>
        <source>Sheet {number}</source>
        <translation>Sheet {number}</translation>
    </message>
    <message>
        <source>choose a larger page, the other orientation or Tile.</source>
        <translation>choose a larger page, the other orientation or Tile.</translation>
    </message>
    <message>
        <source>choose a larger page, Tile or One stage per sheet.</source>
        <translation>choose a larger page, Tile or One stage per sheet.</translation>
    </message>
    <message>
        <source>The smallest text prints at {size} pt, below {limit} pt: {advice}</source>
        <translation>The smallest text prints at {size} pt, below {limit} pt: {advice}</translation>
    </message>
    <message>
        <source>{count} sheets: a larger page or Fit needs fewer.</source>
        <translation>{count} sheets: a larger page or Fit needs fewer.</translation>
    </message>
    <message>
        <source>Map sheets: {count}</source>
        <translation>Map sheets: {count}</translation>
    </message>
    <message>
        <source> ({rows} rows × {columns} columns)</source>
        <translation> ({rows} rows × {columns} columns)</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} pixels</translation>
    </message>
    <message>
        <source>Too large: at most {limit} megapixels. Choose {dpi} dpi or lower.</source>
        <translation>Too large: at most {limit} megapixels. Choose {dpi} dpi or lower.</translation>
    </message>
    <message>
        <source>… and {count} more lines</source>
        <translation>… and {count} more lines</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>SVG pictures (*.svg)</translation>
    </message>
    <message>
        <source>Markdown outlines (*.md)</source>
        <translation>Markdown outlines (*.md)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>Exported {file} (%n page(s)).</source>
        <translation><numerusform>Exported {file} (%n page).</numerusform><numerusform>Exported {file} (%n pages).</numerusform></translation>
    </message>
    <message>
        <source>Exported {file}.</source>
        <translation>Exported {file}.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
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
    <name>FilePage</name>
    <message>
        <source>Choose the survey file</source>
        <translation>Choose the survey file</translation>
    </message>
    <message>
        <source>An export from Qualtrics, SurveyMonkey, Google Forms, Microsoft Forms, Typeform, 问卷星 or any spreadsheet.</source>
        <translation>An export from Qualtrics, SurveyMonkey, Google Forms, Microsoft Forms, Typeform, 问卷星 or any spreadsheet.</translation>
    </message>
    <message>
        <source>A .xlsx, .xls, .ods, .csv or .tsv file</source>
        <translation>A .xlsx, .xls, .ods, .csv or .tsv file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Reading cancelled.</translation>
    </message>
    <message>
        <source>Choose Survey File</source>
        <translation>Choose Survey File</translation>
    </message>
    <message>
        <source>Survey exports ({extensions});;All files (*)</source>
        <translation>Survey exports ({extensions});;All files (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>{file}: {rows} rows × {columns} columns read.</source>
        <translation>{file}: {rows} rows × {columns} columns read.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Find on cards</source>
        <translation>Find on cards</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} of {total}</translation>
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
    <name>FunnelChart</name>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Add funnel counts in Map ▸ Funnel and Costs…</source>
        <translation>Add funnel counts in Map ▸ Funnel and Costs…</translation>
    </message>
    <message>
        <source>+ {count} more steps</source>
        <translation>+ {count} more steps</translation>
    </message>
    <message>
        <source>Overall {rate} · right: conversion from the step before</source>
        <translation>Overall {rate} · right: conversion from the step before</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
</context>
<context>
    <name>FunnelCostsDialog</name>
    <message>
        <source>Funnel and Costs</source>
        <translation>Funnel and Costs</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation>Acquisitions</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Cost per acq.</source>
        <translation>Cost per acq.</translation>
    </message>
    <message>
        <source>Import from Spreadsheet…</source>
        <translation>Import from Spreadsheet…</translation>
    </message>
    <message>
        <source>Computed from the rows; not typed</source>
        <translation>Computed from the rows; not typed</translation>
    </message>
    <message>
        <source>Counts per funnel step and what each channel cost and brought. Conversion and ROI are computed; blank counts are not known.</source>
        <translation>Counts per funnel step and what each channel cost and brought. Conversion and ROI are computed; blank counts are not known.</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Add Step</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Remove Step</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Add Row</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>Remove Row</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Channel costs</source>
        <translation>Channel costs</translation>
    </message>
    <message>
        <source>a count is a whole number of 0 or more</source>
        <translation>a count is a whole number of 0 or more</translation>
    </message>
    <message>
        <source>an amount is a number of 0 or more</source>
        <translation>an amount is a number of 0 or more</translation>
    </message>
    <message>
        <source>name the step</source>
        <translation>name the step</translation>
    </message>
    <message>
        <source>a cost is a number of 0 or more</source>
        <translation>a cost is a number of 0 or more</translation>
    </message>
    <message>
        <source>revenue is a number of 0 or more</source>
        <translation>revenue is a number of 0 or more</translation>
    </message>
    <message>
        <source>acquisitions are a whole number of 0 or more</source>
        <translation>acquisitions are a whole number of 0 or more</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>name the channel</source>
        <translation>name the channel</translation>
    </message>
    <message>
        <source>{table} row {row}: {problem}.</source>
        <translation>{table} row {row}: {problem}.</translation>
    </message>
    <message>
        <source>Overall conversion: {rate}</source>
        <translation>Overall conversion: {rate}</translation>
    </message>
    <message>
        <source>Overall conversion needs two known counts.</source>
        <translation>Overall conversion needs two known counts.</translation>
    </message>
    <message>
        <source>{currency}: cost {cost}, revenue {revenue}, ROI {roi}</source>
        <translation>{currency}: cost {cost}, revenue {revenue}, ROI {roi}</translation>
    </message>
    <message>
        <source>no currency</source>
        <translation>no currency</translation>
    </message>
    <message>
        <source>Totals: {totals}</source>
        <translation>Totals: {totals}</translation>
    </message>
    <message>
        <source>Import Funnel and Costs</source>
        <translation>Import Funnel and Costs</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>{n} funnel steps</source>
        <translation>{n} funnel steps</translation>
    </message>
    <message>
        <source>{n} cost rows</source>
        <translation>{n} cost rows</translation>
    </message>
    <message>
        <source>Imported {what} from {name}; press OK to apply.</source>
        <translation>Imported {what} from {name}; press OK to apply.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Edit funnel and costs</source>
        <translation>Edit funnel and costs</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Journey Designer User Guide</source>
        <translation>Journey Designer User Guide</translation>
    </message>
</context>
<context>
    <name>HelpCommands</name>
    <message>
        <source>Show &amp;Tour</source>
        <translation>Show &amp;Tour</translation>
    </message>
    <message>
        <source>Five steps: add a card, move it, draw the emotion curve, import, export</source>
        <translation>Five steps: add a card, move it, draw the emotion curve, import, export</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <source>How to use Journey Designer, step by step</source>
        <translation>How to use Journey Designer, step by step</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Map as opened</source>
        <translation>Map as opened</translation>
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
        <translation>&amp;Transparent background</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Map Properties…</source>
        <translation>Map Properties…</translation>
    </message>
    <message>
        <source>{count} stages and lanes selected. Select one, or cards, to edit.</source>
        <translation>{count} stages and lanes selected. Select one, or cards, to edit.</translation>
    </message>
    <message>
        <source>Select a card, a stage or a lane on the map to see and edit its fields here.</source>
        <translation>Select a card, a stage or a lane on the map to see and edit its fields here.</translation>
    </message>
</context>
<context>
    <name>LaneForm</name>
    <message>
        <source>Shown on the map</source>
        <translation>Shown on the map</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Visible:</source>
        <translation>Visible:</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Rename lane</translation>
    </message>
    <message>
        <source>Change lane kind</source>
        <translation>Change lane kind</translation>
    </message>
    <message>
        <source>Show lane</source>
        <translation>Show lane</translation>
    </message>
    <message>
        <source>Hide lane</source>
        <translation>Hide lane</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lane&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lane&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>LaneKinds</name>
    <message>
        <source>Customer actions</source>
        <translation>Customer actions</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Thoughts</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Feelings</translation>
    </message>
    <message>
        <source>Emotional journey</source>
        <translation>Emotional journey</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain points</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automation</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Emotion curve</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
</context>
<context>
    <name>LinkField</name>
    <message>
        <source>The card has no link to open.</source>
        <translation>The card has no link to open.</translation>
    </message>
    <message>
        <source>“{link}” is not a web address.</source>
        <translation>“{link}” is not a web address.</translation>
    </message>
    <message>
        <source>“{link}” is not a file on this computer.</source>
        <translation>“{link}” is not a file on this computer.</translation>
    </message>
    <message>
        <source>Only web (http, https) and file links open; not “{scheme}:”.</source>
        <translation>Only web (http, https) and file links open; not “{scheme}:”.</translation>
    </message>
    <message>
        <source>Save the map first: “{path}” is read from its folder.</source>
        <translation>Save the map first: “{path}” is read from its folder.</translation>
    </message>
    <message>
        <source>No file at {path}.</source>
        <translation>No file at {path}.</translation>
    </message>
    <message>
        <source>https://… or a file path</source>
        <translation>https://… or a file path</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the link in the browser or the file's app</source>
        <translation>Open the link in the browser or the file's app</translation>
    </message>
    <message>
        <source>Nothing on this computer opens {link}.</source>
        <translation>Nothing on this computer opens {link}.</translation>
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
        <source>Measured (survey)</source>
        <translation>Measured (survey)</translation>
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
    <message>
        <source>Signed up</source>
        <translation>Signed up</translation>
    </message>
    <message>
        <source>Cart abandoned</source>
        <translation>Cart abandoned</translation>
    </message>
    <message>
        <source>Browsed without buying</source>
        <translation>Browsed without buying</translation>
    </message>
    <message>
        <source>No purchase in {n} days</source>
        <translation>No purchase in {n} days</translation>
    </message>
    <message>
        <source>Renewal due in {n} days</source>
        <translation>Renewal due in {n} days</translation>
    </message>
    <message>
        <source>Lead score ≥ {n}</source>
        <translation>Lead score ≥ {n}</translation>
    </message>
    <message>
        <source>Attended an event</source>
        <translation>Attended an event</translation>
    </message>
    <message>
        <source>Form submitted</source>
        <translation>Form submitted</translation>
    </message>
    <message>
        <source>Custom trigger</source>
        <translation>Custom trigger</translation>
    </message>
    <message>
        <source>{trigger} ({condition})</source>
        <translation>{trigger} ({condition})</translation>
    </message>
    <message>
        <source>wait {n} min</source>
        <translation>wait {n} min</translation>
    </message>
    <message>
        <source>wait {n} h</source>
        <translation>wait {n} h</translation>
    </message>
    <message>
        <source>wait {n} d</source>
        <translation>wait {n} d</translation>
    </message>
    <message>
        <source>{trigger} → {action}</source>
        <translation>{trigger} → {action}</translation>
    </message>
    <message>
        <source>Send email</source>
        <translation>Send email</translation>
    </message>
    <message>
        <source>Send SMS</source>
        <translation>Send SMS</translation>
    </message>
    <message>
        <source>Send WeChat message</source>
        <translation>Send WeChat message</translation>
    </message>
    <message>
        <source>App push</source>
        <translation>App push</translation>
    </message>
    <message>
        <source>Assign to sales</source>
        <translation>Assign to sales</translation>
    </message>
    <message>
        <source>Add to nurture track</source>
        <translation>Add to nurture track</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>Create a task</translation>
    </message>
    <message>
        <source>Custom action</source>
        <translation>Custom action</translation>
    </message>
    <message>
        <source>Who: {text}</source>
        <translation>Who: {text}</translation>
    </message>
    <message>
        <source>Content: {text}</source>
        <translation>Content: {text}</translation>
    </message>
    <message>
        <source>Goal: {text}</source>
        <translation>Goal: {text}</translation>
    </message>
    <message>
        <source>Personal data: {n}</source>
        <translation>Personal data: {n}</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Legitimate interest</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Legal obligation</translation>
    </message>
    <message>
        <source>No legal basis</source>
        <translation>No legal basis</translation>
    </message>
    <message>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <source>{name}: {rates}</source>
        <translation>{name}: {rates}</translation>
    </message>
    <message>
        <source>{variant} wins {lift} ({p})</source>
        <translation>{variant} wins {lift} ({p})</translation>
    </message>
    <message>
        <source>No winner yet</source>
        <translation>No winner yet</translation>
    </message>
    <message>
        <source>No winner yet ({p})</source>
        <translation>No winner yet ({p})</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Overall {rate}</source>
        <translation>Overall {rate}</translation>
    </message>
    <message>
        <source>→ conversion · − drop-off</source>
        <translation>→ conversion · − drop-off</translation>
    </message>
    <message>
        <source>{channel}: ROI {roi}</source>
        <translation>{channel}: ROI {roi}</translation>
    </message>
    <message>
        <source>CPA {amount}</source>
        <translation>CPA {amount}</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
</context>
<context>
    <name>MapPropertiesDialog</name>
    <message>
        <source>Map Properties</source>
        <translation>Map Properties</translation>
    </message>
    <message>
        <source>Chinese (zh)</source>
        <translation>Chinese (zh)</translation>
    </message>
    <message>
        <source>English (en)</source>
        <translation>English (en)</translation>
    </message>
    <message>
        <source>The language of the map's text: zh, en, or a tag like zh-TW</source>
        <translation>The language of the map's text: zh, en, or a tag like zh-TW</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>One per line</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation>Authors:</translation>
    </message>
    <message>
        <source>Emotion scale:</source>
        <translation>Emotion scale:</translation>
    </message>
    <message>
        <source>“{tag}” is not a language tag; use zh, en, zh-TW, …</source>
        <translation>“{tag}” is not a language tag; use zh, en, zh-TW, …</translation>
    </message>
    <message>
        <source>{count} emotion point(s) lie outside {scale}. Change those points first, or keep the current scale.</source>
        <translation>{count} emotion point(s) lie outside {scale}. Change those points first, or keep the current scale.</translation>
    </message>
    <message>
        <source>Edit map properties</source>
        <translation>Edit map properties</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>Map the columns</translation>
    </message>
    <message>
        <source>Ratings, Likert and NPS questions become metrics on their touchpoint and points of the emotion curve; free text gives quotes.</source>
        <translation>Ratings, Likert and NPS questions become metrics on their touchpoint and points of the emotion curve; free text gives quotes.</translation>
    </message>
    <message>
        <source>Include &amp;personal data</source>
        <translation>Include &amp;personal data</translation>
    </message>
    <message>
        <source>Off: e-mail addresses and phone numbers inside comments are replaced. Personal columns (names, e-mails, IP addresses) are never imported.</source>
        <translation>Off: e-mail addresses and phone numbers inside comments are replaced. Personal columns (names, e-mails, IP addresses) are never imported.</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <source>{skipped} left blank or not applicable</source>
        <translation>{skipped} left blank or not applicable</translation>
    </message>
    <message>
        <source>Personal ({kind}): not imported</source>
        <translation>Personal ({kind}): not imported</translation>
    </message>
    <message>
        <source>Names, e-mails, phone numbers and IP addresses never enter the map.</source>
        <translation>Names, e-mails, phone numbers and IP addresses never enter the map.</translation>
    </message>
    <message>
        <source>Higher answers are worse (an effort scale written that way)</source>
        <translation>Higher answers are worse (an effort scale written that way)</translation>
    </message>
</context>
<context>
    <name>Marketing</name>
    <message>
        <source>&amp;Funnel and Costs…</source>
        <translation>&amp;Funnel and Costs…</translation>
    </message>
    <message>
        <source>Counts per funnel step and costs per channel; conversion and ROI</source>
        <translation>Counts per funnel step and costs per channel; conversion and ROI</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Charts of the funnel, emotions, NPS and CSAT, ROI, pain points, A/B tests</source>
        <translation>Charts of the funnel, emotions, NPS and CSAT, ROI, pain points, A/B tests</translation>
    </message>
</context>
<context>
    <name>MarketingExport</name>
    <message>
        <source>Export Responsibility &amp;Table…</source>
        <translation>Export Responsibility &amp;Table…</translation>
    </message>
    <message>
        <source>Who owns each touchpoint, pain point, opportunity and rule, as a workbook</source>
        <translation>Who owns each touchpoint, pain point, opportunity and rule, as a workbook</translation>
    </message>
    <message>
        <source>Export Mar&amp;keting Workbook…</source>
        <translation>Export Mar&amp;keting Workbook…</translation>
    </message>
    <message>
        <source>Automation plan, touchpoint metrics and A/B tests, funnel and ROI, owners</source>
        <translation>Automation plan, touchpoint metrics and A/B tests, funnel and ROI, owners</translation>
    </message>
    <message>
        <source>Export Responsibility Table</source>
        <translation>Export Responsibility Table</translation>
    </message>
    <message>
        <source>responsibilities</source>
        <translation>responsibilities</translation>
    </message>
    <message>
        <source>Export Marketing Workbook</source>
        <translation>Export Marketing Workbook</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>Could not write {file}: {reason}</translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation>Exported to {file}.</translation>
    </message>
</context>
<context>
    <name>MarketingLabels</name>
    <message>
        <source>Signed up</source>
        <translation>Signed up</translation>
    </message>
    <message>
        <source>Cart abandoned</source>
        <translation>Cart abandoned</translation>
    </message>
    <message>
        <source>Browsed without buying</source>
        <translation>Browsed without buying</translation>
    </message>
    <message>
        <source>No purchase in N days</source>
        <translation>No purchase in N days</translation>
    </message>
    <message>
        <source>Renewal due in N days</source>
        <translation>Renewal due in N days</translation>
    </message>
    <message>
        <source>Lead score at least N</source>
        <translation>Lead score at least N</translation>
    </message>
    <message>
        <source>Attended an event</source>
        <translation>Attended an event</translation>
    </message>
    <message>
        <source>Submitted a form</source>
        <translation>Submitted a form</translation>
    </message>
    <message>
        <source>Other (described below)</source>
        <translation>Other (described below)</translation>
    </message>
    <message>
        <source>Send an email</source>
        <translation>Send an email</translation>
    </message>
    <message>
        <source>Send an SMS</source>
        <translation>Send an SMS</translation>
    </message>
    <message>
        <source>Send a WeChat message</source>
        <translation>Send a WeChat message</translation>
    </message>
    <message>
        <source>App push notification</source>
        <translation>App push notification</translation>
    </message>
    <message>
        <source>Assign to sales</source>
        <translation>Assign to sales</translation>
    </message>
    <message>
        <source>Add to a nurture track</source>
        <translation>Add to a nurture track</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>Create a task</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Legitimate interest</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Legal obligation</translation>
    </message>
    <message>
        <source>{rate} ({conversions} of {n})</source>
        <translation>{rate} ({conversions} of {n})</translation>
    </message>
    <message>
        <source>control</source>
        <translation>control</translation>
    </message>
    <message>
        <source>lift {lift}</source>
        <translation>lift {lift}</translation>
    </message>
    <message>
        <source>({level} CI {low} to {high})</source>
        <translation>({level} CI {low} to {high})</translation>
    </message>
    <message>
        <source>p = {p}</source>
        <translation>p = {p}</translation>
    </message>
    <message>
        <source>Winner: {name}</source>
        <translation>Winner: {name}</translation>
    </message>
    <message>
        <source>Needs at least two variants</source>
        <translation>Needs at least two variants</translation>
    </message>
    <message>
        <source>A variant has no sample yet</source>
        <translation>A variant has no sample yet</translation>
    </message>
    <message>
        <source>Not significant at {level}</source>
        <translation>Not significant at {level}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>a custom page needs its width and height</source>
        <translation>a custom page needs its width and height</translation>
    </message>
    <message>
        <source>a custom page side must be {low:g}–{high:g} mm, not {side:g}</source>
        <translation>a custom page side must be {low:g}–{high:g} mm, not {side:g}</translation>
    </message>
    <message>
        <source>unknown page size {size!r}</source>
        <translation>unknown page size {size!r}</translation>
    </message>
    <message>
        <source>the margin must be 0 mm or more, not {margin:g}</source>
        <translation>the margin must be 0 mm or more, not {margin:g}</translation>
    </message>
    <message>
        <source>margins of {margin:g} mm leave no room on a {size} page</source>
        <translation>margins of {margin:g} mm leave no room on a {size} page</translation>
    </message>
    <message>
        <source>The smallest text prints at {size} pt, below a readable {limit} pt; choose a larger page, Tile or One stage per page.</source>
        <translation>The smallest text prints at {size} pt, below a readable {limit} pt; choose a larger page, Tile or One stage per page.</translation>
    </message>
    <message>
        <source>The smallest text prints at {size} pt, below a readable {limit} pt; choose a larger page or Tile.</source>
        <translation>The smallest text prints at {size} pt, below a readable {limit} pt; choose a larger page or Tile.</translation>
    </message>
    <message>
        <source>The poster needs {pages} sheets; a larger page needs fewer.</source>
        <translation>The poster needs {pages} sheets; a larger page needs fewer.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}. Any previous file is unchanged.</source>
        <translation>Could not write {file}: {reason}. Any previous file is unchanged.</translation>
    </message>
    <message>
        <source>No Chinese TrueType font found, so the PDF cannot show Chinese text: install one (e.g. fonts-wqy-microhei) or choose a .ttf/.ttc file in Preferences.</source>
        <translation>No Chinese TrueType font found, so the PDF cannot show Chinese text: install one (e.g. fonts-wqy-microhei) or choose a .ttf/.ttc file in Preferences.</translation>
    </message>
    <message>
        <source>The font {font} cannot be embedded in a PDF: {reason}</source>
        <translation>The font {font} cannot be embedded in a PDF: {reason}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem} (and {count} more problems)</source>
        <translation>{file}: {problem} (and {count} more problems)</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place}: {problem}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>not a text file (it holds binary data); is it a map?</source>
        <translation>not a text file (it holds binary data); is it a map?</translation>
    </message>
    <message>
        <source>not a Journey Designer map (no "format": "{format}")</source>
        <translation>not a Journey Designer map (no "format": "{format}")</translation>
    </message>
    <message>
        <source>missing or not a positive whole number</source>
        <translation>missing or not a positive whole number</translation>
    </message>
    <message>
        <source>cannot upgrade from version {version}: {reason}</source>
        <translation>cannot upgrade from version {version}: {reason}</translation>
    </message>
    <message>
        <source>written by a newer Journey Designer (schema version {version}; this version reads up to {supported}). Update Journey Designer to open it.</source>
        <translation>written by a newer Journey Designer (schema version {version}; this version reads up to {supported}). Update Journey Designer to open it.</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a map file</source>
        <translation>{path}: is a folder, not a map file</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: no such file</translation>
    </message>
    <message>
        <source>{path}: permission denied</source>
        <translation>{path}: permission denied</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: cannot be read ({reason})</translation>
    </message>
    <message>
        <source>not valid JSON: the file ends too early (line {line}, column {column}); it may be truncated</source>
        <translation>not valid JSON: the file ends too early (line {line}, column {column}); it may be truncated</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} (line {line}, column {column})</source>
        <translation>not valid JSON: {reason} (line {line}, column {column})</translation>
    </message>
    <message>
        <source>field required</source>
        <translation>field required</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}. The previous file is unchanged.</source>
        <translation>Could not save {file}: {reason}. The previous file is unchanged.</translation>
    </message>
    <message>
        <source>Could not create {folder}: {reason}</source>
        <translation>Could not create {folder}: {reason}</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>Could not write {file}: {reason}</translation>
    </message>
    <message>
        <source>{column}: its stage is no longer on the map</source>
        <translation>{column}: its stage is no longer on the map</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>import cancelled</translation>
    </message>
    <message>
        <source>{problem} (and {count} more)</source>
        <translation>{problem} (and {count} more)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>cost</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>revenue</translation>
    </message>
    <message>
        <source>acquisitions</source>
        <translation>acquisitions</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet!r}: no funnel or costs table found; give a header row with Stage and Count (阶段, 数量) or Channel and Cost (渠道, 成本)</source>
        <translation>{file}, sheet {sheet!r}: no funnel or costs table found; give a header row with Stage and Count (阶段, 数量) or Channel and Cost (渠道, 成本)</translation>
    </message>
    <message>
        <source>Row {row}: {what} {text!r} is not a number</source>
        <translation>Row {row}: {what} {text!r} is not a number</translation>
    </message>
    <message>
        <source>Row {row}: {what} {text!r} must be a whole number of 0 or more</source>
        <translation>Row {row}: {what} {text!r} must be a whole number of 0 or more</translation>
    </message>
    <message>
        <source>Row {row}: {what} {text!r} must be a number of 0 or more</source>
        <translation>Row {row}: {what} {text!r} must be a number of 0 or more</translation>
    </message>
    <message>
        <source>Row {row}: no stage given</source>
        <translation>Row {row}: no stage given</translation>
    </message>
    <message>
        <source>Row {row}: no stage number {text} on the map (1 to {last})</source>
        <translation>Row {row}: no stage number {text} on the map (1 to {last})</translation>
    </message>
    <message>
        <source>Row {row}: stage {text!r} could be {stages}</source>
        <translation>Row {row}: stage {text!r} could be {stages}</translation>
    </message>
    <message>
        <source>Row {row}: no stage named {text!r} on the map</source>
        <translation>Row {row}: no stage named {text!r} on the map</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one} or {other}</translation>
    </message>
    <message>
        <source>Row {row}: no channel given</source>
        <translation>Row {row}: no channel given</translation>
    </message>
    <message>
        <source>{where}: no touchpoint titled {title!r} on the map</source>
        <translation>{where}: no touchpoint titled {title!r} on the map</translation>
    </message>
    <message>
        <source>{where}: touchpoint {title!r} is in stage {other!r}, not {stage!r}</source>
        <translation>{where}: touchpoint {title!r} is in stage {other!r}, not {stage!r}</translation>
    </message>
    <message>
        <source>{file} has no {sheet!r} sheet: is it a mapping workbook written by Journey Designer?</source>
        <translation>{file} has no {sheet!r} sheet: is it a mapping workbook written by Journey Designer?</translation>
    </message>
    <message>
        <source>{where}: persona {persona!r} has no answer beside it</source>
        <translation>{where}: persona {persona!r} has no answer beside it</translation>
    </message>
    <message>
        <source>{where}: no persona named {persona!r} on the map</source>
        <translation>{where}: no persona named {persona!r} on the map</translation>
    </message>
    <message>
        <source>defusedxml is missing: reinstall Journey Designer</source>
        <translation>defusedxml is missing: reinstall Journey Designer</translation>
    </message>
    <message>
        <source>Could not open {file}: {reason}</source>
        <translation>Could not open {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} is not an .xlsx workbook</source>
        <translation>{file} is not an .xlsx workbook</translation>
    </message>
    <message>
        <source>{file} is too large for a mapping workbook</source>
        <translation>{file} is too large for a mapping workbook</translation>
    </message>
    <message>
        <source>{file} is not an .xlsx workbook Journey Designer can read ({kind})</source>
        <translation>{file} is not an .xlsx workbook Journey Designer can read ({kind})</translation>
    </message>
    <message>
        <source>{sheet} sheet: row 1 has no {column!r} column</source>
        <translation>{sheet} sheet: row 1 has no {column!r} column</translation>
    </message>
    <message>
        <source>{where}: the Column cell (A, B, ...) is empty</source>
        <translation>{where}: the Column cell (A, B, ...) is empty</translation>
    </message>
    <message>
        <source>{where}: {letters!r} is not a column letter</source>
        <translation>{where}: {letters!r} is not a column letter</translation>
    </message>
    <message>
        <source>{where}: column {letters} is on row {other} too</source>
        <translation>{where}: column {letters} is on row {other} too</translation>
    </message>
    <message>
        <source>{sheet} row {row}</source>
        <translation>{sheet} row {row}</translation>
    </message>
    <message>
        <source>{where}: no stage named {stage!r} on the map</source>
        <translation>{where}: no stage named {stage!r} on the map</translation>
    </message>
    <message>
        <source>{where}: scale min {low:g} is not below scale max {high:g}</source>
        <translation>{where}: scale min {low:g} is not below scale max {high:g}</translation>
    </message>
    <message>
        <source>{where}: no survey column {text!r} on the {sheet} sheet</source>
        <translation>{where}: no survey column {text!r} on the {sheet} sheet</translation>
    </message>
    <message>
        <source>{where}: {what} {text!r} is not one of {choices}</source>
        <translation>{where}: {what} {text!r} is not one of {choices}</translation>
    </message>
    <message>
        <source>{where}: {what} {text!r} is not yes or no</source>
        <translation>{where}: {what} {text!r} is not yes or no</translation>
    </message>
    <message>
        <source>{where}: {what} {text!r} is not a number</source>
        <translation>{where}: {what} {text!r} is not a number</translation>
    </message>
    <message>
        <source>{where}: header rows {text!r} is not 0, 1, 2 or 3</source>
        <translation>{where}: header rows {text!r} is not 0, 1, 2 or 3</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>a PNG image</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>a JPEG image</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>a GIF image</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>an RTF document</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>a RAR archive</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>a 7-Zip archive</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>a gzip archive</translation>
    </message>
    <message>
        <source>remove the password in Excel (File ▸ Info ▸ Protect Workbook) and import again</source>
        <translation>remove the password in Excel (File ▸ Info ▸ Protect Workbook) and import again</translation>
    </message>
    <message>
        <source>export the responses as .xlsx or .csv from the survey tool and import that file</source>
        <translation>export the responses as .xlsx or .csv from the survey tool and import that file</translation>
    </message>
    <message>
        <source>{file} is too large or malformed to read safely</source>
        <translation>{file} is too large or malformed to read safely</translation>
    </message>
    <message>
        <source>{file} is too large or malformed to read safely ({reason})</source>
        <translation>{file} is too large or malformed to read safely ({reason})</translation>
    </message>
    <message>
        <source>{file} cannot be opened ({reason}); copy it to a folder you can read and import again</source>
        <translation>{file} cannot be opened ({reason}); copy it to a folder you can read and import again</translation>
    </message>
    <message>
        <source>{file} was not found; check the file name and folder</source>
        <translation>{file} was not found; check the file name and folder</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file; choose the survey file inside it</source>
        <translation>{file} is a folder, not a file; choose the survey file inside it</translation>
    </message>
    <message>
        <source>{file} is not a regular file; choose a saved survey export</source>
        <translation>{file} is not a regular file; choose a saved survey export</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes); export it again from the survey tool</source>
        <translation>{file} is empty (0 bytes); export it again from the survey tool</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>{file} is {what}, not a spreadsheet; {advice}</source>
        <translation>{file} is {what}, not a spreadsheet; {advice}</translation>
    </message>
    <message>
        <source>{file} is an Apple Numbers file; in Numbers choose File ▸ Export To ▸ Excel or CSV and import the exported file</source>
        <translation>{file} is an Apple Numbers file; in Numbers choose File ▸ Export To ▸ Excel or CSV and import the exported file</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument spreadsheet</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>workbook</translation>
    </message>
    <message>
        <source>{file} is damaged (not a complete {what}); export it again from the survey tool</source>
        <translation>{file} is damaged (not a complete {what}); export it again from the survey tool</translation>
    </message>
    <message>
        <source>{file} is a zip archive, not an Excel or OpenDocument workbook; {advice}</source>
        <translation>{file} is a zip archive, not an Excel or OpenDocument workbook; {advice}</translation>
    </message>
    <message>
        <source>{file} is password-protected; {advice}</source>
        <translation>{file} is password-protected; {advice}</translation>
    </message>
    <message>
        <source>{count:,} parts in the archive</source>
        <translation>{count:,} parts in the archive</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet or a text (CSV) file; {advice}</source>
        <translation>{file} is not a spreadsheet or a text (CSV) file; {advice}</translation>
    </message>
    <message>
        <source>{file} is a web page (HTML), not a spreadsheet; open it in Excel, save it as .xlsx and import that file</source>
        <translation>{file} is a web page (HTML), not a spreadsheet; open it in Excel, save it as .xlsx and import that file</translation>
    </message>
    <message>
        <source>{file} is an Excel 2003 XML spreadsheet; open it in Excel, save it as .xlsx and import that file</source>
        <translation>{file} is an Excel 2003 XML spreadsheet; open it in Excel, save it as .xlsx and import that file</translation>
    </message>
    <message>
        <source>{file} is a text (tab-separated) file with an {suffix} name; rename it to {new_name} and import again</source>
        <translation>{file} is a text (tab-separated) file with an {suffix} name; rename it to {new_name} and import again</translation>
    </message>
    <message>
        <source>{file} is a text (CSV) file with an {suffix} name; rename it to {new_name} and import again</source>
        <translation>{file} is a text (CSV) file with an {suffix} name; rename it to {new_name} and import again</translation>
    </message>
    <message>
        <source>a part expands {ratio:,} times, like a zip bomb</source>
        <translation>a part expands {ratio:,} times, like a zip bomb</translation>
    </message>
    <message>
        <source>{megabytes:,.0f} MB of shared text</source>
        <translation>{megabytes:,.0f} MB of shared text</translation>
    </message>
    <message>
        <source>{gigabytes:,.1f} GB uncompressed</source>
        <translation>{gigabytes:,.1f} GB uncompressed</translation>
    </message>
    <message>
        <source>a sheet spans {cells:,} cells but holds far fewer</source>
        <translation>a sheet spans {cells:,} cells but holds far fewer</translation>
    </message>
    <message>
        <source>its repeated text expands to {gigabytes:,.1f} GB</source>
        <translation>its repeated text expands to {gigabytes:,.1f} GB</translation>
    </message>
    <message>
        <source>{file} has no rows; export the responses again from the survey tool</source>
        <translation>{file} has no rows; export the responses again from the survey tool</translation>
    </message>
    <message>
        <source>{file} has no sheet named '{sheet}'; choose one of its sheets: {sheets}</source>
        <translation>{file} has no sheet named '{sheet}'; choose one of its sheets: {sheets}</translation>
    </message>
    <message>
        <source>Sheet '{sheet}' in {file} is empty; choose a sheet with responses (sheets: {sheets})</source>
        <translation>Sheet '{sheet}' in {file} is empty; choose a sheet with responses (sheets: {sheets})</translation>
    </message>
    <message>
        <source>{file} has no responses: every sheet is empty (sheets: {sheets}); export it again from the survey tool</source>
        <translation>{file} has no responses: every sheet is empty (sheets: {sheets}); export it again from the survey tool</translation>
    </message>
    <message>
        <source>{file} is damaged or malformed (its XML cannot be read safely); export it again from the survey tool</source>
        <translation>{file} is damaged or malformed (its XML cannot be read safely); export it again from the survey tool</translation>
    </message>
    <message>
        <source>{file} could not be read because of an unexpected error in the reader (details are in the log); export it again as .xlsx or .csv</source>
        <translation>{file} could not be read because of an unexpected error in the reader (details are in the log); export it again as .xlsx or .csv</translation>
    </message>
    <message>
        <source>a cell holds {length:,} characters</source>
        <translation>a cell holds {length:,} characters</translation>
    </message>
    <message>
        <source>a cell holds more than {limit:,} characters</source>
        <translation>a cell holds more than {limit:,} characters</translation>
    </message>
    <message>
        <source>{file} is not text in UTF-8, UTF-16 or GB18030; save it again as CSV UTF-8 (in Excel: File ▸ Save As ▸ CSV UTF-8) and import again</source>
        <translation>{file} is not text in UTF-8, UTF-16 or GB18030; save it again as CSV UTF-8 (in Excel: File ▸ Save As ▸ CSV UTF-8) and import again</translation>
    </message>
    <message>
        <source>{file} is not a well-formed CSV file (line {line}: {reason}); export it again from the survey tool</source>
        <translation>{file} is not a well-formed CSV file (line {line}: {reason}); export it again from the survey tool</translation>
    </message>
    <message>
        <source>{file} has a row with {width:,} fields (more than Excel's {limit:,} columns); it is not a survey table</source>
        <translation>{file} has a row with {width:,} fields (more than Excel's {limit:,} columns); it is not a survey table</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}. The previous file is unchanged.</source>
        <translation>Could not write {file}: {reason}. The previous file is unchanged.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}.</source>
        <translation>Could not write {file}: {reason}.</translation>
    </message>
    <message>
        <source>no language {language!r}; use one of: {known}</source>
        <translation>no language {language!r}; use one of: {known}</translation>
    </message>
    <message>
        <source>no template {template!r}; known templates: {known}</source>
        <translation>no template {template!r}; known templates: {known}</translation>
    </message>
    <message>
        <source>Choose a resolution from {low} to {high} dpi.</source>
        <translation>Choose a resolution from {low} to {high} dpi.</translation>
    </message>
    <message>
        <source>choose {dpi} dpi or lower</source>
        <translation>choose {dpi} dpi or lower</translation>
    </message>
    <message>
        <source>export a PDF instead</source>
        <translation>export a PDF instead</translation>
    </message>
    <message>
        <source>A {width:,} × {height:,} pixel image ({megapixels:,.0f} megapixels) is too large to export (at most {limit} megapixels): {advice}.</source>
        <translation>A {width:,} × {height:,} pixel image ({megapixels:,.0f} megapixels) is too large to export (at most {limit} megapixels): {advice}.</translation>
    </message>
    <message>
        <source>Not enough memory for a {width:,} × {height:,} pixel image: choose a lower resolution.</source>
        <translation>Not enough memory for a {width:,} × {height:,} pixel image: choose a lower resolution.</translation>
    </message>
    <message>
        <source>Could not encode the PNG image: {reason}.</source>
        <translation>Could not encode the PNG image: {reason}.</translation>
    </message>
    <message>
        <source>Could not start the SVG drawing.</source>
        <translation>Could not start the SVG drawing.</translation>
    </message>
    <message>
        <source>the clipboard holds no Journey Designer cards</source>
        <translation>the clipboard holds no Journey Designer cards</translation>
    </message>
    <message>
        <source>the cards on the clipboard cannot be read: {reason}</source>
        <translation>the cards on the clipboard cannot be read: {reason}</translation>
    </message>
    <message>
        <source>a clipped card carries its place</source>
        <translation>a clipped card carries its place</translation>
    </message>
    <message>
        <source>the map has no lane and stage to put cards in</source>
        <translation>the map has no lane and stage to put cards in</translation>
    </message>
    <message>
        <source>the emotion-curve lane holds a curve, not cards</source>
        <translation>the emotion-curve lane holds a curve, not cards</translation>
    </message>
    <message>
        <source>{value:g} is outside the emotion scale {low}..{high}</source>
        <translation>{value:g} is outside the emotion scale {low}..{high}</translation>
    </message>
    <message>
        <source>a point of {value:g} does not fit the scale {low}..{high}; change the points first</source>
        <translation>a point of {value:g} does not fit the scale {low}..{high}; change the points first</translation>
    </message>
    <message>
        <source>a metric from a survey changes only when its survey data is refreshed</source>
        <translation>a metric from a survey changes only when its survey data is refreshed</translation>
    </message>
    <message>
        <source>this point was measured from survey data; change the data, not the curve</source>
        <translation>this point was measured from survey data; change the data, not the curve</translation>
    </message>
    <message>
        <source>the curve has a point there already</source>
        <translation>the curve has a point there already</translation>
    </message>
</context>
<context>
    <name>MetricBars</name>
    <message>
        <source>NPS and CSAT per touchpoint</source>
        <translation>NPS and CSAT per touchpoint</translation>
    </message>
    <message>
        <source>Import a survey (Map ▸ Import Survey…) to measure NPS and CSAT per touchpoint</source>
        <translation>Import a survey (Map ▸ Import Survey…) to measure NPS and CSAT per touchpoint</translation>
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
        <translation>+ {count} more</translation>
    </message>
</context>
<context>
    <name>MetricDialog</name>
    <message>
        <source>Edit Metric</source>
        <translation>Edit Metric</translation>
    </message>
    <message>
        <source>Add Metric</source>
        <translation>Add Metric</translation>
    </message>
    <message>
        <source>Optional; shown instead of the kind</source>
        <translation>Optional; shown instead of the kind</translation>
    </message>
    <message>
        <source>%, pts, ¥ …</source>
        <translation>%, pts, ¥ …</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Value:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Answers (n):</source>
        <translation>Answers (n):</translation>
    </message>
    <message>
        <source>95% CI from:</source>
        <translation>95% CI from:</translation>
    </message>
    <message>
        <source>95% CI to:</source>
        <translation>95% CI to:</translation>
    </message>
    <message>
        <source>The value must be a number.</source>
        <translation>The value must be a number.</translation>
    </message>
    <message>
        <source>n must be a whole number of answers, or empty.</source>
        <translation>n must be a whole number of answers, or empty.</translation>
    </message>
    <message>
        <source>Give both ends of the confidence interval, or neither.</source>
        <translation>Give both ends of the confidence interval, or neither.</translation>
    </message>
    <message>
        <source>The confidence interval must be numbers.</source>
        <translation>The confidence interval must be numbers.</translation>
    </message>
</context>
<context>
    <name>MetricsEditor</name>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% CI</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Numbers from a survey change when its data is refreshed.</source>
        <translation>Numbers from a survey change when its data is refreshed.</translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation>Add metric</translation>
    </message>
    <message>
        <source>Edit metric</source>
        <translation>Edit metric</translation>
    </message>
    <message>
        <source>Remove metric</source>
        <translation>Remove metric</translation>
    </message>
</context>
<context>
    <name>MultiCardForm</name>
    <message>
        <source>Lane default</source>
        <translation>Lane default</translation>
    </message>
    <message>
        <source>Tags to add to every card, then Enter</source>
        <translation>Tags to add to every card, then Enter</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <source>Add tags:</source>
        <translation>Add tags:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Change colour of {count} cards</source>
        <translation>Change colour of {count} cards</translation>
    </message>
    <message>
        <source>Change severity of {count} cards</source>
        <translation>Change severity of {count} cards</translation>
    </message>
    <message>
        <source>Change priority of {count} cards</source>
        <translation>Change priority of {count} cards</translation>
    </message>
    <message>
        <source>Set owner of {count} cards</source>
        <translation>Set owner of {count} cards</translation>
    </message>
    <message>
        <source>Set department of {count} cards</source>
        <translation>Set department of {count} cards</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} cards&lt;/b&gt; selected</source>
        <translation>&lt;b&gt;{count} cards&lt;/b&gt; selected</translation>
    </message>
    <message>
        <source>Several values</source>
        <translation>Several values</translation>
    </message>
    <message>
        <source>Team or person</source>
        <translation>Team or person</translation>
    </message>
    <message>
        <source>Add tags to {count} cards</source>
        <translation>Add tags to {count} cards</translation>
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
    <name>OwnerHighlight</name>
    <message>
        <source>Highlight by &amp;Owner</source>
        <translation>Highlight by &amp;Owner</translation>
    </message>
    <message>
        <source>Dim every card but those of one owner or department</source>
        <translation>Dim every card but those of one owner or department</translation>
    </message>
    <message>
        <source>&amp;Show All</source>
        <translation>&amp;Show All</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Owners</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>No card has an owner or a department yet</source>
        <translation>No card has an owner or a department yet</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>Highlighted: owner {name}, {count} cards</source>
        <translation>Highlighted: owner {name}, {count} cards</translation>
    </message>
    <message>
        <source>Highlighted: department {name}, {count} cards</source>
        <translation>Highlighted: department {name}, {count} cards</translation>
    </message>
</context>
<context>
    <name>PanelLabels</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>typed</translation>
    </message>
    <message>
        <source>from survey {file} column {column}</source>
        <translation>from survey {file} column {column}</translation>
    </message>
    <message>
        <source>from survey {file}</source>
        <translation>from survey {file}</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Map &amp;Properties…</source>
        <translation>Map &amp;Properties…</translation>
    </message>
    <message>
        <source>Title, description, language, authors and emotion scale of the map</source>
        <translation>Title, description, language, authors and emotion scale of the map</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>PdfForm</name>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>Lan&amp;dscape</source>
        <translation>Lan&amp;dscape</translation>
    </message>
    <message>
        <source>&amp;Portrait</source>
        <translation>&amp;Portrait</translation>
    </message>
    <message>
        <source>Fit on one sheet</source>
        <translation>Fit on one sheet</translation>
    </message>
    <message>
        <source>Tile at 100% (poster)</source>
        <translation>Tile at 100% (poster)</translation>
    </message>
    <message>
        <source>One stage per sheet</source>
        <translation>One stage per sheet</translation>
    </message>
    <message>
        <source>&amp;Cover page</source>
        <translation>&amp;Cover page</translation>
    </message>
    <message>
        <source>Le&amp;gend</source>
        <translation>Le&amp;gend</translation>
    </message>
    <message>
        <source>&amp;Appendix (touchpoint metrics)</source>
        <translation>&amp;Appendix (touchpoint metrics)</translation>
    </message>
    <message>
        <source>Charts (dashboard)</source>
        <translation>Charts (dashboard)</translation>
    </message>
    <message>
        <source>&amp;Header and footer</source>
        <translation>&amp;Header and footer</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>Page &amp;size:</translation>
    </message>
    <message>
        <source>Width × height:</source>
        <translation>Width × height:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientation:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>&amp;Margins:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Include:</translation>
    </message>
</context>
<context>
    <name>PersonaDock</name>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>The active persona's emotion curve is edited on the map</source>
        <translation>The active persona's emotion curve is edited on the map</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>New persona</translation>
    </message>
    <message>
        <source>Add persona “{name}”</source>
        <translation>Add persona “{name}”</translation>
    </message>
    <message>
        <source>Remove persona “{name}”</source>
        <translation>Remove persona “{name}”</translation>
    </message>
    <message>
        <source>Remove Persona</source>
        <translation>Remove Persona</translation>
    </message>
    <message>
        <source>Remove “{name}” and its {count} emotion curve(s)? You can undo this.</source>
        <translation>Remove “{name}” and its {count} emotion curve(s)? You can undo this.</translation>
    </message>
</context>
<context>
    <name>PersonaForm</name>
    <message>
        <source>One per line</source>
        <translation>One per line</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Goals:</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Needs:</translation>
    </message>
    <message>
        <source>Frustrations:</source>
        <translation>Frustrations:</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>Quote:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <source>Rename persona</source>
        <translation>Rename persona</translation>
    </message>
    <message>
        <source>Edit persona role</source>
        <translation>Edit persona role</translation>
    </message>
    <message>
        <source>Edit persona description</source>
        <translation>Edit persona description</translation>
    </message>
    <message>
        <source>Edit persona goals</source>
        <translation>Edit persona goals</translation>
    </message>
    <message>
        <source>Edit persona needs</source>
        <translation>Edit persona needs</translation>
    </message>
    <message>
        <source>Edit persona frustrations</source>
        <translation>Edit persona frustrations</translation>
    </message>
    <message>
        <source>Edit persona quote</source>
        <translation>Edit persona quote</translation>
    </message>
    <message>
        <source>Change persona colour</source>
        <translation>Change persona colour</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Language, theme, fonts, default PDF page and autosave interval</source>
        <translation>Language, theme, fonts, default PDF page and autosave interval</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>Follow system</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>&amp;System default</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Interface &amp;font:</source>
        <translation>Interface &amp;font:</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Ch&amp;oose…</translation>
    </message>
    <message>
        <source>A TrueType font file (.ttf or .ttc) with Chinese characters</source>
        <translation>A TrueType font file (.ttf or .ttc) with Chinese characters</translation>
    </message>
    <message>
        <source>A&amp;utomatic</source>
        <translation>A&amp;utomatic</translation>
    </message>
    <message>
        <source>Use the Chinese font found on this computer</source>
        <translation>Use the Chinese font found on this computer</translation>
    </message>
    <message>
        <source>&amp;Chinese map font:</source>
        <translation>&amp;Chinese map font:</translation>
    </message>
    <message>
        <source>Export and Autosave</source>
        <translation>Export and Autosave</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Default PDF &amp;page:</source>
        <translation>Default PDF &amp;page:</translation>
    </message>
    <message>
        <source>For maps not exported before; each map remembers its own.</source>
        <translation>For maps not exported before; each map remembers its own.</translation>
    </message>
    <message>
        <source>Autosave e&amp;very:</source>
        <translation>Autosave e&amp;very:</translation>
    </message>
    <message>
        <source>In use: {family} ({file})</source>
        <translation>In use: {family} ({file})</translation>
    </message>
    <message>
        <source>In use: no Chinese font found; Chinese text shows as boxes</source>
        <translation>In use: no Chinese font found; Chinese text shows as boxes</translation>
    </message>
    <message>
        <source>The map is redrawn with the new font when you apply it.</source>
        <translation>The map is redrawn with the new font when you apply it.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Presentation Mode</translation>
    </message>
    <message>
        <source>Full screen, stage by stage; Esc ends it</source>
        <translation>Full screen, stage by stage; Esc ends it</translation>
    </message>
    <message>
        <source>← → stages   ↑ ↓ lanes   Home whole map   1–9 timer   V voting   Esc end</source>
        <translation>← → stages   ↑ ↓ lanes   Home whole map   1–9 timer   V voting   Esc end</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Whole map</translation>
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
        <translation>Check the header rows</translation>
    </message>
    <message>
        <source>Shaded rows are read as the questions; the rows below them are answers.</source>
        <translation>Shaded rows are read as the questions; the rows below them are answers.</translation>
    </message>
    <message>
        <source>&amp;Header rows:</source>
        <translation>&amp;Header rows:</translation>
    </message>
    <message numerus="yes">
        <source>%n header row(s)</source>
        <translation><numerusform>%n header row</numerusform><numerusform>%n header rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation><numerusform>%Ln response</numerusform><numerusform>%Ln responses</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped</source>
        <translation><numerusform>%Ln row skipped</numerusform><numerusform>%Ln rows skipped</numerusform></translation>
    </message>
    <message>
        <source>Reading the columns again…</source>
        <translation>Reading the columns again…</translation>
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
    <name>RestoreDialog</name>
    <message>
        <source>Recover Unsaved Maps</source>
        <translation>Recover Unsaved Maps</translation>
    </message>
    <message>
        <source>Journey Designer closed before these maps were saved. Restore one to continue where you left off, or discard it.</source>
        <translation>Journey Designer closed before these maps were saved. Restore one to continue where you left off, or discard it.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Autosaved</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Untitled map “{title}”</source>
        <translation>Untitled map “{title}”</translation>
    </message>
    <message>
        <source>Cannot be restored: {reason}</source>
        <translation>Cannot be restored: {reason}</translation>
    </message>
    <message>
        <source>Restored “{name}”. Save it to keep the recovered changes.</source>
        <translation>Restored “{name}”. Save it to keep the recovered changes.</translation>
    </message>
</context>
<context>
    <name>RoiBars</name>
    <message>
        <source>ROI per channel</source>
        <translation>ROI per channel</translation>
    </message>
    <message>
        <source>Add channel costs in Map ▸ Funnel and Costs…</source>
        <translation>Add channel costs in Map ▸ Funnel and Costs…</translation>
    </message>
    <message>
        <source>no cost</source>
        <translation>no cost</translation>
    </message>
    <message>
        <source>{roi} · CPA {cpa}</source>
        <translation>{roi} · CPA {cpa}</translation>
    </message>
    <message>
        <source>+ {count} more channels</source>
        <translation>+ {count} more channels</translation>
    </message>
    <message>
        <source>Total{currency}: ROI {roi} (cost {cost}, revenue {revenue})</source>
        <translation>Total{currency}: ROI {roi} (cost {cost}, revenue {revenue})</translation>
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
        <translation>Condition, or the trigger in words</translation>
    </message>
    <message>
        <source>Who, e.g. trial users who never logged in</source>
        <translation>Who, e.g. trial users who never logged in</translation>
    </message>
    <message>
        <source>Template or content asset</source>
        <translation>Template or content asset</translation>
    </message>
    <message>
        <source>e.g. 5%</source>
        <translation>e.g. 5%</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. email, orders</source>
        <translation>Comma-separated, e.g. email, orders</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>Wait:</source>
        <translation>Wait:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <source>Then:</source>
        <translation>Then:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <source>Creates:</source>
        <translation>Creates:</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>Personal data:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <source>Edit rule condition</source>
        <translation>Edit rule condition</translation>
    </message>
    <message>
        <source>Edit rule segment</source>
        <translation>Edit rule segment</translation>
    </message>
    <message>
        <source>Change rule action</source>
        <translation>Change rule action</translation>
    </message>
    <message>
        <source>Edit rule content</source>
        <translation>Edit rule content</translation>
    </message>
    <message>
        <source>Change rule goal metric</source>
        <translation>Change rule goal metric</translation>
    </message>
    <message>
        <source>Edit rule goal</source>
        <translation>Edit rule goal</translation>
    </message>
    <message>
        <source>Change the touchpoint a rule creates</source>
        <translation>Change the touchpoint a rule creates</translation>
    </message>
    <message>
        <source>Edit rule personal data</source>
        <translation>Edit rule personal data</translation>
    </message>
    <message>
        <source>Change rule legal basis</source>
        <translation>Change rule legal basis</translation>
    </message>
    <message>
        <source>Change rule trigger</source>
        <translation>Change rule trigger</translation>
    </message>
    <message>
        <source>N must be a number, e.g. 30.</source>
        <translation>N must be a number, e.g. 30.</translation>
    </message>
    <message>
        <source>A number of days cannot be negative.</source>
        <translation>A number of days cannot be negative.</translation>
    </message>
    <message>
        <source>Edit rule trigger value</source>
        <translation>Edit rule trigger value</translation>
    </message>
    <message>
        <source>The wait must be a number of hours, e.g. 24.</source>
        <translation>The wait must be a number of hours, e.g. 24.</translation>
    </message>
    <message>
        <source>The wait cannot be negative.</source>
        <translation>The wait cannot be negative.</translation>
    </message>
    <message>
        <source>Edit rule wait</source>
        <translation>Edit rule wait</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>Emotion curve per segment</source>
        <translation>Emotion curve per segment</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Split by:</source>
        <translation>Split by:</translation>
    </message>
    <message>
        <source>Curve of:</source>
        <translation>Curve of:</translation>
    </message>
    <message>
        <source>— one curve for all respondents</source>
        <translation>— one curve for all respondents</translation>
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
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Select the neighbouring card</source>
        <translation>Select the neighbouring card</translation>
    </message>
    <message>
        <source>Edit the selected card</source>
        <translation>Edit the selected card</translation>
    </message>
    <message>
        <source>Stop editing; clear the selection</source>
        <translation>Stop editing; clear the selection</translation>
    </message>
    <message>
        <source>Select the next / previous card</source>
        <translation>Select the next / previous card</translation>
    </message>
    <message>
        <source>Delete the selected cards</source>
        <translation>Delete the selected cards</translation>
    </message>
    <message>
        <source>Find on the map</source>
        <translation>Find on the map</translation>
    </message>
    <message>
        <source>Present the map</source>
        <translation>Present the map</translation>
    </message>
    <message>
        <source>Space + drag</source>
        <translation>Space + drag</translation>
    </message>
    <message>
        <source>Pan the map</source>
        <translation>Pan the map</translation>
    </message>
    <message>
        <source>Middle button drag</source>
        <translation>Middle button drag</translation>
    </message>
    <message>
        <source>Ctrl + wheel</source>
        <translation>Ctrl + wheel</translation>
    </message>
    <message>
        <source>Zoom at the pointer</source>
        <translation>Zoom at the pointer</translation>
    </message>
    <message>
        <source>Keep a one-line field's text</source>
        <translation>Keep a one-line field's text</translation>
    </message>
    <message>
        <source>Keep a multi-line field's text</source>
        <translation>Keep a multi-line field's text</translation>
    </message>
    <message>
        <source>Keep the text and go to the next field</source>
        <translation>Keep the text and go to the next field</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Map canvas</source>
        <translation>Map canvas</translation>
    </message>
    <message>
        <source>Panel text fields</source>
        <translation>Panel text fields</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Type to filter</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>StageForm</name>
    <message>
        <source>What the customer wants in this stage</source>
        <translation>What the customer wants in this stage</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Width:</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Rename stage</translation>
    </message>
    <message>
        <source>Edit stage description</source>
        <translation>Edit stage description</translation>
    </message>
    <message>
        <source>Edit stage goal</source>
        <translation>Edit stage goal</translation>
    </message>
    <message>
        <source>Change stage colour</source>
        <translation>Change stage colour</translation>
    </message>
    <message>
        <source>Change stage width</source>
        <translation>Change stage width</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stage&lt;/b&gt;</source>
        <translation>&lt;b&gt;Stage&lt;/b&gt;</translation>
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
        <translation>Add &amp;Stage</translation>
    </message>
    <message>
        <source>Add a stage after the selected one</source>
        <translation>Add a stage after the selected one</translation>
    </message>
    <message>
        <source>Add &amp;Lane…</source>
        <translation>Add &amp;Lane…</translation>
    </message>
    <message>
        <source>Add a lane of a kind you choose</source>
        <translation>Add a lane of a kind you choose</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>New stage</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>Add Stage</translation>
    </message>
    <message>
        <source>Resize Stage</source>
        <translation>Resize Stage</translation>
    </message>
    <message>
        <source>Delete stage “{name}” and its {count} cards?</source>
        <translation>Delete stage “{name}” and its {count} cards?</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Delete Stage</translation>
    </message>
    <message>
        <source>Move Stage</source>
        <translation>Move Stage</translation>
    </message>
    <message>
        <source>Move Lane</source>
        <translation>Move Lane</translation>
    </message>
    <message>
        <source>Add Lane</source>
        <translation>Add Lane</translation>
    </message>
    <message>
        <source>Delete lane “{title}” and its {count} cards?</source>
        <translation>Delete lane “{title}” and its {count} cards?</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>Delete Lane</translation>
    </message>
    <message>
        <source>Show Lane</source>
        <translation>Show Lane</translation>
    </message>
    <message>
        <source>Hide Lane</source>
        <translation>Hide Lane</translation>
    </message>
    <message>
        <source>Show All Lanes</source>
        <translation>Show All Lanes</translation>
    </message>
    <message>
        <source>Change Lane Kind</source>
        <translation>Change Lane Kind</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Rename Stage</translation>
    </message>
    <message>
        <source>Rename Lane</source>
        <translation>Rename Lane</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Insert Stage Before</source>
        <translation>Insert Stage Before</translation>
    </message>
    <message>
        <source>Insert Stage After</source>
        <translation>Insert Stage After</translation>
    </message>
    <message>
        <source>Delete Stage…</source>
        <translation>Delete Stage…</translation>
    </message>
    <message>
        <source>Add Lane Below</source>
        <translation>Add Lane Below</translation>
    </message>
    <message>
        <source>Delete Lane…</source>
        <translation>Delete Lane…</translation>
    </message>
    <message>
        <source>Lane Kind</source>
        <translation>Lane Kind</translation>
    </message>
    <message>
        <source>Show &amp;Hidden Lanes</source>
        <translation>Show &amp;Hidden Lanes</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Import applies all of this as one step: Undo takes it back.</source>
        <translation>Import applies all of this as one step: Undo takes it back.</translation>
    </message>
    <message>
        <source>Proposed pain points (low scores)</source>
        <translation>Proposed pain points (low scores)</translation>
    </message>
    <message>
        <source>Working out what will change…</source>
        <translation>Working out what will change…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; · sheet “{sheet}” · {format} · {responses} responses</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; · sheet “{sheet}” · {format} · {responses} responses</translation>
    </message>
    <message>
        <source>A new persona “{name}” for the measured curve</source>
        <translation>A new persona “{name}” for the measured curve</translation>
    </message>
    <message numerus="yes">
        <source>Measured emotion curve of {persona}: %n point(s)</source>
        <translation><numerusform>Measured emotion curve of {persona}: %n point</numerusform><numerusform>Measured emotion curve of {persona}: %n points</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n quote card(s) from free-text answers</source>
        <translation><numerusform>%n quote card from free-text answers</numerusform><numerusform>%n quote cards from free-text answers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s) on touchpoint cards</source>
        <translation><numerusform>%n metric on touchpoint cards</numerusform><numerusform>%n metrics on touchpoint cards</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s) for whole stages, on “Survey results” cards</source>
        <translation><numerusform>%n metric for whole stages, on “Survey results” cards</numerusform><numerusform>%n metrics for whole stages, on “Survey results” cards</numerusform></translation>
    </message>
    <message>
        <source>Personal data: contact details inside comments are kept, as you chose; personal columns are still left out.</source>
        <translation>Personal data: contact details inside comments are kept, as you chose; personal columns are still left out.</translation>
    </message>
    <message numerus="yes">
        <source>Personal data: %n column(s) left out; contact details inside comments are replaced.</source>
        <translation><numerusform>Personal data: %n column left out; contact details inside comments are replaced.</numerusform><numerusform>Personal data: %n columns left out; contact details inside comments are replaced.</numerusform></translation>
    </message>
</context>
<context>
    <name>SurveyImport</name>
    <message>
        <source>&amp;Import Survey…</source>
        <translation>&amp;Import Survey…</translation>
    </message>
    <message>
        <source>Turn a survey export into metrics, emotion curves and quotes</source>
        <translation>Turn a survey export into metrics, emotion curves and quotes</translation>
    </message>
    <message>
        <source>&amp;Refresh Survey Data</source>
        <translation>&amp;Refresh Survey Data</translation>
    </message>
    <message>
        <source>Read an imported survey file again; manual edits stay</source>
        <translation>Read an imported survey file again; manual edits stay</translation>
    </message>
    <message>
        <source>{file} (sheet {sheet}, imported {date})</source>
        <translation>{file} (sheet {sheet}, imported {date})</translation>
    </message>
    <message>
        <source>Refresh Survey Data</source>
        <translation>Refresh Survey Data</translation>
    </message>
    <message>
        <source>Survey to read again:</source>
        <translation>Survey to read again:</translation>
    </message>
    <message>
        <source>{file} is no longer at {path}. Please locate it.</source>
        <translation>{file} is no longer at {path}. Please locate it.</translation>
    </message>
    <message>
        <source>Locate {file}</source>
        <translation>Locate {file}</translation>
    </message>
    <message>
        <source>Survey exports ({extensions});;All files (*)</source>
        <translation>Survey exports ({extensions});;All files (*)</translation>
    </message>
    <message>
        <source>Refresh cancelled.</source>
        <translation>Refresh cancelled.</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{file} has not changed since it was imported.</source>
        <translation>{file} has not changed since it was imported.</translation>
    </message>
    <message>
        <source>Refreshed from {file}: {responses} responses.</source>
        <translation>Refreshed from {file}: {responses} responses.</translation>
    </message>
    <message>
        <source>No longer in the file: {columns}.</source>
        <translation>No longer in the file: {columns}.</translation>
    </message>
</context>
<context>
    <name>SurveyImportWizard</name>
    <message>
        <source>Import Survey</source>
        <translation>Import Survey</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Imported {responses} responses from {file}.</source>
        <translation>Imported {responses} responses from {file}.</translation>
    </message>
</context>
<context>
    <name>SurveyRoles</name>
    <message>
        <source>Respondent id</source>
        <translation>Respondent id</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Likert (words)</source>
        <translation>Likert (words)</translation>
    </message>
    <message>
        <source>NPS (0–10)</source>
        <translation>NPS (0–10)</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Multiple choice</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Free text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignored</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ThumbnailGrid</name>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
</context>
<context>
    <name>TimerActions</name>
    <message>
        <source>Workshop &amp;Timer</source>
        <translation>Workshop &amp;Timer</translation>
    </message>
    <message>
        <source>&amp;Start / Pause Timer</source>
        <translation>&amp;Start / Pause Timer</translation>
    </message>
    <message numerus="yes">
        <source>%n Minute(s)</source>
        <translation><numerusform>%n Minute</numerusform><numerusform>%n Minutes</numerusform></translation>
    </message>
    <message>
        <source>&amp;Reset Timer</source>
        <translation>&amp;Reset Timer</translation>
    </message>
</context>
<context>
    <name>TopPainPoints</name>
    <message>
        <source>Top pain points</source>
        <translation>Top pain points</translation>
    </message>
    <message>
        <source>Add pain points on the map; vote on them in the workshop (F5)</source>
        <translation>Add pain points on the map; vote on them in the workshop (F5)</translation>
    </message>
    <message>
        <source>+ {count} more</source>
        <translation>+ {count} more</translation>
    </message>
</context>
<context>
    <name>TopVotedDialog</name>
    <message>
        <source>Top Voted</source>
        <translation>Top Voted</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>&amp;Reset Votes</source>
        <translation>&amp;Reset Votes</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) on %1 pain points and opportunities.</source>
        <translation><numerusform>%n vote on %1 pain points and opportunities.</numerusform><numerusform>%n votes on %1 pain points and opportunities.</numerusform></translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Pain point</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Add a card</source>
        <translation>Add a card</translation>
    </message>
    <message>
        <source>Double-click an empty spot in a cell, or click the “+” that appears in the cell under the mouse; {new_card} adds one after the selected card. Type it (the first line is the title): {enter} keeps it, {esc} drops it.</source>
        <translation>Double-click an empty spot in a cell, or click the “+” that appears in the cell under the mouse; {new_card} adds one after the selected card. Type it (the first line is the title): {enter} keeps it, {esc} drops it.</translation>
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
        <translation>Move it</translation>
    </message>
    <message>
        <source>Drag a card to another cell, in any stage or lane: a line shows where it will land. Ctrl+click or drag a frame to select several and move them together. {undo} takes a move back.</source>
        <translation>Drag a card to another cell, in any stage or lane: a line shows where it will land. Ctrl+click or drag a frame to select several and move them together. {undo} takes a move back.</translation>
    </message>
    <message>
        <source>Draw the emotion curve</source>
        <translation>Draw the emotion curve</translation>
    </message>
    <message>
        <source>Drag a point up or down: it snaps to the map's scale. Click empty space in the emotion lane to add a point to the persona's curve; double-click a point to label it.</source>
        <translation>Drag a point up or down: it snaps to the map's scale. Click empty space in the emotion lane to add a point to the persona's curve; double-click a point to label it.</translation>
    </message>
    <message>
        <source>Import a survey</source>
        <translation>Import a survey</translation>
    </message>
    <message>
        <source>{command} ({shortcut}) reads an Excel or CSV export (Qualtrics, SurveyMonkey, Google Forms, 问卷星, 腾讯问卷…). It suggests which question belongs to which stage and touchpoint, then adds the scores and a measured emotion curve as one step you can undo.</source>
        <translation>{command} ({shortcut}) reads an Excel or CSV export (Qualtrics, SurveyMonkey, Google Forms, 问卷星, 腾讯问卷…). It suggests which question belongs to which stage and touchpoint, then adds the scores and a measured emotion curve as one step you can undo.</translation>
    </message>
    <message>
        <source>Export a PDF</source>
        <translation>Export a PDF</translation>
    </message>
    <message>
        <source>{command} ({shortcut}) prints the map as a vector PDF: fit it on one sheet, tile a poster at 100% or put one stage on each sheet, with a cover and a legend if you like. The preview shows the map's sheets before you save.</source>
        <translation>{command} ({shortcut}) prints the map as a vector PDF: fit it on one sheet, tile a poster at 100% or put one stage on each sheet, with a cover and a legend if you like. The preview shows the map's sheets before you save.</translation>
    </message>
</context>
<context>
    <name>TourCallout</name>
    <message>
        <source>Skip tour</source>
        <translation>Skip tour</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Step {number} of {count}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>WorkshopTimer</name>
    <message>
        <source>{time} (paused)</source>
        <translation>{time} (paused)</translation>
    </message>
    <message>
        <source>0:00 Time’s up</source>
        <translation>0:00 Time’s up</translation>
    </message>
</context>
</TS>
