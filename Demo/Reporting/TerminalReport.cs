using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmIndependence.Demo.Scenarios;
using CrmIndependence.Plugins.Involvement;
using CrmIndependence.Plugins.Schema;
using Spectre.Console;

namespace CrmIndependence.Demo.Reporting
{
    /// <summary>The manager report in the terminal.</summary>
    public static class TerminalReport
    {
        private const string Bars = "▁▂▃▄▅▆▇█";

        public static void Write(IAnsiConsole console, DemoReport report)
        {
            var play = report.Play;
            console.Write(new Rule($"[bold]{Markup.Escape(play.Scenario.Name)}[/]").LeftJustified());
            console.MarkupLine(
                $"Played [bold]{play.EventsPlayed:n0}[/] events from {Markup.Escape(play.Scenario.File)} in {play.Elapsed.TotalSeconds:n1} s through " +
                $"[bold]{play.Org.Steps.Count}[/] registered plugin steps; policy mode: [bold]{report.Mode}[/].");
            console.MarkupLine(
                $"The org now holds [bold]{report.SignalCount:n0}[/] dependency signals, [bold]{report.ScoreRows:n0}[/] weekly score rows, " +
                $"[bold]{play.Org.Rows(CoachingSession.EntityName).Count:n0}[/] coaching sessions, [bold]{play.Org.Rows(HelpRequest.EntityName).Count:n0}[/] help requests. " +
                $"Refused by the plugins: [bold]{play.Refusals.Count:n0}[/]. Asynchronous step failures: [bold]{play.Org.AsyncFailures.Count}[/].");
            console.WriteLine();

            foreach (var manager in report.Managers)
            {
                WriteManager(console, report, manager);
            }

            WriteSignalsByManager(console, report);
            WriteAgendas(console, report);
            WriteRefusals(console, report);
        }

        private static void WriteManager(IAnsiConsole console, DemoReport report, ManagerReport manager)
        {
            var table = new Table().Border(TableBorder.Rounded)
                .Title($"[bold]{Markup.Escape(manager.Name)}[/] — {manager.Signals.Total} signals attributed to this manager")
                .AddColumn("Rep")
                .AddColumn(new TableColumn("Signals by kind"))
                .AddColumn(new TableColumn("Score by week"))
                .AddColumn(new TableColumn("Coaching\nopened/held/skipped").RightAligned())
                .AddColumn(new TableColumn("Help requests\nfiled/held/parked/answered\n(median min)").RightAligned())
                .AddColumn(new TableColumn("Stage moves\nrefused/flagged").RightAligned());
            foreach (var rep in manager.Reps)
            {
                var kinds = rep.Signals.NonZero.Select(pair => $"{pair.Count} {Short(pair.Kind)}").ToList();
                table.AddRow(
                    Markup.Escape(rep.Name),
                    kinds.Count == 0 ? "[grey]none[/]" : Markup.Escape(string.Join(", ", kinds)),
                    Trend(rep, report.Weeks),
                    $"{rep.Sessions.Count}/{rep.SessionsWith(CoachingSession.SessionStatusOption.Held)}/{rep.SessionsWith(CoachingSession.SessionStatusOption.Skipped)}",
                    $"{rep.Help.Filed}/{rep.Help.Held}/{rep.Help.Parked}/{rep.Help.Answered} ({rep.Help.MedianMinutes})" +
                        (rep.Help.YoursToDecide > 0 ? $"\n{rep.Help.YoursToDecide} yours to decide" : string.Empty),
                    $"{rep.StageMovesRefused}/{rep.StageGateFlags}");
            }

            console.Write(table);
            console.WriteLine();
        }

        /// <summary>The weekly scores as a sparkline with the first and last week's score (a week without a score row is 100: no signal took points off).</summary>
        private static string Trend(RepReport rep, IReadOnlyList<DateTime> weeks)
        {
            if (weeks.Count == 0)
            {
                return "[grey]no weeks played[/]";
            }

            var line = string.Concat(weeks.Select(week => Bars[Math.Clamp(rep.ScoreIn(week) * (Bars.Length - 1) / 100, 0, Bars.Length - 1)]));
            var first = rep.ScoreIn(weeks[0]);
            var last = rep.ScoreIn(weeks[^1]);
            var colour = last >= 70 ? "green" : last >= 40 ? "yellow" : "red";
            return $"{line} {first}→[{colour}]{last}[/]";
        }

        private static void WriteSignalsByManager(IAnsiConsole console, DemoReport report)
        {
            var table = new Table().Border(TableBorder.Simple).Title("[bold]Signals by kind per manager[/]").AddColumn("Kind");
            foreach (var manager in report.Managers)
            {
                table.AddColumn(new TableColumn(Markup.Escape(manager.Name)).RightAligned());
            }

            foreach (var kind in DemoReport.Kinds)
            {
                table.AddRow(new[] { DemoReport.Label(kind) }.Concat(report.Managers.Select(m => m.Signals[kind].ToString(CultureInfo.InvariantCulture))).ToArray());
            }

            table.AddRow(new[] { "[bold]Total[/]" }.Concat(report.Managers.Select(m => $"[bold]{m.Signals.Total}[/]")).ToArray());
            console.Write(table);
            console.WriteLine();
        }

        private static void WriteAgendas(IAnsiConsole console, DemoReport report)
        {
            if (report.SampleAgendas.Count == 0)
            {
                console.MarkupLine("[grey]No coaching session has an agenda yet.[/]");
                return;
            }

            foreach (var session in report.SampleAgendas)
            {
                var header = $"Agenda: {session.Rep.Name}, {ScenarioNames.SessionStatusName(session.Status)} session" +
                             (session.ScheduledStart.HasValue ? $" of {session.ScheduledStart.Value:ddd d MMM}" : string.Empty);
                console.Write(new Panel(new Text(session.Agenda)).Header(Markup.Escape(header)).Border(BoxBorder.Rounded).Expand());
            }

            console.WriteLine();
        }

        private static void WriteRefusals(IAnsiConsole console, DemoReport report)
        {
            var refusals = report.Play.Refusals;
            if (refusals.Count == 0)
            {
                console.MarkupLine("[grey]Nothing was refused.[/]");
                return;
            }

            console.MarkupLine("[bold]Refused by the plugins[/] (what the user saw), by event type:");
            foreach (var group in refusals.GroupBy(r => r.Event.Type).OrderByDescending(g => g.Count()))
            {
                var example = group.First();
                console.MarkupLine($"  [bold]{group.Count()}[/] × {Markup.Escape(group.Key)}, e.g. {Markup.Escape(example.Event.When)}: [italic]{Markup.Escape(OneLine(example.Message))}[/]");
            }

            console.WriteLine();
        }

        private static string OneLine(string text)
        {
            var line = text.Replace("\r", string.Empty).Replace('\n', ' ');
            return line.Length > 160 ? line[..157] + "..." : line;
        }

        private static string Short(SignalKind kind) => kind switch
        {
            SignalKind.ManagerEditedDeal => "edits",
            SignalKind.ManagerClosedDeal => "closes",
            SignalKind.ManagerTookOverDeal => "take-overs",
            SignalKind.ManagerActivityOnDeal => "mgr activities",
            SignalKind.DealTakeOverByShare => "take-overs by share",
            SignalKind.FastResponse => "fast responses",
            SignalKind.UnnecessaryEscalation => "needless escalations",
            SignalKind.ManagerOverrideWithinAuthority => "overrides",
            SignalKind.StageGateBlocked => "stage gates",
            SignalKind.CoachingSkipped => "skipped coachings",
            SignalKind.WonWithoutApproval => "wins without approval",
            _ => kind.ToString(),
        };
    }
}
