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
            Assert.AreEqual(1 + report.Managers.Count, images.Count, "the signals chart and one score chart per manager");
            foreach (var image in images)
            {
                using var decoded = SKBitmap.Decode(Convert.FromBase64String(image));
                Assert.IsNotNull(decoded);
                Assert.IsTrue(decoded.Width > 0 && decoded.Height > 0);
            }

            Directory.Delete(folder, recursive: true);
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
