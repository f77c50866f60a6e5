using System;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Coaching
{
    /// <summary>
    /// A session that took place or will not take place closes: Inactive (a coaching session is a standard table, whose
    /// states are Active and Inactive), with the status reason of what happened. The session that follows is planned and
    /// Active.
    /// </summary>
    [TestClass]
    public sealed class SessionClosingTests
    {
        [TestMethod]
        [DataRow(CoachingSession.SessionStatusOption.Held, null, CoachingSession.StatusCodeOption.Held)]
        [DataRow(CoachingSession.SessionStatusOption.Skipped, "Quarter-end forecast call", CoachingSession.StatusCodeOption.Skipped)]
        [DataRow(CoachingSession.SessionStatusOption.Cancelled, "Rep on leave", CoachingSession.StatusCodeOption.Cancelled)]
        [DataRow(CoachingSession.SessionStatusOption.Rescheduled, null, CoachingSession.StatusCodeOption.Rescheduled)]
        public void A_session_that_is_no_longer_planned_closes_with_its_status_reason(int status, string? reason, int statusReason)
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddHours(2));
            Assert.AreEqual(CoachingSession.StateCodeOption.Active, StateOf(org, session));
            Assert.AreEqual(CoachingSession.StatusCodeOption.Planned, StatusOf(org, session));
            org.Clock.Advance(TimeSpan.FromHours(2));

            org.SetStatus(org.Max, session, status, reason, status == CoachingSession.SessionStatusOption.Held ? null : org.Org.Now.AddDays(3));

            org.NoAsyncFailures();
            Assert.AreEqual(CoachingSession.StateCodeOption.Inactive, StateOf(org, session));
            Assert.AreEqual(statusReason, StatusOf(org, session));
            var next = org.OnlyOpenSessionOf(org.Riley);
            Assert.AreEqual(CoachingSession.StateCodeOption.Active, StateOf(org, next.Id), "the next session is planned and active");
            Assert.AreEqual(CoachingSession.StatusCodeOption.Planned, StatusOf(org, next.Id));
            Assert.AreEqual(1, org.SessionsOf(org.Riley).Count(s => s.GetAttributeValue<OptionSetValue>(CoachingSession.StateCode).Value == CoachingSession.StateCodeOption.Active));
        }

        [TestMethod]
        public void A_refused_skip_leaves_the_session_planned_and_active()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddHours(2));

            SalesOrg.Refusal(() => org.SetStatus(org.Max, session, CoachingSession.SessionStatusOption.Skipped));

            Assert.AreEqual(CoachingSession.StateCodeOption.Active, StateOf(org, session));
            Assert.AreEqual(CoachingSession.StatusCodeOption.Planned, StatusOf(org, session));
        }

        private static int StateOf(SalesOrg org, Guid id) => org.Read(CoachingSession.EntityName, id).GetAttributeValue<OptionSetValue>(CoachingSession.StateCode).Value;

        private static int StatusOf(SalesOrg org, Guid id) => org.Read(CoachingSession.EntityName, id).GetAttributeValue<OptionSetValue>(CoachingSession.StatusCode).Value;
    }
}
