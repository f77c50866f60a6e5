using System;
using System.Globalization;
using System.Linq;
using CrmIndependence.Plugins.Coaching;
using CrmIndependence.Plugins.Coaching.Platform;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product;
using CrmIndependence.Plugins.Tests.Product.Coaching;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Workflows
{
    /// <summary>
    /// The logic of the "Open coaching session" activity, on the emulator. Workflow activities cannot run here (no
    /// System.Activities runtime on net10.0): their logic is tested through the shared service they call, their
    /// metadata with Cecil (WorkflowActivityMetadataTests).
    /// </summary>
    [TestClass]
    public sealed class CoachingSessionOpenerTests
    {
        [TestMethod]
        public void Opens_a_planned_session_with_the_reps_manager_and_the_reason_on_the_agenda()
        {
            var org = new SalesOrg();

            var opened = CoachingSessionOpener.Open(org.As(org.Max), org.Riley.ToEntityReference(), "Three deals lost on price this month", org.Org.Now, inTransaction: false);

            Assert.IsTrue(opened.Created);
            var session = org.Read(CoachingSession.EntityName, opened.SessionId);
            Assert.AreEqual(org.Riley.Id, session.GetAttributeValue<EntityReference>(CoachingSession.RepId).Id);
            Assert.AreEqual(org.Max.Id, session.GetAttributeValue<EntityReference>(CoachingSession.ManagerId).Id);
            Assert.AreEqual(CoachingSession.SessionStatusOption.Planned, session.GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus).Value);
            Assert.AreEqual(CoachingSession.TriggerOption.Manual, session.GetAttributeValue<OptionSetValue>(CoachingSession.Trigger).Value);
            StringAssert.Contains(session.GetAttributeValue<string>(CoachingSession.Agenda), "Why now: Three deals lost on price this month");
            Assert.IsTrue(opened.ScheduledStartUtc > org.Org.Now);
        }

        [TestMethod]
        public void Is_idempotent_a_rep_with_a_planned_session_gets_that_session_back()
        {
            var org = new SalesOrg();
            var first = CoachingSessionOpener.Open(org.As(org.Max), org.Riley.ToEntityReference(), "first", org.Org.Now, inTransaction: false);

            var second = CoachingSessionOpener.Open(org.As(org.Max), org.Riley.ToEntityReference(), "second", org.Org.Now, inTransaction: false);

            Assert.IsFalse(second.Created);
            Assert.AreEqual(first.SessionId, second.SessionId);
            var planned = org.Org.Rows(CoachingSession.EntityName)
                .Count(row => row.GetAttributeValue<EntityReference>(CoachingSession.RepId)?.Id == org.Riley.Id
                              && row.GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus)?.Value == CoachingSession.SessionStatusOption.Planned);
            Assert.AreEqual(1, planned);
        }

        [TestMethod]
        public void The_session_is_the_row_the_plugins_open_named_for_the_rep_and_day_owned_by_the_rep()
        {
            var org = new SalesOrg();

            var opened = CoachingSessionOpener.Open(org.As(org.Max), org.Riley.ToEntityReference(), "Pipeline review", org.Org.Now, inTransaction: false);

            var session = org.Read(CoachingSession.EntityName, opened.SessionId);
            Assert.AreEqual(SessionRows.OpenedForId(org.Riley.Id, opened.ScheduledStartUtc), opened.SessionId, "the id the threshold plugin would give the rep's session that day");
            Assert.AreEqual($"Coaching: Riley Rep, {opened.ScheduledStartUtc.ToString("d MMM", CultureInfo.InvariantCulture)}", session.GetAttributeValue<string>(CoachingSession.PrimaryName));
            Assert.AreEqual(org.Riley.Id, session.GetAttributeValue<EntityReference>(CoachingSession.OwnerId).Id, "owned by the rep, who can then read it");
            Assert.AreEqual(CoachingSchedule.DefaultDurationMinutes, session.GetAttributeValue<int>(CoachingSession.DurationMinutes));
        }

        [TestMethod]
        public void Two_runs_racing_for_the_same_rep_open_one_session()
        {
            var org = new SalesOrg();
            OpenedSession? other = null;
            var racing = new InterceptingService(org.As(org.Max));
            racing.BeforeCreate = row =>
            {
                if (row.LogicalName == CoachingSession.EntityName && other == null)
                {
                    other = CoachingSessionOpener.Open(org.As(org.Director), org.Riley.ToEntityReference(), "the other run", org.Org.Now, inTransaction: false);
                }
            };

            var opened = CoachingSessionOpener.Open(racing, org.Riley.ToEntityReference(), "this run", org.Org.Now, inTransaction: false);

            Assert.IsTrue(other!.Created);
            Assert.IsFalse(opened.Created, "the run that lost the race returns the winner's session");
            Assert.AreEqual(other.SessionId, opened.SessionId);
            Assert.AreEqual(other.ScheduledStartUtc, opened.ScheduledStartUtc);
            Assert.HasCount(1, org.OpenSessionsOf(org.Riley));
            StringAssert.Contains(org.Read(CoachingSession.EntityName, opened.SessionId).GetAttributeValue<string>(CoachingSession.Agenda), "Why now: the other run");
        }

        [TestMethod]
        public void A_run_racing_the_threshold_plugin_returns_the_session_the_plugin_opened()
        {
            var org = new SalesOrg();
            var racing = new InterceptingService(org.As(org.Max));
            var raced = false;
            racing.BeforeCreate = row =>
            {
                if (row.LogicalName == CoachingSession.EntityName && !raced)
                {
                    raced = true;
                    org.InvolvementSignal(org.Riley, org.Max, org.RileysDeal, "Max changed the sales stage.");
                    org.InvolvementSignal(org.Riley, org.Max, org.RileysDeal, "Max changed the estimated value.");
                }
            };

            var opened = CoachingSessionOpener.Open(racing, org.Riley.ToEntityReference(), "Pipeline review", org.Org.Now, inTransaction: false);

            org.NoAsyncFailures();
            Assert.IsFalse(opened.Created);
            var session = org.OnlyOpenSessionOf(org.Riley);
            Assert.AreEqual(session.Id, opened.SessionId);
            Assert.AreEqual(CoachingSession.TriggerOption.Signals, session.Trigger(), "the plugin's session, with its trigger and topics");
        }

        [TestMethod]
        public void Inside_a_transaction_the_run_that_loses_the_race_stops_and_says_to_run_it_again()
        {
            var org = new SalesOrg();
            var racing = new InterceptingService(org.As(org.Max));
            var raced = false;
            racing.BeforeCreate = row =>
            {
                if (row.LogicalName == CoachingSession.EntityName && !raced)
                {
                    raced = true;
                    CoachingSessionOpener.Open(org.As(org.Director), org.Riley.ToEntityReference(), "the other run", org.Org.Now, inTransaction: false);
                }
            };

            var refused = Assert.ThrowsExactly<InvalidPluginExecutionException>(() =>
                CoachingSessionOpener.Open(racing, org.Riley.ToEntityReference(), "this run", org.Org.Now, inTransaction: true));

            StringAssert.Contains(refused.Message, "Another process opened the coaching session");
            StringAssert.Contains(refused.Message, "Run it again");
            Assert.HasCount(1, org.OpenSessionsOf(org.Riley));
        }

        [TestMethod]
        public void A_missing_or_unknown_rep_is_refused_with_a_clear_error()
        {
            var org = new SalesOrg();
            var ghost = Guid.NewGuid();

            var missing = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => CoachingSessionOpener.Open(org.As(org.Max), null, "x", org.Org.Now, inTransaction: false));
            var unknown = Assert.ThrowsExactly<InvalidPluginExecutionException>(() =>
                CoachingSessionOpener.Open(org.As(org.Max), new EntityReference(SystemUser.EntityName, ghost), "x", org.Org.Now, inTransaction: false));

            StringAssert.Contains(missing.Message, "Rep must reference a user (systemuser)");
            StringAssert.Contains(unknown.Message, $"The rep {ghost} given as Rep is not a user of this organization");
        }
    }
}
