# Shared helpers for scripts\*.ps1 (Windows). Dot-source it; do not run it.
# Kept ASCII-only: Windows PowerShell 5.1 reads BOM-less files as ANSI.

# 'Continue': native commands report failure through $LASTEXITCODE, which is
# checked after each one (with 'Stop', Windows PowerShell 5.1 turns any line a
# native command writes to stderr into an error).
$ErrorActionPreference = 'Continue'
$PapRoot = Split-Path -Parent $PSScriptRoot
$PapVenv = Join-Path $PapRoot '.venv'
$PapPython = Join-Path $PapVenv 'Scripts\python.exe'

function Write-Section([string]$Text) { Write-Host ''; Write-Host "==> $Text" -ForegroundColor Cyan }
function Write-Info([string]$Text) { Write-Host "    $Text" }
function Stop-WithError([string]$Text) { Write-Host "ERROR: $Text" -ForegroundColor Red; exit 1 }

# Returns the command (as an array) of a Python >= 3.11 with venv, or $null.
# Order: $env:PYTHON, the py launcher (3.13, 3.12, 3.11), python, python3.
function Find-Python {
    $candidates = @()
    if ($env:PYTHON) { $candidates += , @($env:PYTHON) }
    foreach ($v in '3.14', '3.13', '3.12', '3.11') { $candidates += , @('py', "-$v") }
    $candidates += , @('python')
    $candidates += , @('python3')
    foreach ($c in $candidates) {
        $exe = $c[0]
        if (-not (Get-Command $exe -ErrorAction SilentlyContinue)) { continue }
        $rest = @($c | Select-Object -Skip 1)
        try {
            & $exe @rest -c 'import sys, venv; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>$null | Out-Null
            if ($LASTEXITCODE -eq 0) { return , $c }
        } catch { }
    }
    return $null
}

function Initialize-Venv {
    if (Test-Path $PapPython) {
        & $PapPython -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>$null | Out-Null
        if ($LASTEXITCODE -eq 0) { return }
        Write-Info "$PapVenv is broken or too old: recreating it."
        Remove-Item -Recurse -Force $PapVenv
    }
    $python = Find-Python
    if (-not $python) {
        Stop-WithError 'No Python >= 3.11 found. Install it (for example: winget install Python.Python.3.12), then run this script again.'
    }
    $exe = $python[0]
    $rest = @($python | Select-Object -Skip 1)
    Write-Info "creating $PapVenv with $($python -join ' ')"
    & $exe @rest -m venv $PapVenv
    if ($LASTEXITCODE -ne 0) { Stop-WithError "'$($python -join ' ') -m venv' failed." }
}

# pip install -e ".[Extras]" only when pyproject.toml changed since the last
# successful install of those extras (stamp files in the venv).
function Install-Project([string]$Extras = '') {
    $spec = '.'
    $stamp = Join-Path $PapVenv '.pap-installed-base'
    if ($Extras) { $spec = ".[$Extras]"; $stamp = Join-Path $PapVenv ".pap-installed-$Extras" }
    $digest = (Get-FileHash (Join-Path $PapRoot 'pyproject.toml') -Algorithm SHA256).Hash
    $digest += ':' + (& $PapPython -c 'import sys; print(sys.version.split()[0])')
    if ((Test-Path $stamp) -and ((Get-Content $stamp -Raw) -eq $digest)) {
        Write-Info "Python packages up to date ($spec)"
        return
    }
    Write-Info "pip install -e `"$spec`" (quiet; the first run takes a few minutes)"
    $log = Join-Path $PapVenv 'pip-install.log'
    $env:PIP_DISABLE_PIP_VERSION_CHECK = '1'
    Push-Location $PapRoot
    try {
        & $PapPython -m pip install -q -e $spec *> $log
        $rc = $LASTEXITCODE
    } finally { Pop-Location }
    if ($rc -ne 0) {
        Get-Content $log -Tail 40 | Write-Host
        Stop-WithError "pip install -e `"$spec`" failed (full log: $log)."
    }
    Set-Content -Path $stamp -Value $digest -NoNewline
    if ($Extras) { Set-Content -Path (Join-Path $PapVenv '.pap-installed-base') -Value $digest -NoNewline }
}
