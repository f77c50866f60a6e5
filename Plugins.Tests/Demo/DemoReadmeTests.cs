using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CrmIndependence.Demo.Playing;
using CrmIndependence.Demo.Reporting;
using CrmIndependence.Demo.Scenarios;
using CrmIndependence.Plugins.Tests.SdkConformance;
using CrmIndependence.Plugins.Tests.SolutionPackage;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Demo
{
    /// <summary>
    /// The README's demo section holds: its command-line examples run as written (the built demo, from the repository
    /// root), and what it says the sample's report shows is what the report shows.
    /// </summary>
    [TestClass]
    public sealed class DemoReadmeTests
    {
        private const string Run = "dotnet run --project Demo/CrmIndependence.Demo.csproj -c Release -- ";

        private static readonly Lazy<ReportContent> Sample = new(() => ReportContent.Of(DemoReport.Build(
            new ScenarioPlayer(SolutionTestLayout.SourceFolder).Play(ScenarioParser.Load(ReportRenderingTests.SamplePath)))));

        private static string Root => RepositoryLayout.Current.Root;

        private static string Readme => RepositoryLayout.Current.Text("README.md");

        private static string DemoSection => Readme[Readme.IndexOf("## The demo and the scale benchmark", StringComparison.Ordinal)..Readme.IndexOf("**Scale**", StringComparison.Ordinal)];

        [TestMethod]
        public void The_command_line_examples_run_as_written()
        {
            var block = Regex.Match(DemoSection, "### The command line\n\n```sh\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
            var lines = block.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.AreEqual(4, lines.Length, block);
            try
            {
                foreach (var line in lines)
                {
                    StringAssert.StartsWith(line, Run);
                    var (exitCode, output) = Demo(line[Run.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    Assert.AreEqual(0, exitCode, $"{line}\n{output}");
                    Assert.IsTrue(output.Trim().Length > 20, $"{line} printed nothing: {output}");
                }

                Assert.IsTrue(File.Exists(Path.Combine(Root, "out", "small", "report.html")), "the played example writes its report");
                Assert.IsTrue(File.Exists(Path.Combine(Root, "out", "small", "signals-by-manager.png")), "--charts writes the charts");
            }
            finally
            {
                File.Delete(Path.Combine(Root, "out", "small.json"));
                if (Directory.Exists(Path.Combine(Root, "out", "small")))
                {
                    Directory.Delete(Path.Combine(Root, "out", "small"), recursive: true);
                }
            }
        }

        [TestMethod]
        public void What_the_readme_says_the_sample_shows_is_what_its_report_shows()
        {
            var content = Sample.Value;
            var readme = Regex.Replace(DemoSection, @"\s+", " ");
            string Cell(string table, string row, string column) =>
                content.Sections.SelectMany(s => s.Tables).Where(t => t.Key.StartsWith(table, StringComparison.Ordinal))
                    .Select(t => (t, t.Rows.SingleOrDefault(r => r.Key == row))).Where(pair => pair.Item2 != null && pair.t.Columns.Any(c => c.Key == column))
                    .Select(pair => pair.Item2!.Cells[pair.t.Columns.ToList().FindIndex(c => c.Key == column)]).Single();

            StringAssert.Contains(readme, $"Hannah answers none of {Cell("habits", "delay.answered", "hannah")} inside the hour (median {Cell("habits", "delay.median", "hannah")} minutes)");
            Assert.AreEqual("0", Cell("habits", "delay.inside", "hannah"));
            StringAssert.Contains(readme, $"Oscar all {Cell("habits", "delay.inside", "oscar")} (median {Cell("habits", "delay.median", "oscar")})");
            Assert.AreEqual(Cell("habits", "delay.answered", "oscar"), Cell("habits", "delay.inside", "oscar"));

            StringAssert.Contains(readme, $"Jonas Fischer, who fell to {Cell("team", "jonas", "lowest")} in the week of {Cell("team", "jonas", "lowest-week")}, shows {Cell("team", "jonas", "lowest")}, not the {Cell("team", "jonas", "latest")} of the last week");
            StringAssert.Contains(readme, $"(\"{Cell("team", "jonas", "below")}\")");

            var sam = content.Section("team-oscar").Items.Single(item => item.StartsWith("Sam Baker: ", StringComparison.Ordinal))["Sam Baker: ".Length..];
            StringAssert.Contains(readme, $"(`{sam}`)");
            Assert.AreEqual("0", Cell("habits", "coaching.overdue", "oscar"));
            StringAssert.Contains(readme, $"yet they go 14 days without a held session {Cell("habits", "coaching.stretches", "oscar")} times");
            StringAssert.Contains(readme, $"(`{ReportContent.PolicyPeriods(content.Report)}`)");
            Assert.IsTrue(content.Section("agendas").Agendas.Any(a => a.Text.Contains("Oscar Grant (Jonas Fischer's manager) changed the estimated revenue of", StringComparison.Ordinal)));
            StringAssert.Contains(readme, "`Oscar Grant (Jonas Fischer's manager) changed the estimated revenue of …`");
        }

        /// <summary>Runs the built demo (what <c>dotnet run --project Demo/… -c Release</c> runs) from the repository root.</summary>
        private static (int ExitCode, string Output) Demo(string[] args)
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(RepositoryLayout.Current.BuiltAssembly("Demo", "CrmIndependence.Demo", "net10.0"));
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{string.Join(' ', args)} did not finish in 2 minutes");
            }

            return (process.ExitCode, output.Result + error.Result);
        }
    }
}
