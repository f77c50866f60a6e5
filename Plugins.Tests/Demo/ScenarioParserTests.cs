using System.IO;
using System.Linq;
using CrmIndependence.Demo.Scenarios;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.SolutionPackage;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Demo
{
    [TestClass]
    public sealed class ScenarioParserTests
    {
        private static string SamplePath => Path.Combine(Path.GetDirectoryName(SolutionTestLayout.SourceFolder)!, "Demo", "Scenarios", "sample.json");

        [TestMethod]
        public void The_bundled_sample_loads_with_a_director_two_managers_eight_reps_and_90_days()
        {
            var scenario = ScenarioParser.Load(SamplePath);

            Assert.AreEqual(11, scenario.Users.Count);
            Assert.AreEqual(1, scenario.Users.Count(u => u.Manager == null));
            Assert.AreEqual(2, scenario.Users.Count(u => u.Manager == "dana"));
            Assert.AreEqual(8, scenario.Users.Count(u => u.Manager is "hannah" or "oscar"));
            var lastDay = (scenario.Timeline[^1].At.Date - scenario.Start.Date).TotalDays;
            Assert.IsTrue(lastDay is > 80 and < 90, $"The timeline ends on day {lastDay}.");
            CollectionAssert.AreEqual(scenario.Timeline.Select(e => e.At).OrderBy(at => at).ToList(), scenario.Timeline.Select(e => e.At).ToList());
            foreach (var type in new[] { "activity", "editDeal", "moveStage", "winDeal", "loseDeal", "assignDeal", "helpRequest", "answerHelpRequest", "coaching", "setPolicy" })
            {
                Assert.IsTrue(scenario.Timeline.Any(e => e.Type == type), $"The sample has no {type} event.");
            }
        }

        [TestMethod]
        public void An_unknown_user_names_the_file_the_event_and_the_field()
        {
            var error = Assert.ThrowsExactly<ScenarioException>(() => ScenarioParser.Parse(Minimal(
                "{ \"day\": 0, \"at\": \"10:00\", \"type\": \"activity\", \"by\": \"rep\", \"deal\": \"d1\", \"activity\": \"phonecall\" }",
                "{ \"day\": 1, \"type\": \"editDeal\", \"by\": \"nobody\", \"deal\": \"d1\", \"discount\": 5 }"), "tiny.json"));

            Assert.AreEqual("tiny.json", error.File);
            Assert.AreEqual("by", error.Field);
            StringAssert.StartsWith(error.Location, "event #1 (editDeal");
            StringAssert.Contains(error.Message, "'nobody'");
        }

        [TestMethod]
        public void A_missing_field_and_a_bad_value_are_named()
        {
            var missing = Assert.ThrowsExactly<ScenarioException>(() => ScenarioParser.Parse(Minimal(
                "{ \"day\": 0, \"type\": \"activity\", \"by\": \"rep\", \"activity\": \"phonecall\" }"), "tiny.json"));
            Assert.AreEqual("deal", missing.Field);
            StringAssert.Contains(missing.Message, "event #0 (activity");

            var bad = Assert.ThrowsExactly<ScenarioException>(() => ScenarioParser.Parse(Minimal(
                "{ \"day\": 0, \"type\": \"editDeal\", \"by\": \"mgr\", \"deal\": \"d1\", \"discount\": 150 }"), "tiny.json"));
            Assert.AreEqual("discount", bad.Field);
            StringAssert.Contains(bad.Message, "between 0 and 100");

            var typo = Assert.ThrowsExactly<ScenarioException>(() => ScenarioParser.Parse(Minimal(
                "{ \"day\": 0, \"type\": \"moveStage\", \"by\": \"rep\", \"deal\": \"d1\", \"stage\": \"develop\", \"decisonMaker\": \"X\" }"), "tiny.json"));
            Assert.AreEqual("decisonMaker", typo.Field);
        }

        [TestMethod]
        public void Stage_names_map_to_the_schema_options()
        {
            var scenario = ScenarioParser.Parse(Minimal("{ \"day\": 2, \"at\": \"11:15\", \"type\": \"moveStage\", \"by\": \"rep\", \"deal\": \"d1\", \"stage\": \"propose\" }"), "tiny.json");

            var move = (MoveStageEvent)scenario.Timeline.Single();
            Assert.AreEqual(Opportunity.SalesStageOption.Propose, move.Stage);
            Assert.AreEqual(scenario.Start.AddDays(2).AddHours(11).AddMinutes(15), move.At);
        }

        [TestMethod]
        public void A_held_session_resolves_all_topics_or_a_number_of_them()
        {
            var scenario = ScenarioParser.Parse(Minimal(
                "{ \"day\": 7, \"type\": \"coaching\", \"by\": \"mgr\", \"rep\": \"rep\", \"outcome\": \"held\", \"resolve\": \"all\" }",
                "{ \"day\": 14, \"type\": \"coaching\", \"by\": \"mgr\", \"rep\": \"rep\", \"outcome\": \"held\", \"resolve\": 3 }",
                "{ \"day\": 21, \"type\": \"coaching\", \"by\": \"mgr\", \"rep\": \"rep\", \"outcome\": \"held\" }"), "tiny.json");

            CollectionAssert.AreEqual(
                new[] { CoachingEvent.AllTopics, 3, 0 },
                scenario.Timeline.Cast<CoachingEvent>().Select(coaching => coaching.ResolveTopics).ToArray());
        }

        [TestMethod]
        [DataRow("\"skipped\", \"reason\": \"Busy\", \"newDay\": 9, \"resolve\": 2", "held")]
        [DataRow("\"held\", \"resolve\": \"most\"", "\"all\" or a number")]
        [DataRow("\"held\", \"resolve\": -1", "\"all\" or a number")]
        public void Resolving_topics_outside_a_held_session_or_with_a_bad_count_is_named(string fields, string expected)
        {
            var error = Assert.ThrowsExactly<ScenarioException>(() => ScenarioParser.Parse(Minimal(
                "{ \"day\": 7, \"type\": \"coaching\", \"by\": \"mgr\", \"rep\": \"rep\", \"outcome\": " + fields + " }"), "tiny.json"));

            Assert.AreEqual("resolve", error.Field);
            StringAssert.StartsWith(error.Location, "event #0 (coaching");
            StringAssert.Contains(error.Message, expected);
        }

        /// <summary>A director-less tiny org: mgr with one rep and one deal, plus the given events.</summary>
        internal static string Minimal(params string[] events) =>
            "{ \"name\": \"tiny\", \"policy\": { \"mode\": \"observe\" },\n" +
            "  \"users\": [ { \"id\": \"mgr\", \"name\": \"Max Manager\" }, { \"id\": \"rep\", \"name\": \"Riley Rep\", \"manager\": \"mgr\" } ],\n" +
            "  \"opportunities\": [ { \"id\": \"d1\", \"name\": \"Contoso expansion\", \"owner\": \"rep\", \"value\": 50000 } ],\n" +
            "  \"events\": [\n    " + string.Join(",\n    ", events) + "\n  ] }";
    }
}
