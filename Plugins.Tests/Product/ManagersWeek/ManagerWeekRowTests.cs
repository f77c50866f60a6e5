using System;
using System.Linq;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Plugins.ManagersWeek.Steps;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Scoring;
using CrmIndependence.Plugins.Tests.Product.Coaching;
using CrmIndependence.Plugins.Tests.Product.HelpRequests;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.ManagersWeek
{
    /// <summary>
    /// The manager's mirror: what a manager does in Dynamics — answering help requests, touching reps' deals,
    /// holding or skipping coaching — lands on one row per manager per week, counted once.
    /// </summary>
    [TestClass]
    public sealed class ManagerWeekRowTests
    {
        [TestMethod]
        public void Three_answers_after_10_20_and_90_minutes_are_two_inside_the_hour_a_67_percent_share_a_median_of_20_and_a_flag()
        {
            var org = new SalesOrg(); // responseDelayMinutes 60, fastResponseShare 0.5, fastResponseWindowDays 14

            org.AnswerAfter(org.Max, org.Riley, TimeSpan.FromMinutes(10));
            org.AnswerAfter(org.Max, org.Sam, TimeSpan.FromMinutes(20));
            org.AnswerAfter(org.Max, org.Riley, TimeSpan.FromMinutes(90));

            var week = org.WeekOf(org.Max);
            Assert.AreEqual(3, week.GetAttributeValue<int>(ManagerWeekTable.Answered));
            Assert.AreEqual(2, week.GetAttributeValue<int>(ManagerWeekTable.AnsweredInsideDelay));
            Assert.AreEqual(67, week.GetAttributeValue<int>(ManagerWeekTable.ShareInsideDelay));
            Assert.AreEqual(20, week.GetAttributeValue<int>(ManagerWeekTable.MedianResponseMinutes));
            Assert.AreEqual(67, week.GetAttributeValue<int>(ManagerWeekTable.WindowShareInsideDelay));
            Assert.AreEqual(50, week.GetAttributeValue<int>(ManagerWeekTable.TargetShare));
            Assert.IsTrue(week.GetAttributeValue<bool>(ManagerWeekTable.AnswersTooFast), "2 of 3 inside the delay is more than half");
            Assert.AreEqual(org.Director.Id, week.GetAttributeValue<EntityReference>(ManagerWeekTable.DirectorId).Id, "the manager's manager, for the directors' view");
            Assert.AreEqual(org.Max.Id, week.GetAttributeValue<EntityReference>(ManagerWeekTable.OwnerId).Id, "owned by the manager: they read their own weeks");
            Assert.AreEqual(IndependenceScoring.WeekStart(org.Org.Now), week.GetAttributeValue<DateTime>(ManagerWeekTable.WeekStart));
            org.NoAsyncFailures();
        }

        [TestMethod]
        public void Half_of_the_answers_inside_the_delay_is_not_more_than_half_so_no_flag()
        {
            var org = new SalesOrg();

            org.AnswerAfter(org.Max, org.Riley, TimeSpan.FromMinutes(5));
            org.AnswerAfter(org.Max, org.Riley, TimeSpan.FromMinutes(75));

            var week = org.WeekOf(org.Max);
            Assert.AreEqual(50, week.GetAttributeValue<int>(ManagerWeekTable.ShareInsideDelay));
            Assert.AreEqual(40, week.GetAttributeValue<int>(ManagerWeekTable.MedianResponseMinutes), "the mean of 5 and 75");
            Assert.IsFalse(week.GetAttributeValue<bool>(ManagerWeekTable.AnswersTooFast));
        }

        [TestMethod]
        public void FastResponseShare_sets_the_ceiling_a_manager_is_flagged_above()
        {
            var org = new SalesOrg("{\"fastResponseShare\":0.7}");

            org.AnswerAfter(org.Max, org.Riley, TimeSpan.FromMinutes(10));
            org.AnswerAfter(org.Max, org.Sam, TimeSpan.FromMinutes(20));
            org.AnswerAfter(org.Max, org.Riley, TimeSpan.FromMinutes(90));

            var week = org.WeekOf(org.Max);
            Assert.AreEqual(67, week.GetAttributeValue<int>(ManagerWeekTable.ShareInsideDelay));
            Assert.AreEqual(70, week.GetAttributeValue<int>(ManagerWeekTable.TargetShare));
            Assert.IsFalse(week.GetAttributeValue<bool>(ManagerWeekTable.AnswersTooFast), "67 % is not more than the 70 % ceiling");
        }

        [TestMethod]
        [DataRow(14, 67, true, DisplayName = "14 days reach last week's two fast answers")]
        [DataRow(7, 0, false, DisplayName = "7 days see only this week's slow answer")]
        public void FastResponseWindowDays_sets_how_far_back_the_share_looks(int windowDays, int windowShare, bool flagged)
        {
            var org = new SalesOrg("{\"fastResponseWindowDays\":" + windowDays + "}");
            org.AnswerAfter(org.Max, org.Riley, TimeSpan.FromMinutes(10));
            org.AnswerAfter(org.Max, org.Riley, TimeSpan.FromMinutes(15));

            org.Clock.Advance(TimeSpan.FromDays(8));
            org.AnswerAfter(org.Max, org.Riley, TimeSpan.FromMinutes(120));

            var thisWeek = org.WeekOf(org.Max);
            Assert.AreEqual(0, thisWeek.GetAttributeValue<int>(ManagerWeekTable.ShareInsideDelay), "this week alone: the one slow answer");
            Assert.AreEqual(windowShare, thisWeek.GetAttributeValue<int>(ManagerWeekTable.WindowShareInsideDelay));
            Assert.AreEqual(flagged, thisWeek.GetAttributeValue<bool>(ManagerWeekTable.AnswersTooFast));
            Assert.AreEqual(2, org.WeeksOf(org.Max).Length);
        }

        [TestMethod]
        public void An_urgent_request_and_a_later_edit_of_an_answer_count_nothing()
        {
            var org = new SalesOrg();
            var urgent = org.File(org.Riley, HelpRequestDesk.Urgent("Customer walks out at 3 pm", "The buyer signs elsewhere today"));
            org.Answer(org.Max, urgent, "Offer the 3-year term.");
            var normal = org.File(org.Riley, HelpRequestDesk.NonUrgent("Which term?"));
            org.Clock.Advance(TimeSpan.FromMinutes(90));
            org.Answer(org.Max, normal, "Your call; I would offer 2 years.");

            org.Answer(org.Max, normal, "Your call; I would offer 2 years. (typo fixed)");

            var week = org.WeekOf(org.Max);
            Assert.AreEqual(1, week.GetAttributeValue<int>(ManagerWeekTable.Answered));
            Assert.AreEqual(0, week.GetAttributeValue<int>(ManagerWeekTable.AnsweredInsideDelay));
            Assert.AreEqual(90, week.GetAttributeValue<int>(ManagerWeekTable.MedianResponseMinutes));
            org.NoAsyncFailures();
        }

        [TestMethod]
        public void A_retried_answer_job_counts_the_answer_once()
        {
            var org = new SalesOrg();
            org.AnswerAfter(org.Max, org.Riley, TimeSpan.FromMinutes(10));
            var run = org.Org.LastOperation!.RunsOf<CountAnswerOnManagerWeek>().Single();

            var trace = PluginHarness.Replay(org, run);

            StringAssert.Contains(string.Join("\n", trace), "already counted");
            var week = org.WeekOf(org.Max);
            Assert.AreEqual(1, week.GetAttributeValue<int>(ManagerWeekTable.Answered));
            Assert.AreEqual(1, week.GetAttributeValue<int>(ManagerWeekTable.AnsweredInsideDelay));
        }

        [TestMethod]
        public void Edits_activities_and_a_take_over_on_Rileys_deal_are_three_interventions_on_Maxs_week_and_none_on_Olives()
        {
            var org = new SalesOrg();

            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);
            org.LogActivity(org.Max, org.RileysDeal);
            org.AssignToSelf(org.Max, org.RileysDeal);

            var week = org.WeekOf(org.Max);
            Assert.AreEqual(1, week.GetAttributeValue<int>(ManagerWeekTable.DealEdits));
            Assert.AreEqual(1, week.GetAttributeValue<int>(ManagerWeekTable.DealActivities));
            Assert.AreEqual(1, week.GetAttributeValue<int>(ManagerWeekTable.TakeOvers));
            Assert.AreEqual(0, week.GetAttributeValue<int>(ManagerWeekTable.DealCloses));
            Assert.AreEqual(3, week.GetAttributeValue<int>(ManagerWeekTable.Interventions));
            Assert.AreEqual(0, org.WeeksOf(org.Olive).Length);
            org.NoAsyncFailures();
        }

        [TestMethod]
        [DataRow(true, DisplayName = "Max wins Riley's deal")]
        [DataRow(false, DisplayName = "Max loses Riley's deal")]
        public void Max_closing_Rileys_deal_counts_one_manager_close_and_one_intervention_on_Maxs_week(bool win)
        {
            var org = new SalesOrg();

            if (win)
            {
                org.Win(org.Max, org.RileysDeal);
            }
            else
            {
                org.Lose(org.Max, org.RileysDeal);
            }

            org.NoAsyncFailures();
            var week = org.WeekOf(org.Max);
            Assert.AreEqual(1, week.GetAttributeValue<int>(ManagerWeekTable.DealCloses));
            Assert.AreEqual(0, week.GetAttributeValue<int>(ManagerWeekTable.DealEdits), "closing the deal is a close, not an edit of its stage");
            Assert.AreEqual(1, week.GetAttributeValue<int>(ManagerWeekTable.Interventions));
            Assert.AreEqual(0, org.WeeksOf(org.Olive).Length);
        }

        [TestMethod]
        public void A_retried_signal_job_counts_the_intervention_once()
        {
            var org = new SalesOrg();
            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);
            var run = org.Org.LastOperation!.RunsOf<CountSignalOnManagerWeek>().Single();

            PluginHarness.Replay(org, run);

            Assert.AreEqual(1, org.WeekOf(org.Max).GetAttributeValue<int>(ManagerWeekTable.DealEdits));
        }

        [TestMethod]
        public void A_question_Riley_could_decide_alone_counts_as_sent_back_yours_to_decide_on_Maxs_week()
        {
            var org = new SalesOrg();
            org.GrantDiscountAuthority(org.Riley, 10m);
            var request = HelpRequestDesk.NonUrgent("May I give Contoso 5%?").About(org.RileysDeal);
            request[HelpRequest.DecisionType] = new OptionSetValue(HelpRequest.DecisionTypeOption.DiscountPercent);
            request[HelpRequest.DecisionValue] = 5m;

            org.File(org.Riley, request);

            Assert.AreEqual(1, org.WeekOf(org.Max).GetAttributeValue<int>(ManagerWeekTable.YoursToDecide));
            org.NoAsyncFailures();
        }

        [TestMethod]
        public void A_held_and_a_skipped_session_count_on_the_managers_week()
        {
            var org = new SalesOrg();
            var held = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddHours(2));
            var skipped = org.PlanSession(org.Max, org.Sam, org.Org.Now.AddHours(3));

            org.SetStatus(org.Max, held, CoachingSession.SessionStatusOption.Held);
            org.SetStatus(org.Max, skipped, CoachingSession.SessionStatusOption.Skipped, "Customer visit", org.Org.Now.AddDays(2));

            var week = org.WeekOf(org.Max);
            Assert.AreEqual(1, week.GetAttributeValue<int>(ManagerWeekTable.SessionsHeld));
            Assert.AreEqual(1, week.GetAttributeValue<int>(ManagerWeekTable.SessionsSkipped));
            Assert.AreEqual(0, week.GetAttributeValue<int>(ManagerWeekTable.CoachingOverdue), "sessions planned by hand and the one scheduled after the skip are not overdue coaching");
            org.NoAsyncFailures();
        }

        [TestMethod]
        public void A_session_the_suite_opens_because_Riley_went_two_weeks_without_coaching_counts_as_overdue_coaching_on_Maxs_week()
        {
            var org = new SalesOrg(); // coachingOverdueDays 14
            org.Clock.Advance(TimeSpan.FromDays(15));

            org.LogActivity(org.Max, org.RileysDeal);

            org.NoAsyncFailures();
            var session = org.OnlyOpenSessionOf(org.Riley);
            Assert.AreEqual(CoachingSession.TriggerOption.Cadence, session.Trigger(), "opened because the cadence is overdue");
            Assert.AreEqual(org.Max.Id, session.GetAttributeValue<EntityReference>(CoachingSession.ManagerId).Id);
            var week = org.WeekOf(org.Max);
            Assert.AreEqual(1, week.GetAttributeValue<int>(ManagerWeekTable.CoachingOverdue));
            Assert.AreEqual(1, week.GetAttributeValue<int>(ManagerWeekTable.DealActivities), "the activity that brought the overdue cadence to light");
            Assert.AreEqual(0, week.GetAttributeValue<int>(ManagerWeekTable.SessionsHeld));
            Assert.AreEqual(0, week.GetAttributeValue<int>(ManagerWeekTable.SessionsSkipped));
        }

        [TestMethod]
        public void The_readme_explains_every_figure_of_the_managers_week_by_its_display_name()
        {
            var readme = System.IO.File.ReadAllText(System.IO.Path.Combine(SolutionPackage.SolutionTestLayout.Root, "docs", "SCORING.md"));
            var start = readme.IndexOf("## The manager's mirror", StringComparison.Ordinal);
            Assert.IsTrue(start >= 0, "docs/SCORING.md has a section on the manager's mirror");
            var section = readme.Substring(start, readme.IndexOf("\n## ", start + 5, StringComparison.Ordinal) - start);
            var table = SolutionPackage.SolutionTestLayout.Source.Model.SolutionOnly.Single(t => t.LogicalName == ManagerWeekTable.EntityName);
            var bookkeeping = new[] { ManagerWeekTable.PrimaryId, ManagerWeekTable.PrimaryName, ManagerWeekTable.ManagerId, ManagerWeekTable.WeekStart, ManagerWeekTable.DirectorId, ManagerWeekTable.CountedEvents };
            var figures = table.Columns.Where(c => c.IsCustom && !bookkeeping.Contains(c.LogicalName)).ToList();
            Assert.AreEqual(18, figures.Count, string.Join(", ", figures.Select(f => f.LogicalName)));
            foreach (var figure in figures)
            {
                StringAssert.Contains(section, figure.DisplayName!, figure.LogicalName);
            }
        }

        [TestMethod]
        public void Nobody_but_the_suite_writes_a_managers_week()
        {
            var org = new SalesOrg();
            org.AnswerAfter(org.Max, org.Riley, TimeSpan.FromMinutes(10));
            var week = org.WeekOf(org.Max);

            var message = SalesOrg.Refusal(() => org.As(org.Max).Update(new Entity(ManagerWeekTable.EntityName, week.Id) { [ManagerWeekTable.AnsweredInsideDelay] = 0 }));

            Assert.AreEqual(
                "This manager's week was not saved: Answered inside the delay (cri_answeredinsidedelay) is kept by the suite from the manager's answers, signals and coaching sessions. Leave it out of the save.",
                message);
            Assert.AreEqual(1, org.WeekOf(org.Max).GetAttributeValue<int>(ManagerWeekTable.AnsweredInsideDelay));
        }
    }

    internal static class ManagerWeekDesk
    {
        /// <summary><paramref name="rep"/> files a complete non-urgent request; <paramref name="manager"/> answers it <paramref name="after"/> later.</summary>
        public static Guid AnswerAfter(this SalesOrg org, User manager, User rep, TimeSpan after)
        {
            var id = org.File(rep, HelpRequestDesk.NonUrgent("Which contract term for the renewal?"));
            org.Clock.Advance(after);
            org.Answer(manager, id, "Try the two-year term first.");
            return id;
        }

        public static Entity[] WeeksOf(this SalesOrg org, User manager) =>
            org.Org.Rows(ManagerWeekTable.EntityName)
                .Where(row => row.GetAttributeValue<EntityReference>(ManagerWeekTable.ManagerId)?.Id == manager.Id)
                .OrderBy(row => row.GetAttributeValue<DateTime>(ManagerWeekTable.WeekStart))
                .ToArray();

        /// <summary>The manager's row for the current week.</summary>
        public static Entity WeekOf(this SalesOrg org, User manager) =>
            org.WeeksOf(manager).SingleOrDefault(row => row.GetAttributeValue<DateTime>(ManagerWeekTable.WeekStart) == IndependenceScoring.WeekStart(org.Org.Now))
            ?? throw new AssertFailedException($"{manager.FullName} has no row for the week of {IndependenceScoring.WeekStart(org.Org.Now):yyyy-MM-dd}.");
    }
}
