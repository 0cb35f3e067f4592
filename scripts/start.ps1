# FIRST command on Windows: creates .venv, installs Pas a Pas and opens it on the
# bundled lessons and a local database. No system packages are needed: speech
# uses SAPI5, which Windows has.
#
#   powershell -ExecutionPolicy Bypass -File scripts\start.ps1 [tutor arguments...]
#
# Set $env:PYTHON to choose the interpreter (Python >= 3.11).
. (Join-Path $PSScriptRoot '_common.ps1')
Set-Location $PapRoot

Write-Section 'Python environment (.venv)'
Initialize-Venv
Install-Project

Write-Section 'Starting Pas a Pas'
$tutor = Join-Path $PapVenv 'Scripts\tutor.exe'
if (-not (Test-Path $tutor)) { Stop-WithError "$tutor is missing (pip install did not create it)." }
& $tutor @args
exit $LASTEXITCODE
