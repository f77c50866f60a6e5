#!/usr/bin/env pwsh
<#
.SYNOPSIS
  The one entry point of CrmIndependence: restore, build, test (later: pack the solution zip, run the demo).

.EXAMPLE
  dotnet tool restore
  dotnet pwsh ./build.ps1            # restore + build (Release)
  dotnet pwsh ./build.ps1 test       # build + run every test, results in out/test-results
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('restore', 'build', 'test')]
    [string] $Task = 'build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = $PSScriptRoot
$solution = Join-Path $root 'CrmIndependence.sln'
$out = Join-Path $root 'out'
$testResults = Join-Path $out 'test-results'

function Invoke-Step([string] $title, [scriptblock] $action) {
    Write-Host "==> $title" -ForegroundColor Cyan
    $watch = [Diagnostics.Stopwatch]::StartNew()
    & $action
    if ($LASTEXITCODE -ne 0) {
        Write-Host "FAILED: $title (exit code $LASTEXITCODE)" -ForegroundColor Red
        exit $LASTEXITCODE
    }
    Write-Host ("    done in {0:n1} s" -f $watch.Elapsed.TotalSeconds)
}

function Invoke-Restore {
    Invoke-Step 'restore' { dotnet restore $solution --nologo }
}

function Invoke-Build {
    Invoke-Restore
    Invoke-Step "build ($Configuration)" { dotnet build $solution -c $Configuration --no-restore --nologo }
    Write-Host 'Built:'
    foreach ($shipped in @(
            "Plugins/bin/$Configuration/net462/CrmIndependence.Plugins.dll",
            "Workflows/bin/$Configuration/net462/CrmIndependence.Workflows.dll")) {
        $path = Join-Path $root $shipped
        if (-not (Test-Path $path)) { Write-Host "missing: $shipped" -ForegroundColor Red; exit 1 }
        Write-Host ("    {0} ({1:n0} bytes, strong-named, ships in the solution)" -f $shipped, (Get-Item $path).Length)
    }
}

function Invoke-Test {
    Invoke-Build
    if (Test-Path $testResults) { Remove-Item -Recurse -Force $testResults }
    Invoke-Step 'test' {
        dotnet test $solution -c $Configuration --no-build --nologo `
            --logger 'trx;LogFileName=results.trx' --logger 'console;verbosity=minimal' `
            --results-directory $testResults
    }
    Write-Host "Test results: $testResults"
}

switch ($Task) {
    'restore' { Invoke-Restore }
    'build' { Invoke-Build }
    'test' { Invoke-Test }
}
