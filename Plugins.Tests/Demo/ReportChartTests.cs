using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CrmIndependence.Demo.Playing;
using CrmIndependence.Demo.Reporting;
using CrmIndependence.Demo.Scenarios;
using CrmIndependence.Plugins.Tests.SolutionPackage;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SkiaSharp;

namespace CrmIndependence.Plugins.Tests.Demo
{
    /// <summary>The HTML report's charts are real images with the data drawn on them, not empty canvases.</summary>
    [TestClass]
    public sealed class ReportChartTests
    {
        private static readonly ScottPlot.Color FirstSeries = new ScottPlot.Palettes.Category10().GetColor(0);

        private static DemoReport Report()
        {
            var play = new ScenarioPlayer(SolutionTestLayout.SourceFolder).Play(ScenarioParser.Parse(ScenarioParserTests.Minimal(
                "{ \"day\": 1, \"at\": \"14:00\", \"type\": \"editDeal\", \"by\": \"mgr\", \"deal\": \"d1\", \"value\": 65000 }",
                "{ \"day\": 9, \"at\": \"10:00\", \"type\": \"editDeal\", \"by\": \"mgr\", \"deal\": \"d1\", \"discount\": 5 }"), "tiny.json"));
            return DemoReport.Build(play);
        }

        [TestMethod]
        public void The_score_chart_draws_each_reps_line()
        {
            var report = Report();

            using var chart = SKBitmap.Decode(ReportCharts.ScoreChart(report, report.Managers.Single()));

            Assert.IsNotNull(chart, "the bytes are a PNG");
            Assert.AreEqual(900, chart.Width);
            Assert.AreEqual(420, chart.Height);
            Assert.IsTrue(PixelsOf(chart, FirstSeries) > 300, "Riley's score line (the first series colour) is drawn across the weeks, not only its legend entry");
        }

        [TestMethod]
        public void The_score_chart_draws_the_policys_threshold_and_marks_the_day_enforcement_began()
        {
            var enforced = DemoReport.Build(new ScenarioPlayer(SolutionTestLayout.SourceFolder).Play(ScenarioParser.Parse(ScenarioParserTests.Minimal(
                "{ \"day\": 1, \"at\": \"14:00\", \"type\": \"editDeal\", \"by\": \"mgr\", \"deal\": \"d1\", \"value\": 65000 }",
                "{ \"day\": 8, \"at\": \"08:00\", \"type\": \"setPolicy\", \"by\": \"system\", \"policy\": { \"mode\": \"enforce\", \"dependencyScoreThreshold\": 80 } }",
                "{ \"day\": 16, \"at\": \"10:00\", \"type\": \"editDeal\", \"by\": \"mgr\", \"deal\": \"d1\", \"discount\": 5 }"), "tiny.json")));
            var observed = Report();

            using var withMarker = SKBitmap.Decode(ReportCharts.ScoreChart(enforced, enforced.Managers.Single()));
            using var withoutMarker = SKBitmap.Decode(ReportCharts.ScoreChart(observed, observed.Managers.Single()));

            Assert.AreEqual(80, enforced.Policy.DependencyScoreThreshold);
            Assert.IsTrue(PixelsNear(withMarker, ReportCharts.ThresholdColour) > 200, $"the dashed threshold line runs across the chart, not only its legend entry ({PixelsNear(withMarker, ReportCharts.ThresholdColour)})");
            var marker = PixelsNear(withMarker, ReportCharts.EnforceColour);
            var noMarker = PixelsNear(withoutMarker, ReportCharts.EnforceColour);
            Assert.IsTrue(marker - noMarker > 150, $"the dotted observe → enforce line runs up the chart ({marker} against {noMarker} without)");
            Assert.IsTrue(PixelsNear(withoutMarker, ReportCharts.ThresholdColour) > 200, "the legend entry alone is about 40 pixels");
        }

        [TestMethod]
        public void The_signal_chart_draws_a_bar_per_manager_and_kind_with_signals()
        {
            var report = Report();

            using var chart = SKBitmap.Decode(ReportCharts.SignalChart(report));

            Assert.IsNotNull(chart, "the bytes are a PNG");
            Assert.AreEqual(900, chart.Width);
            Assert.IsTrue(PixelsOf(chart, FirstSeries) > 1_000, "Max's bar for 'manager edited deal' (the first series colour) is drawn; the legend swatch alone is about 130 pixels");
        }

        [TestMethod]
        public void The_html_report_embeds_every_chart_as_an_image_that_decodes()
        {
            var report = Report();
            var folder = Path.Combine(Path.GetTempPath(), "cri-report-" + Guid.NewGuid().ToString("N"));

            var html = File.ReadAllText(HtmlReport.Write(report, folder));

            var images = Regex.Matches(html, "src=\"data:image/png;base64,([^\"]+)\"").Select(match => match.Groups[1].Value).ToList();
            Assert.AreEqual(1 + report.Managers.Count, images.Count, "the interventions chart and one score chart per manager");
            foreach (var image in images)
            {
                using var decoded = SKBitmap.Decode(Convert.FromBase64String(image));
                Assert.IsNotNull(decoded);
                Assert.IsTrue(decoded.Width > 0 && decoded.Height > 0);
            }

            Directory.Delete(folder, recursive: true);
        }

        /// <summary>Pixels of the colour, give or take the anti-aliasing of a line drawn between pixel rows.</summary>
        private static int PixelsNear(SKBitmap bitmap, ScottPlot.Color colour)
        {
            var count = 0;
            for (var y = 0; y < bitmap.Height; y++)
            {
                for (var x = 0; x < bitmap.Width; x++)
                {
                    var pixel = bitmap.GetPixel(x, y);
                    if (Math.Abs(pixel.Red - colour.R) + Math.Abs(pixel.Green - colour.G) + Math.Abs(pixel.Blue - colour.B) <= 30)
                    {
                        count++;
                    }
                }
            }

            return count;
        }

        private static int PixelsOf(SKBitmap bitmap, ScottPlot.Color colour)
        {
            var count = 0;
            for (var y = 0; y < bitmap.Height; y++)
            {
                for (var x = 0; x < bitmap.Width; x++)
                {
                    var pixel = bitmap.GetPixel(x, y);
                    if (pixel.Red == colour.R && pixel.Green == colour.G && pixel.Blue == colour.B)
                    {
                        count++;
                    }
                }
            }

            return count;
        }
    }
}
