using System;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.Coaching;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.HelpRequests
{
    /// <summary>
    /// A help request that has its answer is completed, with a status reason saying how: answered by the manager,
    /// "yours to decide", or resolved as a topic of a held coaching session. A request still waiting stays open.
    /// </summary>
    [TestClass]
    public sealed class ClosingHelpRequestsTests
    {
        [TestMethod]
        public void An_urgent_request_the_manager_answers_is_completed_as_answered()
        {
            var org = new SalesOrg();
            var id = org.File(org.Riley, HelpRequestDesk.Urgent("Customer walks today", "Board decides at 5 pm"));
            Assert.AreEqual(HelpRequest.StateCodeOption.Open, StateOf(org, id), "waiting for the answer");

            org.Clock.Advance(TimeSpan.FromMinutes(5));
            org.Answer(org.Max, id, "Call them now.");

            org.NoAsyncFailures();
            var request = org.Request(id);
            Assert.AreEqual(HelpRequest.StateCodeOption.Completed, StateOf(org, id));
            Assert.AreEqual(HelpRequest.StatusCodeOption.Answered, StatusOf(org, id));
            Assert.AreEqual(request.GetAttributeValue<DateTime>(HelpRequest.RespondedOn), request.GetAttributeValue<DateTime>(HelpRequest.ActualEnd));
        }

        [TestMethod]
        public void A_parked_request_the_manager_answers_before_coaching_is_completed_as_answered()
        {
            var org = new SalesOrg();
            var id = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso"));

            org.Clock.Advance(TimeSpan.FromMinutes(90));
            org.Answer(org.Max, id, "Extend the pilot.");

            Assert.AreEqual(HelpRequest.StatusCodeOption.Answered, StatusOf(org, id));
            Assert.AreEqual(HelpRequest.StateCodeOption.Completed, StateOf(org, id));
        }

        [TestMethod]
        public void A_request_about_a_decision_the_rep_may_take_is_completed_at_once_as_yours_to_decide()
        {
            var org = new SalesOrg();
            org.GrantDiscountAuthority(org.Riley, 10m);
            var request = HelpRequestDesk.NonUrgent("Can I give 8 %?");
            request[HelpRequest.DecisionType] = new OptionSetValue(HelpRequest.DecisionTypeOption.DiscountPercent);
            request[HelpRequest.DecisionValue] = 8m;

            var id = org.File(org.Riley, request);

            org.NoAsyncFailures();
            Assert.AreEqual(HelpRequest.DispositionOption.YoursToDecide, org.Request(id).Disposition());
            Assert.AreEqual(HelpRequest.StateCodeOption.Completed, StateOf(org, id));
            Assert.AreEqual(HelpRequest.StatusCodeOption.YoursToDecide, StatusOf(org, id));
        }

        [TestMethod]
        public void A_held_session_completes_the_parked_requests_it_resolved_and_leaves_the_others_waiting()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddHours(2));
            var settled = org.File(org.Riley, HelpRequestDesk.NonUrgent("Legal terms for Fabrikam"));
            var open = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso"));
            Resolve(org, session, settled);
            org.Clock.Advance(TimeSpan.FromHours(2));

            org.SetStatus(org.Max, session, CoachingSession.SessionStatusOption.Held);

            org.NoAsyncFailures();
            Assert.AreEqual(HelpRequest.StateCodeOption.Completed, StateOf(org, settled));
            Assert.AreEqual(HelpRequest.StatusCodeOption.ResolvedInCoaching, StatusOf(org, settled));
            Assert.AreEqual(org.Org.Now, org.Request(settled).GetAttributeValue<DateTime>(HelpRequest.ActualEnd));
            Assert.AreEqual(HelpRequest.StateCodeOption.Open, StateOf(org, open), "unresolved: still waiting, carried over to the next session");
            Assert.AreEqual(HelpRequest.DispositionOption.ParkedForCoaching, org.Request(open).Disposition());
        }

        [TestMethod]
        public void A_request_answered_before_its_topic_is_resolved_keeps_its_answered_status()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddHours(2));
            var id = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso"));
            org.Clock.Advance(TimeSpan.FromMinutes(90));
            org.Answer(org.Max, id, "Extend the pilot.");
            Resolve(org, session, id);

            org.SetStatus(org.Max, session, CoachingSession.SessionStatusOption.Held);

            org.NoAsyncFailures();
            Assert.AreEqual(HelpRequest.StatusCodeOption.Answered, StatusOf(org, id));
        }

        [TestMethod]
        public void A_skipped_session_completes_nothing_even_for_resolved_topics()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddHours(2));
            var id = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso"));
            Resolve(org, session, id);

            org.SetStatus(org.Max, session, CoachingSession.SessionStatusOption.Skipped, "Customer visit", org.Org.Now.AddDays(2));

            org.NoAsyncFailures();
            Assert.AreEqual(HelpRequest.StateCodeOption.Open, StateOf(org, id), "the session did not take place");
        }

        private static void Resolve(SalesOrg org, Guid session, Guid request)
        {
            var topic = org.TopicsOf(session).Single(t => t.GetAttributeValue<EntityReference>(CoachingTopic.HelpRequestId)?.Id == request);
            org.As(org.Max).Update(new Entity(CoachingTopic.EntityName, topic.Id) { [CoachingTopic.Resolved] = true });
        }

        private static int StateOf(SalesOrg org, Guid id) => org.Request(id).GetAttributeValue<OptionSetValue>(HelpRequest.StateCode).Value;

        private static int StatusOf(SalesOrg org, Guid id) => org.Request(id).GetAttributeValue<OptionSetValue>(HelpRequest.StatusCode).Value;
    }
}
