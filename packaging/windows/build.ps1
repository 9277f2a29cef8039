# Build the Windows bundle dist\journey-designer\ and its installer, then smoke-test them.
# In PowerShell, from anywhere in the checkout (Python 3.11+ from python.org on PATH):
#   $env:JOURNEY_DESIGNER_FONT = "C:\path\to\wqy-microhei.ttc"
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs Inno Setup 6 (iscc) for the installer; without it the bundle is still built.
$ErrorActionPreference = "Stop"
$Repo = (Resolve-Path "$PSScriptRoot\..\..").Path
$Python = if ($env:PYTHON) { $env:PYTHON } else { "python" }
$Venv = Join-Path $Repo "build\venv-windows"
$Bundle = Join-Path $Repo "dist\journey-designer"

if (-not $env:JOURNEY_DESIGNER_FONT -or -not (Test-Path $env:JOURNEY_DESIGNER_FONT)) {
    throw "set JOURNEY_DESIGNER_FONT to wqy-microhei.ttc (packaging\README.md says where to get it)"
}
if (-not (Test-Path "$Venv\Scripts\python.exe")) {
    & $Python -m venv $Venv
    if ($LASTEXITCODE) { throw "could not create $Venv" }
}
& "$Venv\Scripts\python.exe" -m pip install -q -e $Repo "pyinstaller==6.22.*"
if ($LASTEXITCODE) { throw "pip could not install the build environment" }

Push-Location $Repo
try {
    & "$Venv\Scripts\pyinstaller.exe" --noconfirm --clean --log-level WARN `
        --distpath dist --workpath build\pyinstaller packaging\journey_designer.spec
    if ($LASTEXITCODE) { throw "PyInstaller failed" }
} finally {
    Pop-Location
}

# Smoke test with the console executable (the windowed one cannot print).
$Cli = Join-Path $Bundle "journey-designer-cli.exe"
$Smoke = Join-Path $Repo "build\smoke-windows"
Remove-Item -Recurse -Force $Smoke -ErrorAction SilentlyContinue
New-Item -ItemType Directory $Smoke | Out-Null
& $Cli --version
if ($LASTEXITCODE) { throw "--version failed" }
& $Cli new --template b2c_five_stages --lang zh -o "$Smoke\map.journey.json"
if ($LASTEXITCODE) { throw "new failed" }
& $Cli export "$Smoke\map.journey.json" -o "$Smoke\map.pdf"
if ($LASTEXITCODE) { throw "export failed" }
[IO.File]::WriteAllText("$Smoke\survey.csv", "id,score`n1,5`n2,3`n3,4`n", [Text.UTF8Encoding]::new($false))
& $Cli inspect "$Smoke\survey.csv"  # read in a child process of the bundle
if ($LASTEXITCODE) { throw "inspect failed" }
"bundle: {0:N0} MB" -f ((Get-ChildItem -Recurse $Bundle | Measure-Object Length -Sum).Sum / 1MB)

$Iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (Test-Path $Iscc) {
    & $Iscc (Join-Path $Repo "packaging\windows\journey-designer.iss")
    if ($LASTEXITCODE) { throw "Inno Setup failed" }
} else {
    Write-Warning "Inno Setup 6 not found: the installer was not made (the bundle is in $Bundle)"
}
