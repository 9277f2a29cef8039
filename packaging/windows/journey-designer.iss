; Inno Setup 6 script: a Windows installer for the one-folder app dist\journey-designer\.
;   iscc packaging\windows\journey-designer.iss
; (after build.ps1, or PyInstaller by hand: packaging\README.md). Writes
; dist\journey-designer-<version>-windows-x64-setup.exe. The version is read from the
; executable's version resource, which packaging\journey_designer.spec sets from
; journey_designer.__version__.
;
; Installs per user by default (no administrator rights; the setup offers "for all users"),
; adds a Start menu entry, and registers Journey Designer for map files. Windows goes by
; the last extension of a name, so a map "x.journey.json" is a ".json" file to Explorer: the
; installer registers the "Journey Designer map" file type (JourneyDesigner.Map) and offers
; the app in "Open with" for .json files, without taking .json away from the user's editor.

#define AppName "Journey Designer"
#define AppExe "journey-designer.exe"
#define Bundle AddBackslash(SourcePath) + "..\..\dist\journey-designer"
#define AppVersion GetStringFileInfo(Bundle + "\" + AppExe, "ProductVersion")
#define ProgId "JourneyDesigner.Map"

[Setup]
AppId={{6B0E9C3A-5D7F-4B8E-9A61-2F4C8D7E1A35}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Journey Designer
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; relative paths below are relative to this script's folder
OutputDir=..\..\dist
OutputBaseFilename=journey-designer-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\journey-designer.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no Simplified Chinese messages; with ChineseSimplified.isl from the
; translations on jrsoftware.org in the compiler's Languages folder, add:
; Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The map file type, and how to open one.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Journey Designer map"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; "Open with" for .json files (a map is one to Explorer), not the default for them.
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; Win+R "journey-designer" starts the app.
Root: HKA; Subkey: "Software\Microsoft\Windows\CurrentVersion\App Paths\{#AppExe}"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe}"; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
