using System;
using System.Linq;
using CrmIndependence.Plugins.Coaching.Steps;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.HelpRequests;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Coaching
{
    /// <summary>Habit 5: coaching is a priority — a session is not skipped without a reason and a new date, and open items carry over.</summary>
    [TestClass]
    public sealed class SessionLifecycleTests
    {
        [TestMethod]
        [DataRow("observe")]
        [DataRow("enforce")]
        public void Skipping_without_a_reason_or_a_new_date_is_refused_naming_both(string mode)
        {
            var org = new SalesOrg();
            org.UseMode(mode);
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1));

            var message = SalesOrg.Refusal(() => org.SetStatus(org.Max, session, CoachingSession.SessionStatusOption.Skipped));

            StringAssert.Contains(message, "reason (Skip reason)");
            StringAssert.Contains(message, "new date (Rescheduled to)");
            Assert.AreEqual(CoachingSession.SessionStatusOption.Planned, org.Read(CoachingSession.EntityName, session).GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus).Value);
            Assert.AreEqual(0, org.SignalsOf(DependencySignal.KindOption.CoachingSkipped).Length);
        }

        [TestMethod]
        public void Cancelling_with_a_reason_but_no_new_date_is_refused_naming_the_date()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1));

            var message = SalesOrg.Refusal(() => org.SetStatus(org.Max, session, CoachingSession.SessionStatusOption.Cancelled, reason: "Customer visit"));

            StringAssert.Contains(message, "new date (Rescheduled to)");
            Assert.IsFalse(message.Contains("Skip reason"), message);
        }

        [TestMethod]
        [DataRow("observe")]
        [DataRow("enforce")]
        public void Skipping_with_a_reason_and_a_new_date_records_a_signal_and_moves_the_topics(string mode)
        {
            var org = new SalesOrg();
            org.UseMode(mode);
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1));
            var request = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso"));
            var newDate = org.Org.Now.AddDays(3);

            org.SetStatus(org.Max, session, CoachingSession.SessionStatusOption.Skipped, "Quarter-end forecast call", newDate);

            org.NoAsyncFailures();
            var skipped = org.SignalsFor(DependencySignal.KindOption.CoachingSkipped, org.Riley);
            Assert.AreEqual(1, skipped.Length);
            Assert.AreEqual(org.Max.Id, skipped[0].GetAttributeValue<EntityReference>(DependencySignal.ManagerId).Id);
            var next = org.OnlyOpenSessionOf(org.Riley);
            Assert.AreEqual(newDate, next.GetAttributeValue<DateTime>(CoachingSession.ScheduledStart));
            Assert.AreEqual(session, next.GetAttributeValue<EntityReference>(CoachingSession.PreviousSessionId).Id);
            Assert.AreEqual(0, org.TopicsOf(session).Length, "The topics left the skipped session.");
            Assert.AreEqual(request, org.TopicsOf(next.Id).Single().GetAttributeValue<EntityReference>(CoachingTopic.HelpRequestId).Id);
            Assert.AreEqual(next.Id, org.Request(request).GetAttributeValue<EntityReference>(HelpRequest.CoachingSessionId).Id);
            StringAssert.Contains(next.Agenda(), "Pricing for Contoso");
            StringAssert.Contains(next.Agenda(), "Quarter-end forecast call");
        }

        [TestMethod]
        public void Holding_a_session_plans_the_next_one_a_week_later_with_open_items_carried_over()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddHours(2));
            org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso", recommendation: "Extend the pilot"));
            org.File(org.Riley, HelpRequestDesk.NonUrgent("Legal terms for Fabrikam"));
            var settled = org.TopicsOf(session).Single(topic => topic.GetAttributeValue<string>(CoachingTopic.PrimaryName) == "Legal terms for Fabrikam");
            org.As(org.Max).Update(new Entity(CoachingTopic.EntityName, settled.Id) { [CoachingTopic.Resolved] = true });
            org.Clock.Advance(TimeSpan.FromHours(2));
            var heldAt = org.Org.Now;

            org.SetStatus(org.Max, session, CoachingSession.SessionStatusOption.Held);

            org.NoAsyncFailures();
            var next = org.OnlyOpenSessionOf(org.Riley);
            Assert.AreEqual(heldAt.AddDays(7), next.GetAttributeValue<DateTime>(CoachingSession.ScheduledStart));
            Assert.AreEqual(CoachingSession.TriggerOption.Cadence, next.Trigger());
            var carried = org.TopicsOf(next.Id).Single();
            Assert.AreEqual(CoachingTopic.SourceOption.CarriedOver, carried.Source());
            Assert.AreEqual("Pricing for Contoso", carried.GetAttributeValue<string>(CoachingTopic.PrimaryName));
            Assert.AreEqual(2, org.TopicsOf(session).Length, "The held session keeps its record of what was discussed.");
            StringAssert.Contains(next.Agenda(), "Carried over from earlier sessions");
            StringAssert.Contains(next.Agenda(), "Riley recommends: Extend the pilot");
            Assert.AreEqual(0, org.SignalsOf(DependencySignal.KindOption.CoachingSkipped).Length);
        }

        [TestMethod]
        [DataRow(3)]
        [DataRow(9)]
        public void Holding_a_session_with_a_backlog_carries_over_the_policy_limit_and_the_agenda_says_how_many_stayed(int unresolved)
        {
            var org = new SalesOrg("{\"coachingCarryOverTopics\":2}");
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddHours(2));
            for (var i = 1; i <= unresolved; i++)
            {
                org.File(org.Riley, HelpRequestDesk.NonUrgent($"Question {i}"));
                org.Clock.Advance(TimeSpan.FromMinutes(5));
            }

            org.Org.Options.AsyncMode = CrmIndependence.Emulator.AsyncMode.Manual;
            org.SetStatus(org.Max, session, CoachingSession.SessionStatusOption.Held);
            var follow = org.Org.RunAsyncSteps().RunsOf<FollowSessionChange>().Single();

            org.NoAsyncFailures();
            var next = org.OnlyOpenSessionOf(org.Riley);
            CollectionAssert.AreEquivalent(
                new[] { $"Question {unresolved - 1}", $"Question {unresolved}" },
                org.TopicsOf(next.Id).Select(topic => topic.GetAttributeValue<string>(CoachingTopic.PrimaryName)).ToArray(),
                "the two most recent parked requests carry over");
            Assert.AreEqual(unresolved, org.TopicsOf(session).Count(topic => topic.GetAttributeValue<bool?>(CoachingTopic.Resolved) != true),
                "every unresolved topic stays on the held session's list: nothing is lost");
            StringAssert.Contains(next.Agenda(), $"{unresolved - 2} older unresolved {(unresolved - 2 == 1 ? "topic stays" : "topics stay")} on that session's topic list.");
            Assert.AreEqual(9, follow.ServiceCalls,
                "the same calls with 3 or 9 unresolved topics (closing the held session is one, reading the rep's chain for an active manager another): " +
                "the carry-over is bounded by the policy, not by the backlog");
        }

        [TestMethod]
        public void A_held_session_cannot_be_skipped_afterwards()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddHours(1));
            org.SetStatus(org.Max, session, CoachingSession.SessionStatusOption.Held);

            var message = SalesOrg.Refusal(() => org.SetStatus(org.Max, session, CoachingSession.SessionStatusOption.Skipped, "Oops", org.Org.Now.AddDays(2)));

            StringAssert.Contains(message, "already held");
        }

        [TestMethod]
        public void Editing_the_skip_reason_of_a_skipped_session_changes_nothing_else()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1));
            org.SetStatus(org.Max, session, CoachingSession.SessionStatusOption.Skipped, "Forecast call", org.Org.Now.AddDays(3));

            org.As(org.Max).Update(new Entity(CoachingSession.EntityName, session) { [CoachingSession.SkipReason] = "Quarter-end forecast call" });

            org.NoAsyncFailures();
            Assert.AreEqual(1, org.OpenSessionsOf(org.Riley).Length);
            Assert.AreEqual(1, org.SignalsOf(DependencySignal.KindOption.CoachingSkipped).Length);
        }
    }
}
