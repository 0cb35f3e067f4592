# SECOND command on Windows: installs the test needs and runs the whole suite
# (ruff check, ruff format --check, mypy, lint-imports, pytest). Extra arguments go to pytest.
#
#   powershell -ExecutionPolicy Bypass -File scripts\test.ps1 [pytest arguments...]
#
# Qt runs offscreen (QT_QPA_PLATFORM=offscreen unless already set); end-to-end
# tests that need a real display and sound are expected to skip themselves.
# Every check runs; the exit code is the first failing one's.
# $env:PAP_SKIP_LINT = '1' skips ruff, mypy and lint-imports.
. (Join-Path $PSScriptRoot '_common.ps1')
Set-Location $PapRoot
$started = Get-Date
$pytestArgs = @($args)

Write-Section 'Python environment (.venv with the test extras)'
Initialize-Venv
Install-Project 'test'
$env:VIRTUAL_ENV = $PapVenv
$env:PATH = (Join-Path $PapVenv 'Scripts') + [IO.Path]::PathSeparator + $env:PATH
if (-not $env:QT_QPA_PLATFORM) { $env:QT_QPA_PLATFORM = 'offscreen' }
Write-Info "QT_QPA_PLATFORM=$env:QT_QPA_PLATFORM"

$results = @()
$firstFailure = 0
function Add-Result([string]$Name, [int]$Code, [string]$Note) {
    $status = if ($Code -eq 0) { 'ok' } else { "FAILED (exit $Code)" }
    $script:results += ('{0,-22} {1} {2}' -f $Name, $status, $Note)
    if ($Code -ne 0 -and $script:firstFailure -eq 0) { $script:firstFailure = $Code }
}
function Invoke-Check([string]$Name, [string]$Exe, [string[]]$CheckArgs) {
    Write-Section "${Name}: $Exe $($CheckArgs -join ' ')"
    $t0 = Get-Date
    & (Join-Path $PapVenv "Scripts\$Exe.exe") @CheckArgs
    Add-Result $Name $LASTEXITCODE ('- {0:N0} s' -f ((Get-Date) - $t0).TotalSeconds)
}

if ($env:PAP_SKIP_LINT -eq '1') {
    Write-Section 'Lint and types: skipped (PAP_SKIP_LINT=1)'
} else {
    Invoke-Check 'ruff check' 'ruff' @('check', 'tutor', 'tests')
    Invoke-Check 'ruff format' 'ruff' @('format', '--check', 'tutor', 'tests')
    Invoke-Check 'mypy' 'mypy' @()
    Invoke-Check 'lint-imports' 'lint-imports' @('--no-logo')
}

$collectOnly = ($pytestArgs -contains '--collect-only') -or ($pytestArgs -contains '--co')
Write-Section "pytest $($pytestArgs -join ' ')"
$t0 = Get-Date
& (Join-Path $PapVenv 'Scripts\pytest.exe') @pytestArgs
$rc = $LASTEXITCODE
if ($rc -eq 5) {
    if ($collectOnly) {
        Write-Info 'pytest collected no tests (exit 5); only collecting, so not a failure.'
        Add-Result 'pytest' 0 '- collect-only: no tests collected'
    } else {
        Write-Host 'ERROR: pytest collected no tests (exit 5): the suite ran nothing.' -ForegroundColor Red
        Add-Result 'pytest' 5 '- no tests collected'
    }
} else {
    Add-Result 'pytest' $rc ('- {0:N0} s' -f ((Get-Date) - $t0).TotalSeconds)
}

Write-Section ('Summary ({0:N0} s in all)' -f ((Get-Date) - $started).TotalSeconds)
$results | ForEach-Object { Write-Host "    $_" }
if ($firstFailure -ne 0) { Write-Host "FAILED (exit $firstFailure)" -ForegroundColor Red } else { Write-Host 'All checks passed.' }
exit $firstFailure
