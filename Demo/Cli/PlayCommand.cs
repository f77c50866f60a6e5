using System;
using System.CommandLine;
using System.IO;
using CrmIndependence.Demo.Playing;
using CrmIndependence.Demo.Reporting;
using CrmIndependence.Demo.Scenarios;
using Spectre.Console;

namespace CrmIndependence.Demo.Cli
{
    /// <summary><c>play [scenario.json] [--out folder] [--charts]</c>: plays a scenario and reports what the org holds.</summary>
    internal static class PlayCommand
    {
        public const string Name = "play";

        public static Command Create(IAnsiConsole console)
        {
            var scenario = new Argument<string?>("scenario")
            {
                Description = "The scenario file (format: Demo/Scenarios/README.md). Default: Demo/Scenarios/sample.json.",
                Arity = ArgumentArity.ZeroOrOne,
            };
            var output = OptionValues.Path("--out", "folder", "Where report.html is written. Default: out/demo.");
            var charts = new Option<bool>("--charts") { Description = "Also write each chart as a PNG file next to the report." };
            var command = new Command(Name, "Plays a scenario through the plugins on an emulated org; prints the report and writes report.html.")
            {
                scenario, output, charts,
            };
            command.SetAction(parsed => Play(console, parsed.GetValue(scenario) ?? RepositoryFolders.SampleScenario,
                parsed.GetValue(output) ?? RepositoryFolders.DemoOutput, parsed.GetValue(charts)));
            return command;
        }

        private static int Play(IAnsiConsole console, string file, string folder, bool charts)
        {
            ReportFolder.Prepare(folder);
            var scenario = ScenarioParser.Load(file);
            var result = PlayProgress.Play(console, new ScenarioPlayer(), scenario);
            var report = DemoReport.Build(result);
            TerminalReport.Write(console, report);
            var path = HtmlReport.Write(report, folder);
            if (charts)
            {
                HtmlReport.WriteCharts(report, folder);
            }

            console.MarkupLine($"[bold green]HTML report:[/] {Markup.Escape(Path.GetFullPath(path))}");
            return DemoCommandLine.Done;
        }
    }

    /// <summary>The report's folder, created and checked writable before the play, so a bad --out fails in one line, at once.</summary>
    internal static class ReportFolder
    {
        public static void Prepare(string folder)
        {
            try
            {
                Directory.CreateDirectory(folder);
                var probe = Path.Combine(folder, $".write-check-{Guid.NewGuid():N}");
                File.WriteAllText(probe, string.Empty);
                File.Delete(probe);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                throw new IOException($"cannot write the report to '{Path.GetFullPath(folder)}': {exception.Message} Pass --out with a folder you can write to.", exception);
            }
        }
    }
}
