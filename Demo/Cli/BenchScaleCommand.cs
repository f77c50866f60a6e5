using System;
using System.CommandLine;
using System.IO;
using CrmIndependence.Demo.Scale;
using Spectre.Console;

namespace CrmIndependence.Demo.Cli
{
    /// <summary><c>bench-scale [--sizes 10x30,50x90,...] [--rate R] [--results file.md]</c>.</summary>
    internal static class BenchScaleCommand
    {
        public const double DefaultRate = 6.0;

        public static Command Create(IAnsiConsole console)
        {
            var sizes = OptionValues.Sizes("--sizes", $"The orgs to play, reps x days. Default: {ScaleBenchmark.DefaultSizes}.");
            var rate = OptionValues.Number("--rate", "R", $"Activities per rep per working day. Default: {DefaultRate}.", 0, 100);
            var results = OptionValues.Path("--results", "file.md", "Also write the results as Markdown, e.g. Benchmarks/Scale/RESULTS.md.");
            var command = new Command("bench-scale", "Plays generated orgs of growing size and measures the plugins' cost per event (minutes for the default sizes).")
            {
                sizes, rate, results,
            };
            command.SetAction(parsed =>
            {
                var file = parsed.GetValue(results);
                if (file != null)
                {
                    // Fail before minutes of measuring, not after.
                    var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
                    if (!Directory.Exists(folder))
                    {
                        throw new IOException($"cannot write the results to '{Path.GetFullPath(file)}': the folder '{folder}' does not exist.");
                    }
                }

                return ScaleBenchmark.Run(console, parsed.GetValue(sizes) ?? ScaleBenchmark.Sizes(ScaleBenchmark.DefaultSizes), parsed.GetValue(rate) ?? DefaultRate, file);
            });
            return command;
        }
    }
}
