using System;
using CrmIndependence.Demo.Cli;
using Spectre.Console;

namespace CrmIndependence.Demo
{
    /// <summary>
    /// The demo console. Commands (see <see cref="DemoCommandLine"/>, or run with --help):
    ///   play [scenario.json] [--out folder] [--charts]     plays a scenario (default: Demo/Scenarios/sample.json) and reports
    ///   generate --out file.json [--reps N] [--managers M] [--days D] [--seed S] [--rate R] [--enforce-from DAY|none] [--sample]
    ///   bench-scale [--sizes 10x30,50x90,...] [--rate R] [--results file.md]
    ///   help [command]
    /// </summary>
    public static class Program
    {
        /// <summary>The report's tables are laid out for this width; a log or a pipe gets it.</summary>
        public const int RedirectedWidth = 100;

        public static int Main(string[] args)
        {
            if (Console.IsOutputRedirected)
            {
                AnsiConsole.Profile.Width = RedirectedWidth;
            }

            return new DemoCommandLine(AnsiConsole.Console, Console.Out, Console.Error).Run(args);
        }
    }
}
