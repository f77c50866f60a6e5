#!/usr/bin/env pwsh

<#
.SYNOPSIS
  The one entry point of CrmIndependence: restore, build, test, pack the solution zips, run the benchmarks or the demo.

.DESCRIPTION
  Tasks (the first argument; default build):
    restore  restore the NuGet packages of every project
    build    restore, then build every project; lists the two shipped net462 assemblies
    test     build, then run every test; TRX results in out/test-results
    pack     build, then write out/CrmIndependence_<version>.zip and _managed.zip from Solution/
    bench    the emulator benchmarks (always Release, about 8 minutes); reports in BenchmarkDotNet.Artifacts/results
    demo     build the demo, then play Demo/Scenarios/sample.json through the plugins; report in the terminal and out/demo/report.html
  Any other task or configuration is refused with the list of valid ones. Each step prints what it did and
  how long it took; a failing step stops the script with its non-zero exit code.

.PARAMETER Task
  One of: restore, build, test, pack, bench, demo (see the description).

.PARAMETER Configuration
  Release (default) or Debug.

.EXAMPLE
  dotnet tool restore && dotnet pwsh ./build.ps1 demo
  Builds, then plays the bundled 90-day sample and prints the manager report.

.EXAMPLE
  dotnet tool restore && dotnet pwsh ./build.ps1 test
  Builds everything and runs every test.

.EXAMPLE
  dotnet pwsh ./build.ps1 pack -Configuration Debug
  Writes the solution zips from a Debug build.
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('restore', 'build', 'test', 'pack', 'bench', 'demo', ErrorMessage = "Unknown task '{0}'. Valid tasks: {1}. See: dotnet pwsh -c 'Get-Help ./build.ps1 -Detailed'")]
    [string] $Task = 'build',

    [ValidateSet('Debug', 'Release', ErrorMessage = "Unknown configuration '{0}'. Valid configurations: {1}.")]
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

function Invoke-Pack {
    Invoke-Build
    # The packer reads Solution/ and the shipped net462 assemblies; the version comes from Other/Solution.xml.
    Invoke-Step 'pack solution' {
        dotnet run --project (Join-Path $root 'Solution/Packer/CrmIndependence.Solution.Packer.csproj') `
            -c $Configuration --no-build -- `
            --source (Join-Path $root 'Solution') `
            --plugins (Join-Path $root "Plugins/bin/$Configuration/net462/CrmIndependence.Plugins.dll") `
            --workflows (Join-Path $root "Workflows/bin/$Configuration/net462/CrmIndependence.Workflows.dll") `
            --out $out
    }
}

function Invoke-Bench {
    Invoke-Restore
    # Always Release: BenchmarkDotNet refuses unoptimized builds. In-process job, see Benchmarks/Emulator/BenchConfig.cs.
    $project = Join-Path $root 'Benchmarks/Emulator/CrmIndependence.Benchmarks.Emulator.csproj'
    Push-Location $root
    try {
        Invoke-Step 'benchmarks (Release)' { dotnet run --project $project -c Release --no-restore -- --filter '*' }
    }
    finally {
        Pop-Location
    }
    Write-Host ("Benchmark results: {0} (*-report-github.md per class; Ratios-report.md and RetainedMemory-report.md)" -f (Join-Path $root 'BenchmarkDotNet.Artifacts/results'))
}

function Invoke-Demo {
    Invoke-Restore
    # Builds only the demo and what it references (the plugins, the emulator, the packer's solution reader).
    $project = Join-Path $root 'Demo/CrmIndependence.Demo.csproj'
    Invoke-Step "build demo ($Configuration)" { dotnet build $project -c $Configuration --no-restore --nologo -v quiet }
    Push-Location $root
    try {
        Invoke-Step 'play Demo/Scenarios/sample.json' {
            dotnet run --project $project -c $Configuration --no-build -- play (Join-Path $root 'Demo/Scenarios/sample.json') --out (Join-Path $out 'demo')
        }
    }
    finally {
        Pop-Location
    }
}

switch ($Task) {
    'restore' { Invoke-Restore }
    'build' { Invoke-Build }
    'test' { Invoke-Test }
    'pack' { Invoke-Pack }
    'bench' { Invoke-Bench }
    'demo' { Invoke-Demo }
}
