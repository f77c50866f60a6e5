using System.Linq;
using CrmIndependence.Demo.Generation;
using CrmIndependence.Demo.Playing;
using CrmIndependence.Demo.Reporting;
using CrmIndependence.Demo.Scenarios;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using CrmIndependence.Plugins.Tests.SolutionPackage;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Demo
{
    [TestClass]
    public sealed class ScenarioPlayerTests
    {
        private static PlayResult PlayTiny(params string[] events) =>
            new ScenarioPlayer(SolutionTestLayout.SourceFolder).Play(ScenarioParser.Parse(ScenarioParserTests.Minimal(events), "tiny.json"));

        [TestMethod]
        public void A_manager_edit_becomes_the_signal_the_report_counts_from_the_orgs_rows()
        {
            var result = PlayTiny(
                "{ \"day\": 0, \"at\": \"10:00\", \"type\": \"activity\", \"by\": \"rep\", \"deal\": \"d1\", \"activity\": \"phonecall\" }",
                "{ \"day\": 1, \"at\": \"14:00\", \"type\": \"editDeal\", \"by\": \"mgr\", \"deal\": \"d1\", \"value\": 65000 }");

            var signals = result.Org.Rows(DependencySignal.EntityName);
            var edits = signals.Count(s => s.GetAttributeValue<OptionSetValue>(DependencySignal.Kind).Value == DependencySignal.KindOption.ManagerEditedDeal);
            Assert.AreEqual(1, edits, "The involvement plugin records the manager's edit.");
            Assert.AreEqual(2, result.EventsPlayed);
            Assert.AreEqual(0, result.Org.AsyncFailures.Count);

            var report = DemoReport.Build(result);
            var manager = report.Managers.Single();
            var rep = manager.Reps.Single();
            Assert.AreEqual(edits, rep.Signals[SignalKind.ManagerEditedDeal]);
            Assert.AreEqual(edits, manager.Signals[SignalKind.ManagerEditedDeal]);
            Assert.AreEqual(signals.Count, report.SignalCount);
        }

        [TestMethod]
        public void A_week_without_a_score_row_reports_100_because_nothing_took_points_off()
        {
            var result = PlayTiny(
                "{ \"day\": 1, \"at\": \"14:00\", \"type\": \"editDeal\", \"by\": \"mgr\", \"deal\": \"d1\", \"value\": 65000 }",
                "{ \"day\": 9, \"at\": \"10:00\", \"type\": \"activity\", \"by\": \"rep\", \"deal\": \"d1\", \"activity\": \"phonecall\" }");

            var report = DemoReport.Build(result);

            var rep = report.Managers.Single().Reps.Single();
            Assert.AreEqual(2, report.Weeks.Count, "the play ran from Monday of week 1 into week 2");
            Assert.AreEqual(1, rep.Scores.Count, "one stored row: the week of the manager's edit");
            Assert.IsTrue(rep.ScoreIn(report.Weeks[0]) < 100);
            Assert.AreEqual(rep.Scores[report.Weeks[0]], rep.ScoreIn(report.Weeks[0]));
            Assert.AreEqual(100, rep.ScoreIn(report.Weeks[1]));
        }

        [TestMethod]
        public void A_refusal_is_counted_not_thrown_and_an_answer_to_it_has_nothing_to_answer()
        {
            var result = PlayTiny(
                "{ \"day\": 0, \"type\": \"helpRequest\", \"by\": \"rep\", \"id\": \"hr1\", \"deal\": \"d1\", \"subject\": \"What now?\" }",
                "{ \"type\": \"answerHelpRequest\", \"by\": \"mgr\", \"request\": \"hr1\", \"afterMinutes\": 10 }");

            Assert.AreEqual(2, result.Refusals.Count);
            StringAssert.Contains(result.Refusals[0].Message, "recommendation");
            Assert.AreEqual(0, result.Org.Rows(HelpRequest.EntityName).Count, "A refused request leaves nothing written.");
        }

        [TestMethod]
        public void Holding_a_session_with_resolve_ticks_off_the_oldest_topics_and_carries_the_rest()
        {
            static string Request(int n) =>
                $"{{ \"day\": 0, \"at\": \"10:0{n}\", \"type\": \"helpRequest\", \"by\": \"rep\", \"id\": \"hr{n}\", \"deal\": \"d1\", \"subject\": \"Question {n}\", " +
                "\"problem\": \"The buyer wants a longer pilot.\", \"tried\": \"Asked procurement.\", \"options\": [\"Extend\", \"Decline\"], \"recommendation\": \"Extend by 2 weeks\" }";

            var result = PlayTiny(
                "{ \"day\": 0, \"at\": \"08:00\", \"type\": \"setPolicy\", \"by\": \"system\", \"policy\": { \"parkedRequestsForCoaching\": 1 } }",
                Request(1), Request(2), Request(3),
                "{ \"day\": 3, \"at\": \"15:00\", \"type\": \"coaching\", \"by\": \"mgr\", \"rep\": \"rep\", \"outcome\": \"held\", \"resolve\": 2 }");

            Assert.AreEqual(0, result.Refusals.Count, string.Join("; ", result.Refusals.Select(r => r.Message)));
            Assert.AreEqual(0, result.NoSessionToChange.Count, "the first parked request opens a session; each request joins its agenda minutes apart");
            var sessions = result.Org.Rows(CoachingSession.EntityName);
            var held = sessions.Single(s => s.GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus).Value == CoachingSession.SessionStatusOption.Held);
            var topics = result.Org.Rows(CoachingTopic.EntityName);
            var heldTopics = topics.Where(t => t.GetAttributeValue<EntityReference>(CoachingTopic.CoachingSessionId).Id == held.Id).ToList();
            CollectionAssert.AreEquivalent(
                new[] { "Question 1", "Question 2" },
                heldTopics.Where(t => t.GetAttributeValue<bool>(CoachingTopic.Resolved)).Select(t => t.GetAttributeValue<string>(CoachingTopic.PrimaryName)).ToArray());
            var next = sessions.Single(s => s.GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus).Value == CoachingSession.SessionStatusOption.Planned);
            Assert.AreEqual("Question 3", topics.Single(t => t.GetAttributeValue<EntityReference>(CoachingTopic.CoachingSessionId).Id == next.Id).GetAttributeValue<string>(CoachingTopic.PrimaryName));
        }

        [TestMethod]
        public void The_generator_is_deterministic()
        {
            var settings = new GeneratorSettings { Reps = 6, Managers = 2, Days = 21, Seed = 99 };

            var first = ScenarioWriter.Write(ScenarioGenerator.Generate(settings));
            var second = ScenarioWriter.Write(ScenarioGenerator.Generate(settings));
            var other = ScenarioWriter.Write(ScenarioGenerator.Generate(settings with { Seed = 100 }));

            Assert.AreEqual(first, second);
            Assert.AreNotEqual(first, other);
            var parsed = ScenarioParser.Parse(first, "generated.json");
            Assert.AreEqual(6 + 2 + 1, parsed.Users.Count);
            Assert.IsTrue(parsed.Events.Count > 100, $"{parsed.Events.Count} events");
        }

        [TestMethod]
        public void The_committed_sample_is_what_the_generator_writes()
        {
            var path = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(SolutionTestLayout.SourceFolder)!, "Demo", "Scenarios", "sample.json");

            Assert.AreEqual(ScenarioWriter.Write(ScenarioGenerator.Generate(ScenarioGenerator.Sample)), System.IO.File.ReadAllText(path).Replace("\r\n", "\n"));
        }
    }
}
