using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CrmIndependence.Demo.Playing;
using CrmIndependence.Demo.Reporting;
using CrmIndependence.Demo.Scenarios;
using CrmIndependence.Emulator;
using CrmIndependence.Plugins.Policies;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Demo.Browser;
using CrmIndependence.Plugins.Tests.SolutionPackage;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Demo
{
    /// <summary>
    /// The generated report.html opened in a real headless Chromium, driven over the DevTools protocol, one page load:
    /// no console error or script exception, every chart decoded and shown, no empty section or table, and the figures
    /// the page shows are the ones the org the sample produced holds (counted here straight from its rows).
    /// Without Chromium the test is inconclusive, unless CRI_REQUIRE_BROWSER=1 (.ci/run sets it after installing
    /// Debian's chromium package), where it fails.
    /// </summary>
    [TestClass]
    public sealed class ReportInBrowserTests
    {
        /// <summary>Reads the page as the browser laid it out: sections, charts, and every table cell's shown text by its data-* keys.</summary>
        private const string ReadPage = @"JSON.stringify({
  title: document.title,
  sections: [...document.querySelectorAll('section[data-section]')].map(s => {
    const heading = s.querySelector('h2');
    return { key: s.dataset.section, heading: heading ? heading.innerText : '', text: s.innerText.length - (heading ? heading.innerText.length : 0),
             tables: [...s.querySelectorAll('table')].map(t => t.tBodies[0] ? t.tBodies[0].rows.length : 0) };
  }),
  charts: [...document.querySelectorAll('img[data-chart]')].map(i => ({ key: i.dataset.chart, complete: i.complete, width: i.naturalWidth,
    height: i.naturalHeight, shown: i.getBoundingClientRect().width })),
  cells: [...document.querySelectorAll('table[data-table] tbody tr[data-row] td[data-col]')].map(td => ({
    table: td.closest('table').dataset.table, row: td.closest('tr').dataset.row, col: td.dataset.col, text: td.innerText.trim() }))
})";

        public TestContext TestContext { get; set; } = null!;

        private static bool BrowserRequired => Environment.GetEnvironmentVariable("CRI_REQUIRE_BROWSER") == "1";

        [TestMethod]
        public async Task The_sample_report_opens_in_headless_Chromium_with_every_section_chart_and_figure_the_org_holds()
        {
            var chromium = HeadlessChromium.Find();
            if (chromium == null)
            {
                const string Missing = "Chromium is not installed (Debian: apt-get install chromium; or set CRI_CHROMIUM to the executable).";
                if (BrowserRequired)
                {
                    Assert.Fail(Missing + " CRI_REQUIRE_BROWSER=1 requires it.");
                }

                Assert.Inconclusive(Missing);
            }

            var play = new ScenarioPlayer(SolutionTestLayout.SourceFolder).Play(ScenarioParser.Load(ReportRenderingTests.SamplePath));
            var report = DemoReport.Build(play);
            var folder = Path.Combine(Path.GetTempPath(), "cri-browser-" + Guid.NewGuid().ToString("N"));
            var path = HtmlReport.Write(report, folder);

            var watch = Stopwatch.StartNew();
            var (page, problems) = await LoadAsync(chromium, path);
            TestContext.WriteLine($"Chromium ({chromium}) started, loaded and read the report in {watch.Elapsed.TotalSeconds:n1} s.");
            Directory.Delete(folder, recursive: true);

            Assert.AreEqual(0, problems.Count, "console errors, exceptions or error log entries:\n" + string.Join("\n", problems));
            StringAssert.Contains((string?)page["title"], play.Scenario.Name);
            AssertNoEmptySection(page, report);
            AssertEveryChartShown(page, report);
            AssertFiguresAreTheOrgs(page, play);
        }

        private static async Task<(JsonObject Page, List<string> Problems)> LoadAsync(string chromium, string path)
        {
            using var browser = await HeadlessChromium.StartAsync(chromium, TimeSpan.FromSeconds(30));
            await using var devtools = await DevToolsConnection.OpenAsync(browser.Endpoint, TimeSpan.FromSeconds(10));
            var target = await devtools.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" });
            var attached = await devtools.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = (string?)target["targetId"], ["flatten"] = true });
            var session = (string?)attached["sessionId"] ?? throw new InvalidOperationException("Target.attachToTarget returned no session.");
            foreach (var domain in new[] { "Runtime.enable", "Log.enable", "Page.enable" })
            {
                await devtools.SendAsync(domain, sessionId: session);
            }

            await devtools.SendAsync("Page.navigate", new JsonObject { ["url"] = new Uri(path).AbsoluteUri }, session);
            await devtools.WaitForEventAsync("Page.loadEventFired", session, TimeSpan.FromSeconds(30));
            var evaluated = await devtools.SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = ReadPage, ["returnByValue"] = true }, session);
            if (evaluated["exceptionDetails"] is JsonObject failure)
            {
                throw new InvalidOperationException("Reading the page failed: " + failure.ToJsonString());
            }

            var page = JsonNode.Parse((string)evaluated["result"]!["value"]!)!.AsObject();
            var problems = devtools.Events.Where(e => (string?)e["sessionId"] == session).Select(Problem).OfType<string>().ToList();
            try
            {
                await devtools.SendAsync("Browser.close", timeout: TimeSpan.FromSeconds(5));
            }
            catch (Exception exception) when (exception is InvalidOperationException or TimeoutException)
            {
                // The browser closes the connection as it quits; disposing it ends the process anyway.
            }

            return (page, problems);
        }

        /// <summary>A console error or assertion, an uncaught exception, or an error in the browser's log (e.g. a resource that did not load).</summary>
        private static string? Problem(JsonObject devtoolsEvent)
        {
            var parameters = devtoolsEvent["params"] as JsonObject;
            return (string?)devtoolsEvent["method"] switch
            {
                "Runtime.consoleAPICalled" when (string?)parameters?["type"] is "error" or "assert" => "console." + parameters!["type"] + ": " + parameters["args"]?.ToJsonString(),
                "Runtime.exceptionThrown" => "exception: " + parameters?["exceptionDetails"]?.ToJsonString(),
                "Log.entryAdded" when (string?)parameters?["entry"]?["level"] == "error" => "log: " + parameters!["entry"]!["text"],
                _ => null,
            };
        }

        private static void AssertNoEmptySection(JsonObject page, DemoReport report)
        {
            var sections = page["sections"]!.AsArray().Select(s => s!.AsObject()).ToList();
            var expected = new[] { "summary", "habits", "interventions", "reps-own" }
                .Concat(report.Managers.Select(m => $"team-{m.Key}")).Concat(new[] { "agendas", "refusals" }).ToArray();
            CollectionAssert.AreEqual(expected, sections.Select(s => (string?)s["key"]).ToArray(), "the sections, in order");
            foreach (var section in sections)
            {
                Assert.IsTrue(((string?)section["heading"])?.Length > 0, $"section {section["key"]} has no heading");
                Assert.IsTrue((int)section["text"]! > 40, $"section {section["key"]} shows nothing under its heading");
                foreach (var rows in section["tables"]!.AsArray())
                {
                    Assert.IsTrue((int)rows! > 0, $"section {section["key"]} has an empty table");
                }
            }
        }

        private static void AssertEveryChartShown(JsonObject page, DemoReport report)
        {
            var charts = page["charts"]!.AsArray().Select(c => c!.AsObject()).ToList();
            CollectionAssert.AreEqual(
                new[] { ReportCharts.SignalsKey }.Concat(report.Managers.Select(ReportCharts.ScoresKey)).ToArray(),
                charts.Select(c => (string?)c["key"]).ToArray());
            foreach (var chart in charts)
            {
                Assert.IsTrue((bool)chart["complete"]! && (int)chart["width"]! == ReportCharts.Width && (int)chart["height"]! > 200,
                    $"chart {chart["key"]} did not decode: {chart.ToJsonString()}");
                Assert.IsTrue((double)chart["shown"]! > 300, $"chart {chart["key"]} is not shown: {chart.ToJsonString()}");
            }
        }

        /// <summary>The figures shown, against the org's rows counted here with no help from the report's code.</summary>
        private static void AssertFiguresAreTheOrgs(JsonObject page, PlayResult play)
        {
            var shown = page["cells"]!.AsArray().Select(c => c!.AsObject())
                .GroupBy(c => ((string)c["table"]!).Split('-')[0] + "/" + (string)c["row"]! + "/" + (string)c["col"]!)
                .ToDictionary(g => g.Key, g => (string)g.First()["text"]!);
            var org = play.Org;
            var policy = PolicyParser.Parse(org.Rows(EnvironmentVariableValue.EntityName).Single().GetAttributeValue<string>(EnvironmentVariableValue.Value)).Policy!;
            var checkedFigures = 0;
            void Expect(string key, int value)
            {
                Assert.IsTrue(shown.TryGetValue(key, out var text), $"the page shows no {key}");
                Assert.AreEqual(value.ToString("n0", CultureInfo.InvariantCulture), text, key);
                checkedFigures++;
            }

            var signals = org.Rows(DependencySignal.EntityName);
            var requests = org.Rows(HelpRequest.EntityName);
            var sessions = org.Rows(CoachingSession.EntityName);
            var scores = org.Rows(IndependenceScore.EntityName);
            var weeks = WeeksPlayed(play);
            foreach (var managerKey in new[] { "hannah", "oscar" })
            {
                var manager = play.Users[managerKey].Id;
                var team = org.Rows(SystemUser.EntityName).Where(u => Ref(u, SystemUser.ParentSystemUserId) == manager).Select(u => u.Id).ToHashSet();
                var answered = requests.Where(r => Ref(r, HelpRequest.ManagerAddressedId) == manager
                    && Option(r, HelpRequest.Urgency) == HelpRequest.UrgencyOption.NonUrgent
                    && Option(r, HelpRequest.Disposition) != HelpRequest.DispositionOption.YoursToDecide
                    && r.GetAttributeValue<DateTime?>(HelpRequest.RespondedOn) != null).ToList();
                Expect($"habits/delay.answered/{managerKey}", answered.Count);
                Expect($"habits/delay.inside/{managerKey}", answered.Count(r => r.GetAttributeValue<DateTime>(HelpRequest.RespondedOn) < r.GetAttributeValue<DateTime>(HelpRequest.RespondAfter)));
                Expect($"habits/solutions.yours/{managerKey}", requests.Count(r => Ref(r, HelpRequest.ManagerAddressedId) == manager && Option(r, HelpRequest.Disposition) == HelpRequest.DispositionOption.YoursToDecide));
                Expect($"habits/authority.overrides/{managerKey}", signals.Count(s => Option(s, DependencySignal.Kind) == DependencySignal.KindOption.ManagerOverrideWithinAuthority && Ref(s, DependencySignal.ManagerId) == manager));
                Expect($"habits/authority.given/{managerKey}", org.Rows(Opportunity.EntityName).Count(d => Option(d, Opportunity.ApprovalStatus) == Opportunity.ApprovalStatusOption.Approved && Ref(d, Opportunity.ApprovedById) == manager));
                Expect($"habits/coaching.held/{managerKey}", sessions.Count(s => team.Contains(Ref(s, CoachingSession.RepId)) && Option(s, CoachingSession.SessionStatus) == CoachingSession.SessionStatusOption.Held));
                Expect($"habits/coaching.skipped/{managerKey}", sessions.Count(s => team.Contains(Ref(s, CoachingSession.RepId)) && Option(s, CoachingSession.SessionStatus) == CoachingSession.SessionStatusOption.Skipped));
                foreach (var (kind, option) in new[]
                {
                    ("ManagerEditedDeal", DependencySignal.KindOption.ManagerEditedDeal), ("ManagerActivityOnDeal", DependencySignal.KindOption.ManagerActivityOnDeal),
                    ("ManagerClosedDeal", DependencySignal.KindOption.ManagerClosedDeal), ("FastResponse", DependencySignal.KindOption.FastResponse),
                    ("CoachingSkipped", DependencySignal.KindOption.CoachingSkipped),
                })
                {
                    Expect($"interventions/{kind}/{managerKey}", signals.Count(s => Option(s, DependencySignal.Kind) == option && Ref(s, DependencySignal.ManagerId) == manager));
                }

                foreach (var rep in team)
                {
                    var repKey = play.Users.Single(pair => pair.Value.Id == rep).Key;
                    var weekly = weeks.Select(week => scores.Where(s => Ref(s, IndependenceScore.RepId) == rep && s.GetAttributeValue<DateTime>(IndependenceScore.WeekStart).Date == week)
                        .Select(s => Convert.ToInt32(s[IndependenceScore.Score], CultureInfo.InvariantCulture)).DefaultIfEmpty(100).Single()).ToList();
                    Expect($"team/{repKey}/lowest", weekly.Min());
                    Expect($"team/{repKey}/latest", weekly[^1]);
                    Assert.AreEqual($"{weekly.Count(score => score < policy.DependencyScoreThreshold)} of {weeks.Count}", shown[$"team/{repKey}/below"], $"{repKey}: weeks below {policy.DependencyScoreThreshold}");
                    Expect($"reps/{repKey}/gates-flagged", signals.Count(s => Option(s, DependencySignal.Kind) == DependencySignal.KindOption.StageGateBlocked && Ref(s, DependencySignal.RepId) == rep));
                    Expect($"reps/{repKey}/escalations", signals.Count(s => Option(s, DependencySignal.Kind) == DependencySignal.KindOption.UnnecessaryEscalation && Ref(s, DependencySignal.RepId) == rep));
                }
            }

            Assert.AreEqual(2 * 12 + 8 * 4, checkedFigures, "12 figures per manager, 4 per rep (and the weeks below the threshold)");
            Assert.AreNotEqual("0", shown["habits/delay.inside/oscar"], "the over-involved manager answers inside the delay");
            Assert.AreEqual("0", shown["habits/delay.inside/hannah"], "the hands-off one waits");
        }

        private static List<DateTime> WeeksPlayed(PlayResult play)
        {
            var weeks = new List<DateTime>();
            var monday = play.Scenario.Start.Date.AddDays(-(((int)play.Scenario.Start.DayOfWeek + 6) % 7));
            for (var week = monday; week <= play.Clock.UtcNow; week = week.AddDays(7))
            {
                weeks.Add(week);
            }

            return weeks;
        }

        private static Guid Ref(Entity row, string column) => row.GetAttributeValue<EntityReference>(column)?.Id ?? Guid.Empty;

        private static int? Option(Entity row, string column) => row.GetAttributeValue<OptionSetValue>(column)?.Value;
    }
}
