using System;
using System.Linq;
using CrmIndependence.Plugins.Coaching.Platform;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product;
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

            var opened = CoachingSessionOpener.Open(org.As(org.Max), org.Riley.ToEntityReference(), "Three deals lost on price this month", org.Org.Now);

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
            var first = CoachingSessionOpener.Open(org.As(org.Max), org.Riley.ToEntityReference(), "first", org.Org.Now);

            var second = CoachingSessionOpener.Open(org.As(org.Max), org.Riley.ToEntityReference(), "second", org.Org.Now);

            Assert.IsFalse(second.Created);
            Assert.AreEqual(first.SessionId, second.SessionId);
            var planned = org.Org.Rows(CoachingSession.EntityName)
                .Count(row => row.GetAttributeValue<EntityReference>(CoachingSession.RepId)?.Id == org.Riley.Id
                              && row.GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus)?.Value == CoachingSession.SessionStatusOption.Planned);
            Assert.AreEqual(1, planned);
        }

        [TestMethod]
        public void A_missing_or_unknown_rep_is_refused_with_a_clear_error()
        {
            var org = new SalesOrg();
            var ghost = Guid.NewGuid();

            var missing = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => CoachingSessionOpener.Open(org.As(org.Max), null, "x", org.Org.Now));
            var unknown = Assert.ThrowsExactly<InvalidPluginExecutionException>(() =>
                CoachingSessionOpener.Open(org.As(org.Max), new EntityReference(SystemUser.EntityName, ghost), "x", org.Org.Now));

            StringAssert.Contains(missing.Message, "Rep must reference a user (systemuser)");
            StringAssert.Contains(unknown.Message, $"The rep {ghost} given as Rep is not a user of this organization");
        }
    }
}
