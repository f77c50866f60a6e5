using System.Linq;
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
    /// <summary>
    /// The report's five-habit scorecard, arranged as a week of a rep and a manager played through the plugins: each
    /// figure is what the org's rows (and the refusals the client saw) say, habit by habit.
    /// </summary>
    [TestClass]
    public sealed class HabitScorecardTests
    {
        private const string Complete = "\"problem\": \"The buyer wants a longer pilot.\", \"tried\": \"Asked procurement.\", \"options\": [\"Extend\", \"Decline\"], \"recommendation\": \"Extend by 2 weeks\"";

        [TestMethod]
        public void Delay_responding_counts_the_answers_inside_the_respond_after_time_and_their_median()
        {
            var report = Play(
                Request("hr1", 0, "09:00", "Pilot length"),
                "{ \"type\": \"answerHelpRequest\", \"by\": \"mgr\", \"request\": \"hr1\", \"afterMinutes\": 10 }",
                Request("hr2", 0, "10:00", "Pilot price"),
                "{ \"type\": \"answerHelpRequest\", \"by\": \"mgr\", \"request\": \"hr2\", \"afterMinutes\": 30 }",
                Request("hr3", 0, "11:00", "Pilot scope"),
                "{ \"type\": \"answerHelpRequest\", \"by\": \"mgr\", \"request\": \"hr3\", \"afterMinutes\": 90 }");

            var habits = report.Managers.Single().Habits;
            Assert.AreEqual(3, habits.NonUrgentAnswered);
            Assert.AreEqual(2, habits.AnsweredInsideDelay, "10 and 30 minutes are inside the 60-minute delay, 90 is not");
            Assert.AreEqual(30, habits.MedianResponseMinutes);
            Assert.AreEqual(2, report.Managers.Single().Signals[SignalKind.FastResponse], "the plugins flagged the same two answers as fast responses");
        }

        [TestMethod]
        public void Ask_for_solutions_counts_refusals_the_rep_completed_and_decisions_sent_back_as_the_reps()
        {
            var report = Play(
                "{ \"day\": 0, \"at\": \"09:00\", \"type\": \"helpRequest\", \"by\": \"rep\", \"id\": \"hr1\", \"deal\": \"d1\", \"subject\": \"Stuck\", \"problem\": \"Deal is stuck\" }",
                Request("hr2", 0, "11:00", "Stuck"),
                "{ \"day\": 0, \"at\": \"12:00\", \"type\": \"helpRequest\", \"by\": \"rep\", \"id\": \"hr3\", \"deal\": \"d2\", \"subject\": \"Which way?\" }",
                "{ \"day\": 0, \"at\": \"13:00\", \"type\": \"helpRequest\", \"by\": \"rep\", \"id\": \"hr4\", \"deal\": \"d1\", \"subject\": \"May I give 5%?\", " + Complete +
                    ", \"decisionType\": \"discountPercent\", \"decisionValue\": 5 }");

            var habits = report.Managers.Single().Habits;
            Assert.AreEqual(2, habits.RefusedIncomplete, string.Join(" | ", report.Play.Refusals.Select(r => r.Message)));
            Assert.AreEqual(1, habits.CompletedLater, "'Stuck' was filed again, complete, on the same deal; 'Which way?' never was");
            Assert.AreEqual(1, habits.YoursToDecide, "5% is inside everyone's 10%");
            Assert.AreEqual(0, habits.NonUrgentAnswered, "a request sent back as yours to decide is not an answer of the manager's");
        }

        [TestMethod]
        public void Decision_authority_counts_overrides_and_approvals_needed_and_given()
        {
            var report = Play(
                "{ \"day\": 0, \"at\": \"10:00\", \"type\": \"editDeal\", \"by\": \"mgr\", \"deal\": \"d1\", \"discount\": 5 }",
                "{ \"day\": 0, \"at\": \"11:00\", \"type\": \"editDeal\", \"by\": \"rep\", \"deal\": \"d2\", \"discount\": 15 }",
                "{ \"day\": 1, \"at\": \"09:00\", \"type\": \"approveDeal\", \"by\": \"mgr\", \"deal\": \"d2\" }");

            var habits = report.Managers.Single().Habits;
            Assert.AreEqual(1, habits.Overrides, "the manager set a discount the rep may give alone");
            Assert.AreEqual(2, habits.Interventions, "the mirror counts the manager's edit and the override it was");
            Assert.AreEqual(1, habits.ApprovalsNeeded, "15% is beyond the rep's 10%");
            Assert.AreEqual(1, habits.ApprovalsGiven);
            Assert.AreEqual(Opportunity.ApprovalStatusOption.Approved,
                report.Play.Org.Read(Opportunity.EntityName, report.Play.Deals["d2"])!.GetAttributeValue<OptionSetValue>(Opportunity.ApprovalStatus).Value);
        }

        [TestMethod]
        public void Stage_gate_blocks_are_counted_by_stage_before_and_after_enforcement()
        {
            var report = Play(
                "{ \"day\": 0, \"at\": \"10:00\", \"type\": \"moveStage\", \"by\": \"rep\", \"deal\": \"d1\", \"stage\": \"develop\" }",
                "{ \"day\": 1, \"at\": \"08:00\", \"type\": \"setPolicy\", \"by\": \"system\", \"policy\": { \"mode\": \"enforce\" } }",
                "{ \"day\": 1, \"at\": \"10:00\", \"type\": \"moveStage\", \"by\": \"rep\", \"deal\": \"d2\", \"stage\": \"develop\" }",
                "{ \"day\": 1, \"at\": \"11:00\", \"type\": \"moveStage\", \"by\": \"rep\", \"deal\": \"d2\", \"stage\": \"develop\", \"decisionMaker\": \"Dana Buyer\" }");

            Assert.AreEqual(report.From.AddDays(1).AddHours(8), report.EnforcedFrom, "when the org's policy row said enforce");
            Assert.AreEqual("observe → enforce", report.Mode);
            var habits = report.Managers.Single().Habits;
            CollectionAssert.AreEqual(new[] { Opportunity.SalesStageOption.Qualify }, habits.GateBlocks.Keys.ToArray());
            Assert.AreEqual((1, 1), habits.GateBlocks[Opportunity.SalesStageOption.Qualify], "flagged in observe, refused once in enforce; the move with the decision maker passed");
            Assert.AreEqual(1, habits.TeamGateBlocks, "the mirror counts the recorded block; the refused move left no row");
            var rep = report.Managers.Single().Reps.Single();
            Assert.AreEqual(1, rep.Signals[SignalKind.StageGateBlocked]);
            Assert.AreEqual(1, rep.GatesRefused);
        }

        [TestMethod]
        public void Coaching_counts_held_and_skipped_sessions_refused_skips_and_overdue_stretches()
        {
            var report = Play(
                "{ \"day\": 0, \"at\": \"10:00\", \"type\": \"editDeal\", \"by\": \"mgr\", \"deal\": \"d1\", \"value\": 60000 }",
                "{ \"day\": 0, \"at\": \"11:00\", \"type\": \"editDeal\", \"by\": \"mgr\", \"deal\": \"d2\", \"value\": 70000 }",
                "{ \"day\": 2, \"at\": \"15:00\", \"type\": \"coaching\", \"by\": \"mgr\", \"rep\": \"rep\", \"outcome\": \"skipped\" }",
                "{ \"day\": 2, \"at\": \"15:05\", \"type\": \"coaching\", \"by\": \"mgr\", \"rep\": \"rep\", \"outcome\": \"skipped\", \"reason\": \"Customer visit\", \"newDay\": 4 }",
                "{ \"day\": 4, \"at\": \"10:30\", \"type\": \"coaching\", \"by\": \"mgr\", \"rep\": \"rep\", \"outcome\": \"held\", \"resolve\": \"all\" }",
                "{ \"day\": 30, \"at\": \"10:00\", \"type\": \"activity\", \"by\": \"rep\", \"deal\": \"d1\", \"activity\": \"phonecall\" }");

            Assert.AreEqual(0, report.Play.NoSessionToChange.Count, "two manager edits in a week open a session");
            var habits = report.Managers.Single().Habits;
            Assert.AreEqual(1, habits.SkipsRefused, "the skip without a reason and a new date");
            Assert.AreEqual(1, habits.SessionsSkipped);
            Assert.AreEqual(1, habits.SessionsHeld);
            Assert.AreEqual(1, habits.OverdueStretches, "held on day 4, nothing held from then to day 30: more than 14 days");
            Assert.AreEqual(1, report.Managers.Single().Signals[SignalKind.CoachingSkipped]);
        }

        [TestMethod]
        public void A_rep_who_fell_below_the_threshold_reads_the_lowest_week_and_the_weeks_below_not_the_latest_score()
        {
            var report = Play(
                "{ \"day\": 0, \"at\": \"10:00\", \"type\": \"assignDeal\", \"by\": \"mgr\", \"deal\": \"d1\", \"to\": \"mgr\" }",
                "{ \"day\": 0, \"at\": \"11:00\", \"type\": \"assignDeal\", \"by\": \"mgr\", \"deal\": \"d2\", \"to\": \"mgr\" }",
                "{ \"day\": 0, \"at\": \"12:00\", \"type\": \"winDeal\", \"by\": \"mgr\", \"deal\": \"d3\" }",
                "{ \"day\": 15, \"at\": \"10:00\", \"type\": \"activity\", \"by\": \"rep\", \"deal\": \"d3\", \"activity\": \"phonecall\" }");

            var rep = report.Managers.Single().Reps.Single();
            var team = ReportContent.Of(report).Section("team-mgr").Tables.Single().Rows.Single();
            Assert.AreEqual(45, rep.ScoreIn(report.Weeks[0]), "two take-overs (20 each) and a close (15)");
            CollectionAssert.AreEqual(new[] { "Riley Rep", team.Cells[1], "45", ReportDates.Day(report.Weeks[0]), "1 of 3", "100" }, team.Cells.ToArray());
        }

        [TestMethod]
        public void The_threshold_is_the_policys()
        {
            var report = Play(
                "{ \"day\": 0, \"at\": \"08:00\", \"type\": \"setPolicy\", \"by\": \"system\", \"policy\": { \"dependencyScoreThreshold\": 98 } }",
                "{ \"day\": 0, \"at\": \"10:00\", \"type\": \"editDeal\", \"by\": \"mgr\", \"deal\": \"d1\", \"value\": 60000 }",
                "{ \"day\": 8, \"at\": \"10:00\", \"type\": \"activity\", \"by\": \"rep\", \"deal\": \"d1\", \"activity\": \"phonecall\" }");

            var table = ReportContent.Of(report).Section("team-mgr").Tables.Single();
            Assert.AreEqual("Weeks < 98", table.Columns[4].Header);
            Assert.AreEqual("1 of 2", table.Rows.Single().Cells[4], "95 is below 98");
        }

        [TestMethod]
        public void The_next_one_to_one_lists_the_open_topics_of_the_reps_planned_session_and_names_the_manager()
        {
            var report = Play(
                "{ \"day\": 0, \"at\": \"10:00\", \"type\": \"editDeal\", \"by\": \"mgr\", \"deal\": \"d1\", \"value\": 60000 }",
                "{ \"day\": 0, \"at\": \"11:00\", \"type\": \"editDeal\", \"by\": \"mgr\", \"deal\": \"d2\", \"value\": 70000 }",
                "{ \"day\": 0, \"at\": \"12:00\", \"type\": \"activity\", \"by\": \"mgr\", \"deal\": \"d2\", \"activity\": \"email\" }");

            var rep = report.Managers.Single().Reps.Single();
            var session = rep.NextSession!;
            Assert.AreEqual(CoachingSession.SessionStatusOption.Planned, session.Status);
            StringAssert.StartsWith(ReportContent.NextOneToOne(rep), $"{ReportDates.Day(session.ScheduledStart!.Value)} with Max Manager: 2 manager edits, 1 manager activity.");
            var plannedId = report.Play.Org.Rows(CoachingSession.EntityName)
                .Single(s => s.GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus).Value == CoachingSession.SessionStatusOption.Planned).Id;
            var open = report.Play.Org.Rows(CoachingTopic.EntityName)
                .Count(t => t.GetAttributeValue<EntityReference>(CoachingTopic.CoachingSessionId).Id == plannedId && !t.GetAttributeValue<bool>(CoachingTopic.Resolved));
            Assert.AreEqual(open, session.OpenTopics.Count, "the topics are the org's unresolved topic rows of that session");
        }

        private static DemoReport Play(params string[] events) =>
            DemoReport.Build(new ScenarioPlayer(SolutionTestLayout.SourceFolder).Play(ScenarioParser.Parse(Scenario(events), "habits.json")));

        private static string Request(string id, int day, string at, string subject) =>
            $"{{ \"day\": {day}, \"at\": \"{at}\", \"type\": \"helpRequest\", \"by\": \"rep\", \"id\": \"{id}\", \"deal\": \"d1\", \"subject\": \"{subject}\", {Complete} }}";

        /// <summary>Max manages Riley, who owns three deals; everyone may give 10% discount, Max 25%; leaving Qualify needs the decision maker.</summary>
        internal static string Scenario(params string[] events) =>
            "{ \"name\": \"habits\", \"policy\": { \"mode\": \"observe\" },\n" +
            "  \"users\": [ { \"id\": \"mgr\", \"name\": \"Max Manager\" }, { \"id\": \"rep\", \"name\": \"Riley Rep\", \"manager\": \"mgr\" } ],\n" +
            "  \"opportunities\": [ { \"id\": \"d1\", \"name\": \"Contoso expansion\", \"owner\": \"rep\", \"value\": 50000 },\n" +
            "    { \"id\": \"d2\", \"name\": \"Fabrikam renewal\", \"owner\": \"rep\", \"value\": 40000 },\n" +
            "    { \"id\": \"d3\", \"name\": \"Northwind pilot\", \"owner\": \"rep\", \"value\": 30000, \"stage\": \"close\", \"closeDate\": \"2025-02-28\" } ],\n" +
            "  \"authority\": [ { \"decision\": \"discountPercent\", \"appliesTo\": \"everyone\", \"limit\": 10 },\n" +
            "    { \"decision\": \"discountPercent\", \"appliesTo\": \"user\", \"user\": \"mgr\", \"limit\": 25 } ],\n" +
            "  \"stageRequirements\": [ { \"stage\": \"qualify\", \"kind\": \"columnHasValue\", \"column\": \"parentcontactid\", \"message\": \"Name the decision maker\" } ],\n" +
            "  \"events\": [\n    " + string.Join(",\n    ", events) + "\n  ] }";
    }
}
