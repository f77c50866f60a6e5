using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using CrmIndependence.Plugins.Schema;
using ScottPlot;

namespace CrmIndependence.Demo.Reporting
{
    /// <summary>
    /// A self-contained HTML report (charts as base64 PNGs rendered with ScottPlot): the independence score per rep
    /// over the weeks, signals by kind per manager, and the per-rep table.
    /// </summary>
    public static class HtmlReport
    {
        public static byte[] ScoreChart(DemoReport report, ManagerReport manager)
        {
            var plot = new Plot();
            var palette = new ScottPlot.Palettes.Category10();
            var i = 0;
            var weeks = report.Weeks.ToArray();
            foreach (var rep in manager.Reps)
            {
                var line = plot.Add.Scatter(weeks, weeks.Select(week => (double)rep.ScoreIn(week)).ToArray(), palette.GetColor(i++));
                line.LegendText = rep.Name;
                line.LineWidth = 2;
                line.MarkerSize = 6;
            }

            plot.Axes.DateTimeTicksBottom();
            plot.Axes.SetLimitsY(0, 105);
            plot.Title($"{manager.Name}'s team: independence score by week");
            plot.YLabel("Score (100 = independent)");
            plot.XLabel("Week starting");
            plot.ShowLegend(Edge.Right);
            return plot.GetImageBytes(900, 420, ImageFormat.Png);
        }

        public static byte[] SignalChart(DemoReport report)
        {
            var plot = new Plot();
            var palette = new ScottPlot.Palettes.Category10();
            var kinds = DemoReport.Kinds;
            var groups = report.Managers.Count;
            var bars = new System.Collections.Generic.List<Bar>();
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
            plot.Title("Dependency signals by kind, per manager");
            plot.XLabel("Signals recorded");
            return plot.GetImageBytes(900, 60 + 38 * kinds.Count, ImageFormat.Png);
        }

        public static string Write(DemoReport report, string folder)
        {
            Directory.CreateDirectory(folder);
            var html = new StringBuilder();
            var play = report.Play;
            html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>CrmIndependence demo report</title><style>")
                .Append("body{font-family:system-ui,Segoe UI,Helvetica,Arial,sans-serif;margin:2em auto;max-width:1000px;color:#222}")
                .Append("table{border-collapse:collapse;margin:1em 0;width:100%}td,th{border-bottom:1px solid #ddd;padding:6px 8px;text-align:left;vertical-align:top}")
                .Append("th{background:#f4f6f8}td.n{text-align:right}img{max-width:100%;border:1px solid #eee;margin:.5em 0}pre{background:#f7f7f7;padding:1em;white-space:pre-wrap}")
                .Append(".muted{color:#777}</style></head><body>");
            html.Append($"<h1>Sales independence report</h1><p><b>{E(play.Scenario.Name)}</b></p>");
            html.Append($"<p>{play.EventsPlayed:n0} events played through the real plugins ({play.Org.Steps.Count} steps) on an emulated Dataverse org; policy mode: <b>{E(report.Mode)}</b>. ")
                .Append($"The org holds {report.SignalCount:n0} dependency signals and {report.ScoreRows:n0} weekly score rows; the plugins refused {play.Refusals.Count:n0} operations.</p>");
            html.Append("<h2>Where managers get involved</h2>").Append(Img(SignalChart(report), "Signals by kind per manager"));
            foreach (var manager in report.Managers)
            {
                html.Append($"<h2>{E(manager.Name)}'s team</h2>").Append(Img(ScoreChart(report, manager), $"Independence score per rep, {manager.Name}"));
                html.Append("<table><tr><th>Rep</th><th>Signals</th><th>Latest score</th><th>Coaching sessions<br>opened / held / skipped</th>")
                    .Append("<th>Help requests<br>filed / parked / answered</th><th>Median response (min)</th><th>Stage moves<br>refused / flagged</th></tr>");
                foreach (var rep in manager.Reps)
                {
                    var latest = report.Weeks.Count == 0 ? "–" : rep.ScoreIn(report.Weeks[^1]).ToString(CultureInfo.InvariantCulture);
                    html.Append($"<tr><td>{E(rep.Name)}</td><td class=n>{rep.Signals.Total}</td><td class=n>{latest}</td>")
                        .Append($"<td class=n>{rep.Sessions.Count} / {rep.SessionsWith(CoachingSession.SessionStatusOption.Held)} / {rep.SessionsWith(CoachingSession.SessionStatusOption.Skipped)}</td>")
                        .Append($"<td class=n>{rep.Help.Filed} / {rep.Help.Parked} / {rep.Help.Answered}</td><td class=n>{rep.Help.MedianMinutes}</td>")
                        .Append($"<td class=n>{rep.StageMovesRefused} / {rep.StageGateFlags}</td></tr>");
                }

                html.Append("</table>");
            }

            foreach (var session in report.SampleAgendas)
            {
                html.Append($"<h3>A coaching agenda: {E(session.Rep.Name)}</h3><pre>{E(session.Agenda)}</pre>");
            }

            html.Append($"<p class=muted>Generated by CrmIndependence.Demo from {E(Path.GetFileName(play.Scenario.File))}. Every figure is read from the org's rows after the play.</p></body></html>");
            var path = Path.Combine(folder, "report.html");
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, html.ToString(), new UTF8Encoding(false));
            File.Move(temporary, path, overwrite: true);
            return path;
        }

        /// <summary>Writes the charts as PNG files next to the report (to look at them without a browser).</summary>
        public static void WriteCharts(DemoReport report, string folder)
        {
            File.WriteAllBytes(Path.Combine(folder, "signals-by-manager.png"), SignalChart(report));
            foreach (var manager in report.Managers)
            {
                File.WriteAllBytes(Path.Combine(folder, $"scores-{manager.Key}.png"), ScoreChart(report, manager));
            }
        }

        private static string Img(byte[] png, string alt) => $"<img alt=\"{E(alt)}\" src=\"data:image/png;base64,{Convert.ToBase64String(png)}\">";

        private static string E(string text) => WebUtility.HtmlEncode(text);
    }
}
