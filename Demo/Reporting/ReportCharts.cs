using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ScottPlot;

namespace CrmIndependence.Demo.Reporting
{
    /// <summary>
    /// The HTML report's charts (PNG): the managers' interventions by kind, and each team's weekly independence score
    /// with the dependency threshold and the day enforcement began. Dates in the report's one format.
    /// </summary>
    public static class ReportCharts
    {
        public const int Width = 900;
        public const int ScoreHeight = 420;

        /// <summary>The threshold line's colour (a dark red no rep's line has; a test finds it in the picture).</summary>
        public static readonly Color ThresholdColour = new(160, 0, 0);

        /// <summary>The enforcement marker's colour.</summary>
        public static readonly Color EnforceColour = new(90, 90, 90);

        public const string SignalsKey = "signals-by-manager";

        public static string ScoresKey(ManagerReport manager) => $"scores-{manager.Key}";

        /// <summary>Every chart the report shows, by key, with its alternative text.</summary>
        public static IReadOnlyList<(string Key, string Alt, Func<byte[]> Render)> All(DemoReport report)
        {
            var charts = new List<(string, string, Func<byte[]>)> { (SignalsKey, "Managers' interventions by kind, per manager", () => SignalChart(report)) };
            charts.AddRange(report.Managers.Select(manager => (ScoresKey(manager),
                $"Independence score by week, {manager.Name}'s team, with the dependency threshold {report.Policy.DependencyScoreThreshold}" +
                (report.EnforcedFrom is { } from && from > report.From ? $" and enforcement from {ReportDates.Day(from)}" : string.Empty),
                (Func<byte[]>)(() => ScoreChart(report, manager)))));
            return charts;
        }

        public static byte[] ScoreChart(DemoReport report, ManagerReport manager)
        {
            var plot = new Plot();
            var palette = new ScottPlot.Palettes.Category10();
            var weeks = report.Weeks.ToArray();
            var i = 0;
            foreach (var rep in manager.Reps)
            {
                var line = plot.Add.Scatter(weeks, weeks.Select(week => (double)rep.ScoreIn(week)).ToArray(), palette.GetColor(i++));
                line.LegendText = rep.Name;
                line.LineWidth = 2;
                line.MarkerSize = 6;
            }

            var threshold = report.Policy.DependencyScoreThreshold;
            var thresholdLine = plot.Add.HorizontalLine(threshold, width: 2, color: ThresholdColour, pattern: LinePattern.Dashed);
            thresholdLine.LegendText = $"Dependency threshold ({threshold})";
            if (report.EnforcedFrom is { } enforced && enforced > report.From)
            {
                var marker = plot.Add.VerticalLine(enforced.ToOADate(), width: 2, color: EnforceColour, pattern: LinePattern.Dotted);
                marker.LegendText = $"Observe → enforce ({ReportDates.Day(enforced)})";
            }

            plot.Axes.Bottom.TickGenerator = WeekTicks(weeks);
            plot.Axes.SetLimitsY(0, 105);
            if (weeks.Length > 0)
            {
                plot.Axes.SetLimitsX(weeks[0].AddDays(-3).ToOADate(), weeks[^1].AddDays(3).ToOADate());
            }

            plot.Title($"{manager.Name}'s team: independence score by week");
            plot.YLabel("Score (100 = independent)");
            plot.XLabel("Week starting");
            plot.ShowLegend(Edge.Right);
            return plot.GetImageBytes(Width, ScoreHeight, ImageFormat.Png);
        }

        public static byte[] SignalChart(DemoReport report)
        {
            var plot = new Plot();
            var palette = new ScottPlot.Palettes.Category10();
            var kinds = DemoReport.ManagerKinds;
            var groups = report.Managers.Count;
            var bars = new List<Bar>();
            for (var k = 0; k < kinds.Count; k++)
            {
                for (var m = 0; m < groups; m++)
                {
                    var value = report.Managers[m].Signals[kinds[k]];
                    bars.Add(new Bar
                    {
                        Position = k * (groups + 1) + m,
                        Value = value,
                        FillColor = palette.GetColor(m),
                        Label = value > 0 ? value.ToString(CultureInfo.InvariantCulture) : string.Empty,
                    });
                }
            }

            var barPlot = plot.Add.Bars(bars);
            barPlot.Horizontal = true;
            barPlot.ValueLabelStyle.FontSize = 11;
            var ticks = kinds.Select((kind, k) => new Tick(k * (groups + 1) + (groups - 1) / 2.0, DemoReport.Label(kind))).ToArray();
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
            plot.Axes.InvertY();
            plot.Axes.Margins(left: 0);
            for (var m = 0; m < groups; m++)
            {
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = report.Managers[m].Name, FillColor = palette.GetColor(m) });
            }

            plot.ShowLegend(Edge.Right);
            plot.Title("Where managers get involved: signals by kind, per manager");
            plot.XLabel("Signals recorded");
            return plot.GetImageBytes(Width, 60 + 38 * kinds.Count, ImageFormat.Png);
        }

        /// <summary>A tick per week (every few weeks on a long play), labelled "6 Jan 2025".</summary>
        private static ScottPlot.TickGenerators.NumericManual WeekTicks(IReadOnlyList<DateTime> weeks)
        {
            var every = Math.Max(1, (weeks.Count + 6) / 7);
            var ticks = weeks.Where((_, index) => index % every == 0).Select(week => new Tick(week.ToOADate(), ReportDates.Day(week))).ToArray();
            return new ScottPlot.TickGenerators.NumericManual(ticks);
        }
    }
}
