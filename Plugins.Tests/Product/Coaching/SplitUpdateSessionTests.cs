using System.Linq;
using CrmIndependence.Plugins.Coaching.Steps;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.HelpRequests;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Coaching
{
    /// <summary>
    /// The suite's steps under Dataverse's split Update ("Behavior of specialized update operations",
    /// https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior): a manager
    /// who skips a session and deactivates it in one save sends statecode with the session's own columns, so the
    /// Update steps run once for those columns and once for the state. The rule is checked once, the follow-up
    /// runs once, nothing is recorded twice.
    /// </summary>
    [TestClass]
    public sealed class SplitUpdateSessionTests
    {
        [TestMethod]
        public void Skipping_and_deactivating_a_session_in_one_save_is_followed_once()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1));
            var newDate = org.Org.Now.AddDays(3);

            org.As(org.Max).Update(new Entity(CoachingSession.EntityName, session)
            {
                [CoachingSession.SessionStatus] = new OptionSetValue(CoachingSession.SessionStatusOption.Skipped),
                [CoachingSession.SkipReason] = "Quarter-end forecast call",
                [CoachingSession.RescheduledTo] = newDate,
                [CoachingSession.StateCode] = new OptionSetValue(1),
            });

            org.NoAsyncFailures();
            var runs = org.Org.LastOperation!.StepsRan;
            Assert.HasCount(1, runs.Where(run => run.PluginType == typeof(ChangeSessionStatus)).ToList(), "the rule is checked in the part holding the session's columns only");
            Assert.HasCount(1, runs.Where(run => run.PluginType == typeof(FollowSessionChange)).ToList());
            var sessionUpdates = runs.Where(run => run.Message == "Update" && run.Table == CoachingSession.EntityName && run.Stage != 10).ToList();
            Assert.IsTrue(sessionUpdates.Count > 0);
            Assert.IsTrue(
                sessionUpdates.All(run => !(run.Target!.Contains(CoachingSession.StateCode) && run.Target.Contains(CoachingSession.SessionStatus))),
                "after PreValidation no step sees the state together with the session's columns");
            Assert.AreEqual(1, org.SignalsFor(DependencySignal.KindOption.CoachingSkipped, org.Riley).Length);
            Assert.AreEqual(newDate, org.OnlyOpenSessionOf(org.Riley).GetAttributeValue<System.DateTime>(CoachingSession.ScheduledStart));
            var saved = org.Read(CoachingSession.EntityName, session);
            Assert.AreEqual(1, saved.GetAttributeValue<OptionSetValue>(CoachingSession.StateCode).Value);
            Assert.AreEqual(CoachingSession.SessionStatusOption.Skipped, saved.GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus).Value);
        }

        [TestMethod]
        public void Skipping_without_a_reason_while_deactivating_is_refused_and_the_session_stays_active_and_planned()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1));

            var message = SalesOrg.Refusal(() => org.As(org.Max).Update(new Entity(CoachingSession.EntityName, session)
            {
                [CoachingSession.SessionStatus] = new OptionSetValue(CoachingSession.SessionStatusOption.Skipped),
                [CoachingSession.StateCode] = new OptionSetValue(1),
            }));

            StringAssert.Contains(message, "reason (Skip reason)");
            var saved = org.Read(CoachingSession.EntityName, session);
            Assert.AreEqual(0, saved.GetAttributeValue<OptionSetValue>(CoachingSession.StateCode).Value, "the state part never ran");
            Assert.AreEqual(CoachingSession.SessionStatusOption.Planned, saved.GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus).Value);
            Assert.AreEqual(0, org.SignalsOf(DependencySignal.KindOption.CoachingSkipped).Length);
        }
    }
}
