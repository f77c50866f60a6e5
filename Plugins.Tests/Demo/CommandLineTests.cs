using System;
using System.IO;
using System.Linq;
using CrmIndependence.Demo.Cli;
using CrmIndependence.Demo.Reporting;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Spectre.Console;

namespace CrmIndependence.Plugins.Tests.Demo
{
    /// <summary>
    /// The demo's command line as a newcomer meets it: help prints usage and plays nothing; an unknown option, a bad
    /// value or a wrong scenario is refused in one line naming the option (and what it accepts), the event and the
    /// field, with exit code 2; a folder the report cannot be written to is one line and exit code 1.
    /// </summary>
    [TestClass]
    public sealed class CommandLineTests
    {
        [TestMethod]
        [DataRow("--help")]
        [DataRow("-h")]
        [DataRow("help")]
        public void Help_prints_the_commands_and_plays_nothing(string args)
        {
            var run = Run(args);

            Assert.AreEqual(0, run.ExitCode, run.Error);
            StringAssert.Contains(run.Output, "Usage:");
            foreach (var command in new[] { "play", "generate", "bench-scale", "help" })
            {
                StringAssert.Contains(run.Output, command);
            }

            Assert.AreEqual(string.Empty, run.Report, "nothing was played");
        }

        [TestMethod]
        [DataRow("help play", "--out <folder>", "--charts")]
        [DataRow("play --help", "--out <folder>", "--charts")]
        [DataRow("help generate", "--enforce-from <DAY|none>", "--reps <N>")]
        [DataRow("help bench-scale", "--sizes", "--results <file.md>")]
        public void Help_for_a_command_lists_its_options(string args, string option, string other)
        {
            var run = Run(args);

            Assert.AreEqual(0, run.ExitCode, run.Error);
            StringAssert.Contains(run.Output, option);
            StringAssert.Contains(run.Output, other);
            Assert.AreEqual(string.Empty, run.Report);
        }

        [TestMethod]
        [DataRow("play --bogus", "play: unknown option '--bogus'; the options are --out, --charts.")]
        [DataRow("play sample.json --chart", "play: unknown option '--chart'; the options are --out, --charts.")]
        [DataRow("generate --out x.json --seeds 3", "generate: unknown option '--seeds'; the options are --out, --reps, --managers, --days, --seed, --rate, --enforce-from, --sample.")]
        [DataRow("frobnicate", "unknown command 'frobnicate'; the commands are play, generate, bench-scale, help.")]
        [DataRow("help nope", "help: unknown command 'nope'; the commands are play, generate, bench-scale.")]
        [DataRow("play a.json b.json", "play: unexpected argument 'b.json'.")]
        public void An_unknown_option_or_command_is_refused_in_one_line_with_what_is_accepted(string args, string expected)
        {
            var run = Run(args);

            AssertRefusedInOneLine(run, expected);
        }

        [TestMethod]
        [DataRow("generate --out x.json --enforce-from abc", "--enforce-from takes a day from 0 to 3,650 or 'none' (observe throughout), not 'abc'.")]
        [DataRow("generate --out x.json --reps 0", "--reps takes a whole number from 1 to 100,000, not '0'.")]
        [DataRow("generate --out x.json --reps -3", "--reps takes a whole number from 1 to 100,000, not '-3'.")]
        [DataRow("generate --out x.json --days many", "--days takes a whole number from 1 to 3,650, not 'many'.")]
        [DataRow("generate --out x.json --rate 2,5", "--rate takes a number from 0 to 100 (a dot for decimals: 2.5), not '2,5'.")]
        [DataRow("generate --out x.json --reps 3 --managers 5", "--managers (5) must not exceed --reps (3): every manager leads at least one rep.")]
        [DataRow("generate --reps 3", "Option '--out' is required.")]
        [DataRow("play --out", "--out needs a value (folder).")]
        [DataRow("bench-scale --sizes 10y30", "--sizes takes sizes like 10x30,100x365 (reps x days, comma-separated), not '10y30'.")]
        public void A_bad_value_is_refused_in_one_line_naming_the_option_and_what_it_accepts(string args, string expected)
        {
            var run = Run(args);

            AssertRefusedInOneLine(run, expected);
            Assert.IsFalse(File.Exists("x.json"), "nothing was written");
        }

        [TestMethod]
        public void No_command_plays_the_sample_into_out_demo()
        {
            var report = Path.Combine(CrmIndependence.Demo.Playing.RepositoryFolders.DemoOutput, "report.html");
            var before = File.Exists(report) ? File.GetLastWriteTimeUtc(report) : DateTime.MinValue;

            var run = Run(Array.Empty<string>());

            Assert.AreEqual(0, run.ExitCode, run.Error);
            StringAssert.Contains(run.Report, "Sample: Hannah Reyes (hands-off) and Oscar Grant (over-involved)");
            StringAssert.Contains(run.Report, "The five habits, manager by manager");
            static string Squeezed(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", string.Empty);
            StringAssert.Contains(Squeezed(run.Report), Squeezed("HTML report: " + report), "the path may wrap at 100 columns");
            Assert.IsTrue(File.GetLastWriteTimeUtc(report) > before, "report.html was written again");
        }

        [TestMethod]
        public void A_report_folder_that_cannot_be_written_is_one_line_and_nothing_is_played()
        {
            var file = Path.GetTempFileName();
            try
            {
                var run = Run("play", "--out", Path.Combine(file, "report"));

                Assert.AreEqual(DemoCommandLine.FileError, run.ExitCode);
                var line = run.Error.TrimEnd('\n', '\r');
                Assert.IsFalse(line.Contains('\n'), "one line: " + run.Error);
                StringAssert.Contains(line, $"cannot write the report to '{Path.Combine(file, "report")}'");
                StringAssert.Contains(line, "Pass --out with a folder you can write to.");
                Assert.IsFalse(line.Contains("   at ", StringComparison.Ordinal), "no stack trace");
                Assert.AreEqual(string.Empty, run.Report, "the folder is checked before the play");
            }
            finally
            {
                File.Delete(file);
            }
        }

        [TestMethod]
        public void A_typo_in_an_optional_scenario_field_names_the_file_the_event_and_the_field()
        {
            var folder = TemporaryFolder();
            var file = Path.Combine(folder, "typo.json");
            File.WriteAllText(file, ScenarioParserTests.Minimal(
                "{ \"day\": 0, \"at\": \"10:00\", \"type\": \"activity\", \"by\": \"rep\", \"deal\": \"d1\", \"activity\": \"phonecall\", \"subjekt\": \"Call\" }"));

            var run = Run("play", file, "--out", Path.Combine(folder, "out"));

            Assert.AreEqual(DemoCommandLine.UsageError, run.ExitCode);
            Assert.AreEqual(
                $"CrmIndependence.Demo: {file}: event #0 (activity by 'rep' on 6 Jan 2025 10:00: phonecall 'Follow-up' on deal 'd1'), field 'subjekt': " +
                "is not a field of this entry (check the spelling; see Demo/Scenarios/README.md). No report was written.",
                run.Error.TrimEnd('\n', '\r'));
            Assert.IsFalse(File.Exists(Path.Combine(folder, "out", "report.html")));
            Directory.Delete(folder, recursive: true);
        }

        [TestMethod]
        public void An_unknown_user_is_the_line_the_readme_quotes()
        {
            var folder = TemporaryFolder();
            var file = Path.Combine(folder, "tiny.json");
            File.WriteAllText(file, ScenarioParserTests.Minimal(
                "{ \"day\": 0, \"at\": \"10:00\", \"type\": \"activity\", \"by\": \"rep\", \"deal\": \"d1\", \"activity\": \"phonecall\" }",
                "{ \"day\": 1, \"type\": \"editDeal\", \"by\": \"nobody\", \"deal\": \"d1\", \"discount\": 5 }"));

            var run = Run("play", "tiny.json", "--out", Path.Combine(folder, "out"));
            var relative = Run("play", file, "--out", Path.Combine(folder, "out"));

            Assert.AreEqual(DemoCommandLine.UsageError, relative.ExitCode);
            Assert.AreEqual($"CrmIndependence.Demo: {file}: event #1 (editDeal on 7 Jan 2025 09:00), field 'by': no user has the id 'nobody'. No report was written.", relative.Error.TrimEnd('\n', '\r'));
            Assert.AreEqual(DemoCommandLine.UsageError, run.ExitCode, "tiny.json is not in the working folder: the file is named as given");
            Directory.Delete(folder, recursive: true);
        }

        [TestMethod]
        public void A_missing_scenario_file_is_one_line_naming_it()
        {
            var run = Run("play", "no-such-scenario.json", "--out", TemporaryFolder());

            Assert.AreEqual(DemoCommandLine.UsageError, run.ExitCode);
            Assert.AreEqual("CrmIndependence.Demo: no-such-scenario.json: file: the file does not exist. No report was written.", run.Error.TrimEnd('\n', '\r'));
        }

        [TestMethod]
        public void Generate_writes_the_scenario_and_says_so_with_plurals_right()
        {
            var folder = TemporaryFolder();
            var file = Path.Combine(folder, "small.json");

            var run = Run("generate", "--out", file, "--reps", "1", "--managers", "1", "--days", "3", "--enforce-from", "none");

            Assert.AreEqual(0, run.ExitCode, run.Error);
            StringAssert.Contains(run.Report, "(1 rep, 1 manager, 3 days, seed 7)");
            StringAssert.Contains(File.ReadAllText(file), "\"policy\": {\"mode\":\"observe\"}");
            StringAssert.Contains(File.ReadAllText(file), "1 rep, 1 manager, 3 days, seed 7\"", "the scenario's title too");
            StringAssert.DoesNotMatch(File.ReadAllText(file), new System.Text.RegularExpressions.Regex("enforce"), "--enforce-from none: observe throughout");
            Directory.Delete(folder, recursive: true);
        }

        [TestMethod]
        public void Generate_without_options_uses_the_defaults_the_readme_lists()
        {
            var folder = TemporaryFolder();
            var byDefault = Path.Combine(folder, "default.json");
            var spelledOut = Path.Combine(folder, "explicit.json");

            var run = Run("generate", "--out", byDefault);
            Run("generate", "--out", spelledOut, "--reps", "8", "--managers", "2", "--days", "90", "--seed", "7", "--rate", "3", "--enforce-from", "45");

            Assert.AreEqual(0, run.ExitCode, run.Error);
            StringAssert.Contains(run.Report, "(8 reps, 2 managers, 90 days, seed 7)");
            var scenario = File.ReadAllText(byDefault);
            StringAssert.Contains(scenario, "{ \"day\": 45, \"at\": \"07:00\", \"type\": \"setPolicy\", \"by\": \"system\", \"policy\": {\"mode\":\"enforce\"} }");
            Assert.AreEqual(File.ReadAllText(spelledOut), scenario, "8 reps, 2 managers, 90 days, seed 7, 3 activities a day, enforce from day 45");
            Directory.Delete(folder, recursive: true);
        }

        [TestMethod]
        [DataRow(0, "edit", "0 edits")]
        [DataRow(1, "edit", "1 edit")]
        [DataRow(2, "manager activity", "2 manager activities")]
        [DataRow(1, "manager activity", "1 manager activity")]
        [DataRow(3, "day", "3 days")]
        [DataRow(1, "take-over", "1 take-over")]
        [DataRow(2, "fix", "2 fixes")]
        [DataRow(1234, "request", "1,234 requests")]
        public void Counts_read_with_the_right_plural(int count, string noun, string expected)
        {
            Assert.AreEqual(expected, Plural.Of(count, noun));
        }

        [TestMethod]
        public void An_irregular_phrase_gives_its_plural()
        {
            Assert.AreEqual("1 take-over by share", Plural.Of(1, "take-over by share", "take-overs by share"));
            Assert.AreEqual("2 take-overs by share", Plural.Of(2, "take-over by share", "take-overs by share"));
        }

        private static void AssertRefusedInOneLine(Run run, string expected)
        {
            Assert.AreEqual(DemoCommandLine.UsageError, run.ExitCode, run.Error);
            var line = run.Error.TrimEnd('\n', '\r');
            Assert.IsFalse(line.Contains('\n'), "one line: " + run.Error);
            StringAssert.StartsWith(line, "CrmIndependence.Demo");
            StringAssert.Contains(line, expected);
            StringAssert.Contains(line, "See 'CrmIndependence.Demo ");
            Assert.AreEqual(string.Empty, run.Report, "nothing was played or written");
        }

        internal static Run Run(string args) => Run(args.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        internal static Run Run(params string[] args)
        {
            var report = new StringWriter();
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
                Out = new AnsiConsoleOutput(report),
            });
            console.Profile.Width = CrmIndependence.Demo.Program.RedirectedWidth;
            var output = new StringWriter();
            var error = new StringWriter();
            var exitCode = new DemoCommandLine(console, output, error).Run(args);
            return new Run(exitCode, output.ToString(), error.ToString(), report.ToString());
        }

        private static string TemporaryFolder()
        {
            var folder = Path.Combine(Path.GetTempPath(), "cri-cli-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>One run of the demo's command line: the exit code, help (output), errors, and the report console.</summary>
    internal sealed record Run(int ExitCode, string Output, string Error, string Report);
}
