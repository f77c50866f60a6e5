using System;
using System.Linq;
using CrmIndependence.Plugins.Coaching.Platform;
using CrmIndependence.Plugins.Schema;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Coaching
{
    /// <summary>
    /// No coaching session waits on a disabled manager: every path that plans one (a threshold, the next session after
    /// a held one, the Open coaching session activity, a session made by hand, a manager disabled later) gives it to the
    /// rep's nearest active manager, or refuses saying whose user record needs one where someone is waiting for an answer.
    /// Dana Director manages Max Manager, who manages Riley Rep and Sam Peer.
    /// </summary>
    [TestClass]
    public sealed class DisabledManagerSessionsTests
    {
        [TestMethod]
        public void A_session_opened_on_a_threshold_goes_to_the_next_active_manager()
        {
            var org = new SalesOrg();
            org.Org.Users.Disable(org.Max);

            org.InvolvementSignal(org.Riley, org.Max, org.RileysDeal, "Max changed the sales stage.");
            org.InvolvementSignal(org.Riley, org.Max, org.RileysDeal, "Max changed the estimated value.");

            var session = org.OnlyOpenSessionOf(org.Riley);
            Assert.AreEqual(org.Director.Id, session.GetAttributeValue<EntityReference>(CoachingSession.ManagerId).Id);
            org.NoAsyncFailures();
        }

        [TestMethod]
        public void With_nobody_active_a_threshold_session_opens_without_a_manager_and_the_trace_says_whose_record_needs_one()
        {
            var org = new SalesOrg();
            org.Org.Users.Disable(org.Max);
            org.Org.Users.Disable(org.Director);

            org.InvolvementSignal(org.Riley, org.Max, org.RileysDeal, "Max changed the sales stage.");
            org.InvolvementSignal(org.Riley, org.Max, org.RileysDeal, "Max changed the estimated value.");

            var session = org.OnlyOpenSessionOf(org.Riley);
            Assert.IsNull(session.GetAttributeValue<EntityReference>(CoachingSession.ManagerId), "not the disabled Max: nobody");
            StringAssert.Contains(string.Join("\n", org.Org.LastOperation!.Trace),
                "Max Manager and Dana Director are disabled and nobody above is active: the session has no manager. Set an active manager on Riley Rep's user record (Manager).");
            org.NoAsyncFailures();
        }

        [TestMethod]
        public void The_session_after_a_held_one_goes_to_the_next_active_manager()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddHours(2));
            org.As(org.SystemAdministrator).Update(new Entity(SystemUser.EntityName, org.Max.Id) { [SystemUser.IsDisabled] = true });

            // Handed over to Dana (and shared with her: the hierarchy lets only Riley's direct manager write it), Dana holds it.
            org.SetStatus(org.Director, session, CoachingSession.SessionStatusOption.Held);

            var next = org.OnlyOpenSessionOf(org.Riley);
            Assert.AreEqual(org.Director.Id, next.GetAttributeValue<EntityReference>(CoachingSession.ManagerId).Id);
            org.NoAsyncFailures();
        }

        [TestMethod]
        public void The_open_coaching_session_activity_goes_to_the_next_active_manager_or_refuses_saying_whom_to_set()
        {
            var org = new SalesOrg();
            org.Org.Users.Disable(org.Max);
            var opened = CoachingSessionOpener.Open(org.As(org.Director), org.Riley.ToEntityReference(), "Pipeline review", org.Org.Now, inTransaction: false);
            org.Org.Users.Disable(org.Director);

            var refused = Assert.ThrowsExactly<InvalidPluginExecutionException>(() =>
                CoachingSessionOpener.Open(org.As(org.SystemAdministrator), org.Sam.ToEntityReference(), "Pipeline review", org.Org.Now, inTransaction: false));

            Assert.AreEqual(org.Director.Id, org.Read(CoachingSession.EntityName, opened.SessionId).GetAttributeValue<EntityReference>(CoachingSession.ManagerId).Id);
            Assert.AreEqual(
                "No coaching session was opened: Max Manager and Dana Director are disabled and nobody above in Sam Peer's hierarchy is active. " +
                "Set an active manager on Sam Peer's user record (Manager), then run it again.",
                refused.Message);
            Assert.AreEqual(0, org.OpenSessionsOf(org.Sam).Length);
        }

        [TestMethod]
        public void A_session_planned_by_hand_with_a_disabled_manager_is_refused_naming_the_nearest_active_one()
        {
            var org = new SalesOrg();
            org.Org.Users.Disable(org.Max);

            var message = SalesOrg.Refusal(() => org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1)));

            Assert.AreEqual("Max Manager is disabled and can't hold this session: choose an active manager (Riley Rep's nearest active manager is Dana Director).", message);
            Assert.AreEqual(0, org.SessionsOf(org.Riley).Length);
        }

        [TestMethod]
        public void A_session_planned_by_hand_without_a_manager_goes_to_the_nearest_active_manager()
        {
            var org = new SalesOrg();
            org.Org.Users.Disable(org.Max);

            org.As(org.Director).Create(new Entity(CoachingSession.EntityName)
            {
                [CoachingSession.PrimaryName] = "1:1 Riley",
                [CoachingSession.RepId] = org.Riley.ToEntityReference(),
                [CoachingSession.ScheduledStart] = org.Org.Now.AddDays(1),
                [CoachingSession.OwnerId] = org.Riley.ToEntityReference(),
            });

            var session = org.OnlyOpenSessionOf(org.Riley);
            Assert.AreEqual(org.Director.Id, session.GetAttributeValue<EntityReference>(CoachingSession.ManagerId).Id);
            Assert.AreEqual(CoachingSession.SessionStatusOption.Planned, session.GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus).Value, "a new session without a status is planned");
        }

        [TestMethod]
        public void Disabling_a_manager_hands_their_planned_sessions_to_each_reps_next_active_manager()
        {
            var org = new SalesOrg();
            var rileys = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1));
            var sams = org.PlanSession(org.Max, org.Sam, org.Org.Now.AddDays(2));

            org.As(org.SystemAdministrator).Update(new Entity(SystemUser.EntityName, org.Max.Id) { [SystemUser.IsDisabled] = true });

            Assert.AreEqual(org.Director.Id, org.Read(CoachingSession.EntityName, rileys).GetAttributeValue<EntityReference>(CoachingSession.ManagerId).Id);
            Assert.AreEqual(org.Director.Id, org.Read(CoachingSession.EntityName, sams).GetAttributeValue<EntityReference>(CoachingSession.ManagerId).Id);
            org.NoAsyncFailures();
        }
    }
}
