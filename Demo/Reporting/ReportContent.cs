using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmIndependence.Demo.Scenarios;
using CrmIndependence.Plugins.Schema;

namespace CrmIndependence.Demo.Reporting
{
    /// <summary>
    /// The report's words and figures, section by section, as text: the terminal and the HTML render exactly these
    /// (the HTML adds the charts), so both show the same figures in the same words and the same date format.
    /// </summary>
    public sealed class ReportContent
    {
        /// <summary>Managers per scorecard or interventions table, so a table fits 100 columns.</summary>
        public const int ManagersPerTable = 3;

        /// <summary>At most this many marks in a weekly-score sparkline (a longer play draws the lowest of each group of weeks).</summary>
        public const int SparklineMarks = 26;

        private const string Bars = "▁▂▃▄▅▆▇█";

        private ReportContent(DemoReport report, IReadOnlyList<ReportSection> sections)
        {
            Report = report;
            Sections = sections;
        }

        public DemoReport Report { get; }

        public IReadOnlyList<ReportSection> Sections { get; }

        public ReportSection Section(string key) => Sections.Single(section => section.Key == key);

        public static ReportContent Of(DemoReport report)
        {
            var sections = new List<ReportSection> { Summary(report), Habits(report), Interventions(report), RepsOwn(report) };
            sections.AddRange(report.Managers.Select(manager => Team(report, manager)));
            sections.Add(Agendas(report));
            sections.Add(Refusals(report));
            return new ReportContent(report, sections);
        }

        private static ReportSection Summary(DemoReport report)
        {
            var play = report.Play;
            var policy = report.Policy;
            return new ReportSection("summary", "What was played")
            {
                Paragraphs =
                {
                    play.Scenario.Name,
                    $"Played {play.EventsPlayed:n0} events from {System.IO.Path.GetFileName(play.Scenario.File)} ({ReportDates.Day(report.From)} to {ReportDates.Day(report.To)}) " +
                    $"in {play.Elapsed.TotalSeconds.ToString("n1", CultureInfo.InvariantCulture)} s through the {play.Org.Steps.Count} registered plugin steps on an emulated Dataverse org.",
                    $"Policy: {PolicyPeriods(report)}; response delay {policy.ResponseDelayMinutes} min; dependency threshold {policy.DependencyScoreThreshold}; " +
                    $"coaching overdue after {Plural.Of(policy.CoachingOverdueDays, "day")}.",
                    $"The org holds {Plural.Of(report.SignalCount, "dependency signal")}, {Plural.Of(report.ScoreRows, "weekly score row")}, " +
                    $"{Plural.Of(report.SessionCount, "coaching session")} and {Plural.Of(report.HelpRequestCount, "help request")}; " +
                    $"the plugins refused {Plural.Of(play.Refusals.Count, "operation")}; asynchronous step failures: {play.Org.AsyncFailures.Count}.",
                },
            };
        }

        /// <summary>"observe from 6 Jan 2025, enforce from 20 Feb 2025", "observe throughout".</summary>
        public static string PolicyPeriods(DemoReport report) => report.EnforcedFrom switch
        {
            null => "observe throughout",
            { } from when from <= report.From => "enforce throughout",
            { } from => $"observe from {ReportDates.Day(report.From)}, enforce from {ReportDates.Day(from)}",
        };

        private static ReportSection Habits(DemoReport report)
        {
            var section = new ReportSection("habits", "The five habits, manager by manager")
            {
                Paragraphs =
                {
                    "What each manager did, habit by habit, as the org recorded it: the manager's own weeks (the mirror the suite keeps in Dynamics), " +
                    "the help requests and the requests the plugins refused, the team's deals, coaching sessions and stage gates.",
                },
            };
            var policy = report.Policy;
            var split = report.EnforcedFrom is { } enforced && enforced > report.From;
            var stages = report.Managers.SelectMany(m => m.Habits.GateBlocks.Keys).Distinct().OrderBy(stage => stage).ToList();
            foreach (var chunk in report.Managers.Chunk(ManagersPerTable))
            {
                var rows = new List<ReportRow>();
                void Group(string key, string title) => rows.Add(new ReportRow(key, new[] { title }.Concat(chunk.Select(_ => string.Empty)).ToList(), IsGroup: true));
                void Row(string key, string measure, Func<HabitFigures, string> value) =>
                    rows.Add(new ReportRow(key, new[] { measure }.Concat(chunk.Select(m => value(m.Habits))).ToList()));

                Group("delay", "Delay responding");
                Row("delay.answered", "Non-urgent Requests Answered", h => Number(h.NonUrgentAnswered));
                Row("delay.inside", "Answered Inside the Delay", h => Number(h.AnsweredInsideDelay));
                Row("delay.median", $"Median Minutes to Answer (target ≥ {policy.ResponseDelayMinutes})", h => h.MedianResponseMinutes?.ToString(CultureInfo.InvariantCulture) ?? "–");
                Group("solutions", "Ask for solutions");
                Row("solutions.refused", "Requests refused as incomplete", h => Number(h.RefusedIncomplete));
                Row("solutions.completed", "… completed by the rep afterwards", h => Number(h.CompletedLater));
                Row("solutions.yours", "Sent Back as Yours to Decide", h => Number(h.YoursToDecide));
                Group("authority", "Decision authority");
                Row("authority.interventions", "Interventions", h => Number(h.Interventions));
                Row("authority.overrides", "Overrides Inside a Rep's Authority", h => Number(h.Overrides));
                Row("authority.needed", "Approvals needed", h => Number(h.ApprovalsNeeded));
                Row("authority.given", "Approvals given by the manager", h => Number(h.ApprovalsGiven));
                Group("process", "Process");
                Row("process.blocks", "Team Stage-Gate Blocks", h => Number(h.TeamGateBlocks));
                foreach (var stage in stages)
                {
                    Row($"process.{StageKey(stage)}", (stage < 0 ? "Other gates" : $"Leaving {StageTitle(stage)}") + (split ? ", before / after enforce" : string.Empty), h =>
                    {
                        var (before, after) = h.GateBlocks.TryGetValue(stage, out var counts) ? counts : (0, 0);
                        return split ? $"{Number(before)} / {Number(after)}" : Number(before + after);
                    });
                }

                Group("coaching", "Coaching");
                Row("coaching.held", "Sessions Held", h => Number(h.SessionsHeld));
                Row("coaching.skipped", "Sessions Skipped", h => Number(h.SessionsSkipped));
                Row("coaching.overdue", "Overdue Coaching", h => Number(h.OverdueCoaching));
                Row("coaching.stretches", $"Gaps of {policy.CoachingOverdueDays}+ days without one held", h => Number(h.OverdueStretches));
                Row("coaching.refused", "Skips refused (no reason or new date)", h => Number(h.SkipsRefused));

                section.Tables.Add(new ReportTable($"habits-{chunk[0].Key}", null,
                    new[] { new ReportColumn("measure", "Habit and measure", Numeric: false) }.Concat(chunk.Select(m => new ReportColumn(m.Key, m.Name, Numeric: true))).ToList(),
                    rows));
            }

            section.Legend.Add(
                "Measures in Title Case are the manager's mirror in Dynamics (the Manager's Week, cri_managerweek), summed over the weeks played; " +
                "the others are read from the help requests, deals, sessions and refusals. " +
                $"Answered Inside the Delay: before the request's respond-after time ({policy.ResponseDelayMinutes} min after filing), a fast response; the habit is to let the rep try first. " +
                "Completed afterwards: the rep filed it again, complete (same subject, same deal), within two days of the refusal. " +
                "Interventions: the manager's edits, closes, take-overs and activities on reps' deals, and overrides. " +
                (split ? $"Before / after enforce: stage moves observe mode let through and recorded, then moves refused from {ReportDates.Day(report.EnforcedFrom!.Value)}. " : string.Empty) +
                $"Overdue Coaching: sessions the suite opened because a rep went {policy.CoachingOverdueDays} days without a held one; " +
                $"gaps: the times a rep went longer than that without a held session.");
            return section;
        }

        private static ReportSection Interventions(DemoReport report)
        {
            var section = new ReportSection("interventions", "Where managers get involved")
            {
                Paragraphs = { "Signals recorded when a manager (or someone above them) stepped into a rep's work: deals edited, closed or taken over, activities logged, decisions overridden, answers inside the delay, coaching skipped." },
                Charts = { "signals-by-manager" },
            };
            foreach (var chunk in report.Managers.Chunk(ManagersPerTable + 1))
            {
                var rows = DemoReport.ManagerKinds.Select(kind => new ReportRow(KindKey(kind), new[] { DemoReport.Label(kind) }.Concat(chunk.Select(m => Number(m.Signals[kind]))).ToList())).ToList();
                rows.Add(new ReportRow("total", new[] { "Total" }.Concat(chunk.Select(m => Number(m.Signals.TotalOf(DemoReport.ManagerKinds)))).ToList(), IsTotal: true));
                section.Tables.Add(new ReportTable($"interventions-{chunk[0].Key}", null,
                    new[] { new ReportColumn("kind", "Signal", Numeric: false) }.Concat(chunk.Select(m => new ReportColumn(m.Key, m.Name, Numeric: true))).ToList(), rows));
            }

            return section;
        }

        private static ReportSection RepsOwn(DemoReport report)
        {
            var split = report.EnforcedFrom is { } enforced && enforced > report.From;
            var rows = report.Managers.SelectMany(manager => manager.Reps).Select(rep => new ReportRow(rep.Key, new[]
            {
                rep.Name,
                rep.Manager.Name,
                Number(rep.Signals[Plugins.Signals.SignalKind.StageGateBlocked]),
                Number(rep.GatesRefused),
                Number(rep.Signals[Plugins.Signals.SignalKind.UnnecessaryEscalation]),
                Number(rep.Signals[Plugins.Signals.SignalKind.WonWithoutApproval]),
            })).ToList();
            return new ReportSection("reps-own", "What reps did themselves")
            {
                Paragraphs = { "The reps' own signals, apart from the managers' interventions: nobody stepped in, the rep skipped a step." },
                Tables =
                {
                    new ReportTable("reps-own", null, new[]
                    {
                        new ReportColumn("rep", "Rep", false), new ReportColumn("manager", "Manager", false),
                        new ReportColumn("gates-flagged", "Gates flagged", true), new ReportColumn("gates-refused", "Gates refused", true),
                        new ReportColumn("escalations", "Escalations", true), new ReportColumn("won-unapproved", "Won unapproved", true),
                    }, rows),
                },
                Legend =
                {
                    "Gates flagged: stage moves or wins observe mode let through without the stage's exit criteria. Gates refused: the same refused" +
                    (split ? $" once enforce began ({ReportDates.Day(report.EnforcedFrom!.Value)})" : " in enforce mode") +
                    ". Escalations: help requests about a decision inside the rep's own authority. Won unapproved: wins beyond the rep's authority without the approval they needed.",
                },
            };
        }

        private static ReportSection Team(DemoReport report, ManagerReport manager)
        {
            var weeks = report.Weeks;
            var threshold = report.Policy.DependencyScoreThreshold;
            var group = Math.Max(1, (weeks.Count + SparklineMarks - 1) / SparklineMarks);
            var rows = manager.Reps.Select(rep =>
            {
                var lowest = weeks.Count == 0 ? (DateTime?)null : rep.LowestWeek(weeks);
                return new ReportRow(rep.Key, new[]
                {
                    rep.Name,
                    Sparkline(rep, weeks, group),
                    lowest == null ? "–" : Number(rep.ScoreIn(lowest.Value)),
                    lowest == null ? "–" : ReportDates.Day(lowest.Value),
                    $"{rep.WeeksBelow(weeks, threshold)} of {weeks.Count}",
                    weeks.Count == 0 ? "–" : Number(rep.ScoreIn(weeks[^1])),
                });
            }).ToList();
            var section = new ReportSection($"team-{manager.Key}", $"{manager.Name}'s team: the independence score by week")
            {
                Charts = { $"scores-{manager.Key}" },
                Tables =
                {
                    new ReportTable($"team-{manager.Key}", null, new[]
                    {
                        new ReportColumn("rep", "Rep", false),
                        new ReportColumn("trend", group == 1 ? "Score by week" : $"Score, {group} weeks a mark", false),
                        new ReportColumn("lowest", "Lowest", true),
                        new ReportColumn("lowest-week", "Week of", false),
                        new ReportColumn("below", $"Weeks < {threshold}", true),
                        new ReportColumn("latest", "Latest", true),
                    }, rows),
                },
                Legend =
                {
                    $"Each rep starts every week at 100; signals take points off. Below {threshold} (the policy's dependencyScoreThreshold) the rep is flagged as dependent. " +
                    $"Week of: the Monday of the lowest week. Latest: the last week played, which may be partial.",
                },
            };
            foreach (var rep in manager.Reps)
            {
                section.Items.Add($"{rep.Name}: {NextOneToOne(rep)}");
            }

            section.ItemsTitle = "To raise at the next 1:1 (the open topics of the rep's planned session)";
            return section;
        }

        /// <summary>"14 Apr 2025 with Hannah Reyes: 2 parked requests, 1 stage gate", from the session's unresolved topics.</summary>
        public static string NextOneToOne(RepReport rep)
        {
            if (rep.NextSession is not { } session)
            {
                return "no coaching session planned.";
            }

            var when = session.ScheduledStart is { } start ? ReportDates.Day(start) : "date not set";
            var with = session.ManagerName is { Length: > 0 } name ? $" with {name}" : string.Empty;
            var topics = session.OpenTopics.GroupBy(kind => kind).OrderBy(g => g.Key).Select(g => TopicKinds.Count(g.Key, g.Count())).ToList();
            return topics.Count == 0 ? $"{when}{with}: nothing open yet." : $"{when}{with}: {string.Join(", ", topics)}.";
        }

        private static ReportSection Agendas(DemoReport report)
        {
            var section = new ReportSection("agendas", "Coaching agendas, as the org holds them")
            {
                Paragraphs = { "The agenda the suite wrote on each manager's first full coaching session (cri_agenda), word for word." },
            };
            foreach (var session in report.SampleAgendas)
            {
                var with = session.ManagerName is { Length: > 0 } name ? $" with {name}" : string.Empty;
                var when = session.ScheduledStart is { } start ? $" of {ReportDates.Day(start)}" : string.Empty;
                section.Agendas.Add(new ReportAgenda($"{session.Rep.Name}{with}, {ScenarioNames.SessionStatusName(session.Status)} session{when}", session.Agenda.TrimEnd()));
            }

            if (section.Agendas.Count == 0)
            {
                section.Paragraphs.Add("No coaching session has an agenda yet.");
            }

            return section;
        }

        private static ReportSection Refusals(DemoReport report)
        {
            var section = new ReportSection("refusals", "What the plugins refused (what the user saw)");
            var refusals = report.Play.Refusals;
            if (refusals.Count == 0)
            {
                section.Paragraphs.Add("Nothing was refused.");
                return section;
            }

            foreach (var group in refusals.GroupBy(r => r.Event.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                var example = group.First();
                section.Items.Add($"{group.Count()} × {group.Key}, e.g. {example.Event.When}: {OneLine(example.Message)}");
            }

            section.ItemsTitle = "By event type, with the first message";
            return section;
        }

        /// <summary>The weekly scores as bars (a quiet week is 100), the lowest of each <paramref name="group"/> weeks per mark.</summary>
        public static string Sparkline(RepReport rep, IReadOnlyList<DateTime> weeks, int group) =>
            weeks.Count == 0
                ? "–"
                : string.Concat(weeks.Chunk(group).Select(chunk => Bars[Math.Clamp(chunk.Min(rep.ScoreIn) * (Bars.Length - 1) / 100, 0, Bars.Length - 1)]));

        public static string StageKey(int stage) => stage < 0 ? "other" : ScenarioNames.StageName(stage);

        private static string StageTitle(int stage)
        {
            var name = ScenarioNames.StageName(stage);
            return char.ToUpperInvariant(name[0]) + name[1..];
        }

        private static string KindKey(Plugins.Signals.SignalKind kind) => kind.ToString();

        private static string Number(int value) => value.ToString("n0", CultureInfo.InvariantCulture);

        private static string OneLine(string text)
        {
            var line = string.Join(" ", text.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(part => part.Trim()));
            return line.Length > 160 ? line[..157] + "..." : line;
        }
    }

    /// <summary>One section: a title, paragraphs, tables with a legend, a bulleted list, agendas; and, in the HTML only, charts.</summary>
    public sealed class ReportSection
    {
        public ReportSection(string key, string title)
        {
            Key = key;
            Title = title;
        }

        public string Key { get; }

        public string Title { get; }

        public List<string> Paragraphs { get; init; } = new();

        public List<ReportTable> Tables { get; init; } = new();

        public List<string> Legend { get; init; } = new();

        public string? ItemsTitle { get; set; }

        public List<string> Items { get; init; } = new();

        public List<ReportAgenda> Agendas { get; init; } = new();

        /// <summary>The charts the HTML shows at the top of the section (keys of <see cref="ReportCharts"/>).</summary>
        public List<string> Charts { get; init; } = new();
    }

    public sealed record ReportTable(string Key, string? Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<ReportRow> Rows);

    public sealed record ReportColumn(string Key, string Header, bool Numeric);

    /// <summary>A table row: its cells as text; a group row heads the rows below it (a habit), a total row closes the table.</summary>
    public sealed record ReportRow(string Key, IReadOnlyList<string> Cells, bool IsGroup = false, bool IsTotal = false);

    public sealed record ReportAgenda(string Header, string Text);
}
