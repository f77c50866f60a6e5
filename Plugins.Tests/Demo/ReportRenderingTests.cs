using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using CrmIndependence.Demo.Playing;
using CrmIndependence.Demo.Reporting;
using CrmIndependence.Demo.Scenarios;
using CrmIndependence.Plugins.Signals;
using CrmIndependence.Plugins.Tests.SolutionPackage;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Spectre.Console;

namespace CrmIndependence.Plugins.Tests.Demo
{
    /// <summary>
    /// The bundled sample's report as a director reads it: the terminal fits 100 columns without wrapping a table cell,
    /// the terminal and the HTML show the same figures in the same words, one date format, agendas naming the manager.
    /// </summary>
    [TestClass]
    public sealed class ReportRenderingTests
    {
        private static readonly Lazy<ReportContent> Sample = new(() => ReportContent.Of(DemoReport.Build(
            new ScenarioPlayer(SolutionTestLayout.SourceFolder).Play(ScenarioParser.Load(SamplePath)))));

        internal static string SamplePath => Path.Combine(Path.GetDirectoryName(SolutionTestLayout.SourceFolder)!, "Demo", "Scenarios", "sample.json");

        [TestMethod]
        public void The_terminal_report_fits_100_columns_and_wraps_no_table_cell()
        {
            var narrow = Terminal(Sample.Value, CrmIndependence.Demo.Program.RedirectedWidth);
            var wide = Terminal(Sample.Value, 300);

            var tooLong = narrow.Split('\n').Where(line => line.TrimEnd().Length > 100).ToList();
            Assert.AreEqual(0, tooLong.Count, string.Join("\n", tooLong));
            Assert.AreEqual(TableLines(wide), TableLines(narrow), "a table line at 100 columns that is not there at 300 is a wrapped cell");
            Assert.IsTrue(TableLines(narrow) > 40, "the tables are there");
        }

        [TestMethod]
        public void The_terminal_and_the_html_show_every_figure_and_sentence_alike()
        {
            var content = Sample.Value;
            var terminal = Terminal(content, 400).Split('\n').Select(line => line.TrimEnd()).ToList();
            var html = HtmlReport.Html(content);

            foreach (var table in content.Sections.SelectMany(section => section.Tables))
            {
                foreach (var row in table.Rows)
                {
                    var cells = row.Cells.Where(cell => cell.Length > 0).ToList();
                    Assert.IsTrue(terminal.Any(line => InOrder(line, cells)), $"terminal: no line shows the row {table.Key}/{row.Key}: {string.Join(" | ", cells)}");
                    for (var i = 0; i < row.Cells.Count; i++)
                    {
                        var cell = $"<td data-col=\"{table.Columns[i].Key}\"";
                        var rowHtml = Regex.Match(html, $"<table data-table=\"{Regex.Escape(table.Key)}\">.*?<tr data-row=\"{Regex.Escape(row.Key)}\"[^>]*>(.*?)</tr>").Groups[1].Value;
                        StringAssert.Contains(rowHtml, cell, $"html: {table.Key}/{row.Key} has no {table.Columns[i].Key} cell");
                        StringAssert.Contains(rowHtml, ">" + WebUtility.HtmlEncode(row.Cells[i]) + "</td>", $"html: {table.Key}/{row.Key}/{table.Columns[i].Key}");
                    }
                }

                foreach (var column in table.Columns)
                {
                    Assert.IsTrue(terminal.Any(line => line.Contains(column.Header, StringComparison.Ordinal)), $"terminal: header '{column.Header}'");
                    StringAssert.Contains(html, ">" + WebUtility.HtmlEncode(column.Header) + "</th>");
                }
            }

            var flatTerminal = Regex.Replace(string.Join(" ", terminal), @"\s+", " ");
            foreach (var text in content.Sections.SelectMany(s => s.Paragraphs.Concat(s.Legend).Concat(s.Items)))
            {
                StringAssert.Contains(flatTerminal, Regex.Replace(text, @"\s+", " "), "terminal");
                StringAssert.Contains(html, WebUtility.HtmlEncode(text), "html");
            }

            foreach (var figure in new[] { "Sent Back as Yours to Decide", "Sessions Held", "Sessions Skipped", "Answered Inside the Delay", "Overdue Coaching" })
            {
                StringAssert.Contains(flatTerminal, figure);
                StringAssert.Contains(html, WebUtility.HtmlEncode(figure));
            }
        }

        [TestMethod]
        public void Every_date_outside_the_agendas_reads_like_7_Jan_2025()
        {
            var content = Sample.Value;
            var agendas = content.Section("agendas");
            var terminal = Terminal(content, 400);
            var html = HtmlReport.Html(content);
            foreach (var agenda in agendas.Agendas)
            {
                html = html.Replace(WebUtility.HtmlEncode(agenda.Text), string.Empty, StringComparison.Ordinal);
            }

            // The agendas' own text is the plugins' (cri_agenda, quoted word for word): in the terminal, the panel lines.
            var outsideAgendas = string.Join("\n", terminal.Split('\n').Where(line => !IsPanelLine(line)));
            foreach (var (name, text) in new[] { ("terminal", outsideAgendas), ("html", html) })
            {
                Assert.IsFalse(Regex.IsMatch(text, @"\b\d{1,2}/\d{1,2}/\d{4}\b"), $"{name}: a date like 01/15/2025");
                Assert.IsFalse(Regex.IsMatch(text, @"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b"), $"{name}: a date like Tue 7 Jan");
                var withoutYear = Regex.Matches(text, @"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b(?! \d{4})").Select(m => m.Value).ToList();
                Assert.AreEqual(0, withoutYear.Count, $"{name}: dates without the year: {string.Join(", ", withoutYear)}");
            }

            StringAssert.Contains(html, "observe from 6 Jan 2025, enforce from 20 Feb 2025");
        }

        [TestMethod]
        public void The_agendas_name_the_session_and_the_manager_in_every_intervention()
        {
            var agendas = Sample.Value.Section("agendas").Agendas;

            Assert.AreEqual(2, agendas.Count, "one per manager");
            foreach (var agenda in agendas)
            {
                StringAssert.Matches(agenda.Header, new Regex(@"^[A-Z][a-z]+ [A-Z][a-z]+ with (Hannah Reyes|Oscar Grant), (held|skipped|planned|rescheduled|cancelled) session of \d{1,2} [A-Z][a-z]{2} 2025$"));
                Assert.IsFalse(agenda.Text.Contains("A manager (", StringComparison.Ordinal), agenda.Text);
            }

            Assert.IsTrue(agendas.Any(agenda => agenda.Text.Contains("Oscar Grant (", StringComparison.Ordinal)), "Oscar's interventions name him");
        }

        [TestMethod]
        public void The_managers_interventions_and_the_reps_own_signals_are_apart()
        {
            var content = Sample.Value;
            var interventions = content.Section("interventions").Tables.Single();
            var own = content.Section("reps-own").Tables.Single();

            CollectionAssert.AreEqual(DemoReport.ManagerKinds.Select(kind => kind.ToString()).Append("total").ToArray(), interventions.Rows.Select(row => row.Key).ToArray());
            foreach (var kind in new[] { SignalKind.StageGateBlocked, SignalKind.UnnecessaryEscalation, SignalKind.WonWithoutApproval })
            {
                Assert.IsFalse(interventions.Rows.Any(row => row.Key == kind.ToString()), $"{kind} is the rep's own");
                CollectionAssert.Contains(DemoReport.RepKinds.ToArray(), kind);
            }

            var report = content.Report;
            var gates = report.Managers.SelectMany(m => m.Reps).Sum(rep => rep.Signals[SignalKind.StageGateBlocked]);
            Assert.AreEqual(gates, own.Rows.Sum(row => int.Parse(row.Cells[2], System.Globalization.CultureInfo.InvariantCulture)));
            Assert.IsTrue(gates > 0, "the sample's reps miss stage gates in observe mode");
        }

        [TestMethod]
        public void Every_play_of_the_sample_shows_the_same_figures()
        {
            var again = ReportContent.Of(DemoReport.Build(new ScenarioPlayer(SolutionTestLayout.SourceFolder).Play(ScenarioParser.Load(SamplePath))));

            static string Figures(ReportContent content) => string.Join("\n", content.Sections.Where(s => s.Key != "summary").SelectMany(s =>
                s.Tables.SelectMany(t => t.Rows.Select(r => $"{t.Key}/{r.Key}: {string.Join(" | ", r.Cells)}")).Concat(s.Items).Concat(s.Agendas.Select(a => a.Header))));

            Assert.AreEqual(Figures(Sample.Value), Figures(again), "the org's ids differ from play to play; the figures must not");
        }

        /// <summary>The report in a 100-column (or wider) terminal without colours.</summary>
        internal static string Terminal(ReportContent content, int width)
        {
            var writer = new StringWriter();
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
                Out = new AnsiConsoleOutput(writer),
            });
            console.Profile.Width = width;
            TerminalReport.Write(console, content);
            return writer.ToString().Replace("\r\n", "\n");
        }

        /// <summary>A table's lines: rows cross at least two column borders, rules hold a junction.</summary>
        private static int TableLines(string text) => text.Split('\n').Count(line => line.Count(c => c == '│') >= 3 || line.IndexOfAny(new[] { '┬', '┼', '┴' }) >= 0);

        /// <summary>An agenda panel's line: its frame, or its text between two borders.</summary>
        private static bool IsPanelLine(string line) =>
            (line.StartsWith('│') && line.Count(c => c == '│') == 2) || (line.StartsWith("╭─", StringComparison.Ordinal) && !line.Contains('┬')) || (line.StartsWith("╰─", StringComparison.Ordinal) && !line.Contains('┴'));

        private static bool InOrder(string line, System.Collections.Generic.IReadOnlyList<string> cells)
        {
            var at = 0;
            foreach (var cell in cells)
            {
                var found = line.IndexOf(cell, at, StringComparison.Ordinal);
                if (found < 0)
                {
                    return false;
                }

                at = found + cell.Length;
            }

            return true;
        }
    }
}
