using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CrmIndependence.Demo.Generation;
using CrmIndependence.Demo.Playing;
using CrmIndependence.Demo.Reporting;
using CrmIndependence.Demo.Scale;
using CrmIndependence.Demo.Scenarios;
using Spectre.Console;

namespace CrmIndependence.Demo
{
    /// <summary>
    /// Commands:
    ///   play [scenario.json] [--out folder] [--charts]     plays a scenario (default: Demo/Scenarios/sample.json) and reports
    ///   generate --out file.json [--reps N] [--managers M] [--days D] [--seed S] [--rate R] [--enforce-from DAY|none] [--sample]
    ///   bench-scale [--sizes 10x30,50x90,...] [--results file.md]
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            var command = args.Length > 0 && !args[0].StartsWith("-", StringComparison.Ordinal) && !args[0].EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? args[0] : "play";
            var rest = command == "play" && (args.Length == 0 || args[0] != "play") ? args : args[1..];
            try
            {
                if (Console.IsOutputRedirected && AnsiConsole.Profile.Width < 132)
            {
                AnsiConsole.Profile.Width = 132; // a log or a pipe: wide enough for the report's tables
            }

            var options = Options.Parse(rest);
                return command switch
                {
                    "play" => Play(options),
                    "generate" => Generate(options),
                    "bench-scale" => ScaleBenchmark.Run(AnsiConsole.Console, options),
                    _ => Usage($"Unknown command '{command}'."),
                };
            }
            catch (ScenarioException exception)
            {
                AnsiConsole.MarkupLine("[red]The scenario cannot be played; no report was written.[/]");
                AnsiConsole.WriteLine(exception.Message);
                return 2;
            }
            catch (ArgumentException exception)
            {
                return Usage(exception.Message);
            }
        }

        private static int Usage(string problem)
        {
            Console.Error.WriteLine(problem);
            Console.Error.WriteLine("usage: CrmIndependence.Demo [play] [scenario.json] [--out folder] [--charts]");
            Console.Error.WriteLine("       CrmIndependence.Demo generate --out file.json [--reps 8] [--managers 2] [--days 90] [--seed 7] [--rate 3] [--enforce-from 45|none] [--sample]");
            Console.Error.WriteLine("       CrmIndependence.Demo bench-scale [--sizes 10x30,100x90,500x365] [--results Benchmarks/Scale/RESULTS.md]");
            return 1;
        }

        private static int Play(Options options)
        {
            var file = options.Positional ?? RepositoryFolders.SampleScenario;
            var scenario = ScenarioParser.Load(file);
            var player = new ScenarioPlayer();
            var result = WithProgress(player, scenario);
            var report = DemoReport.Build(result);
            TerminalReport.Write(AnsiConsole.Console, report);
            var folder = options.Get("out") ?? RepositoryFolders.DemoOutput;
            var path = HtmlReport.Write(report, folder);
            if (options.Flag("charts"))
            {
                HtmlReport.WriteCharts(report, folder);
            }

            AnsiConsole.MarkupLine($"[bold green]HTML report:[/] {Markup.Escape(Path.GetFullPath(path))}");
            return 0;
        }

        private static PlayResult WithProgress(ScenarioPlayer player, Scenario scenario)
        {
            PlayResult? result = null;
            if (!AnsiConsole.Profile.Capabilities.Interactive)
            {
                var lastTenth = -1;
                player.Progress = (done, total) =>
                {
                    var tenth = done * 10 / Math.Max(1, total);
                    if (total >= 20_000 && tenth != lastTenth)
                    {
                        lastTenth = tenth;
                        Console.WriteLine($"  played {done:n0} of {total:n0} events");
                    }
                };
                return player.Play(scenario);
            }

            AnsiConsole.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask($"Playing {scenario.Timeline.Count:n0} events", maxValue: Math.Max(1, scenario.Timeline.Count));
                    player.Progress = (done, _) =>
                    {
                        if (done % 50 == 0 || done == scenario.Timeline.Count)
                        {
                            task.Value = done;
                        }
                    };
                    result = player.Play(scenario);
                });
            return result!;
        }

        private static int Generate(Options options)
        {
            var settings = options.Flag("sample") ? ScenarioGenerator.Sample : new GeneratorSettings();
            settings = settings with
            {
                Reps = options.Int("reps") ?? settings.Reps,
                Managers = options.Int("managers") ?? settings.Managers,
                Days = options.Int("days") ?? settings.Days,
                Seed = options.Int("seed") ?? settings.Seed,
                RepActivitiesPerDay = options.Double("rate") ?? settings.RepActivitiesPerDay,
                EnforceFromDay = options.Get("enforce-from") is { } day ? (day == "none" ? null : int.Parse(day, CultureInfo.InvariantCulture)) : settings.EnforceFromDay,
            };
            var output = options.Get("out") ?? throw new ArgumentException("generate needs --out file.json");
            var scenario = ScenarioGenerator.Generate(settings);
            using (var stream = File.Create(output))
            {
                ScenarioWriter.Write(scenario, stream);
            }

            AnsiConsole.MarkupLine($"Wrote {scenario.Events.Count:n0} events ({settings.Reps} reps, {settings.Managers} managers, {settings.Days} days, seed {settings.Seed}) to {Markup.Escape(Path.GetFullPath(output))}");
            return 0;
        }
    }

    /// <summary>"--name value" options, "--flag" switches and one positional argument.</summary>
    public sealed class Options
    {
        private readonly Dictionary<string, string?> values = new(StringComparer.Ordinal);

        public string? Positional { get; private set; }

        public static Options Parse(IReadOnlyList<string> args)
        {
            var options = new Options();
            for (var i = 0; i < args.Count; i++)
            {
                if (args[i].StartsWith("--", StringComparison.Ordinal))
                {
                    var name = args[i][2..];
                    var value = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
                    options.values[name] = value;
                }
                else if (options.Positional == null)
                {
                    options.Positional = args[i];
                }
                else
                {
                    throw new ArgumentException($"Unexpected argument '{args[i]}'.");
                }
            }

            return options;
        }

        public string? Get(string name) => values.TryGetValue(name, out var value) ? value : null;

        public bool Flag(string name) => values.ContainsKey(name);

        public int? Int(string name) => Get(name) is { } text
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw new ArgumentException($"--{name} must be a whole number.")
            : null;

        public double? Double(string name) => Get(name) is { } text
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw new ArgumentException($"--{name} must be a number.")
            : null;
    }
}
