# Builds the Windows program: dist\pas-a-pas\pas-a-pas.exe (the window) and
# dist\pas-a-pas\pas-a-pas-cli.exe (the same program for the command line: self-check,
# lessons check...), plus dist\pas-a-pas-windows-x64.zip.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1
#
# No espeak-ng inside: the voice is Windows' own (SAPI5). Needs Python >= 3.11 from
# python.org ($env:PYTHON chooses it). Not yet run on a Windows machine: check the output.
# Kept ASCII-only (Windows PowerShell 5.1 reads BOM-less files as ANSI).
. (Join-Path $PSScriptRoot '..\scripts\_common.ps1')
Set-Location $PapRoot
$started = Get-Date

Write-Section 'Python environment (.venv with the build extra)'
Initialize-Venv
Install-Project 'build'

Write-Section 'PyInstaller (packaging\pas-a-pas.spec)'
New-Item -ItemType Directory -Force (Join-Path $PapRoot 'build') | Out-Null
$log = Join-Path $PapRoot 'build\pyinstaller.log'
& $PapPython -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath (Join-Path $PapRoot 'dist') --workpath (Join-Path $PapRoot 'build\pyinstaller') `
    (Join-Path $PapRoot 'packaging\pas-a-pas.spec') *> $log
if ($LASTEXITCODE -ne 0) {
    Get-Content $log -Tail 40
    Stop-WithError "PyInstaller failed (full log: $log)"
}

Write-Section 'Pruning what the app never uses'
$bundle = Join-Path $PapRoot 'dist\pas-a-pas'
& $PapPython (Join-Path $PapRoot 'packaging\prune.py') $bundle
if ($LASTEXITCODE -ne 0) { Stop-WithError 'prune.py failed' }

Write-Section 'Self-check (offscreen)'
$check = Join-Path $env:TEMP ('pap-check-' + [guid]::NewGuid())
$env:QT_QPA_PLATFORM = 'offscreen'
& (Join-Path $bundle 'pas-a-pas-cli.exe') self-check --data-dir $check
$rc = $LASTEXITCODE
Remove-Item Env:QT_QPA_PLATFORM
Remove-Item -Recurse -Force $check -ErrorAction SilentlyContinue

Write-Section 'Archive'
$zip = Join-Path $PapRoot 'dist\pas-a-pas-windows-x64.zip'
if (Test-Path $zip) { Remove-Item $zip }
Compress-Archive -Path $bundle -DestinationPath $zip

$size = (Get-ChildItem -Recurse -File $bundle | Measure-Object -Property Length -Sum).Sum
Write-Section ("Done in {0:N0} s" -f ((Get-Date) - $started).TotalSeconds)
Write-Info ("folder:  dist\pas-a-pas\  {0:N1} MB" -f ($size / 1e6))
Write-Info ("archive: dist\pas-a-pas-windows-x64.zip  {0:N1} MB" -f ((Get-Item $zip).Length / 1e6))
if ($rc -ne 0) { Stop-WithError "the bundle's self-check failed (exit $rc)" }
