using System;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.Coaching;
using CrmIndependence.Plugins.Tests.Product.HelpRequests;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Views
{
    /// <summary>
    /// The help-request views, on requests reps file and managers answer through the service, run as the user they are
    /// for. "Ready for My Response" lists the non-urgent requests addressed to me whose respond-after has passed and the
    /// urgent ones waiting for me; "Parked for Coaching" what still waits for a session.
    /// </summary>
    [TestClass]
    public sealed class HelpRequestViewsTests
    {
        private const string Ready = "Help Requests Ready for My Response";
        private const string Parked = "Help Requests Parked for Coaching";

        [TestMethod]
        [ShippedView(Ready)]
        public void Ready_for_my_response_lists_urgent_requests_at_once_and_non_urgent_ones_once_their_delay_has_passed()
        {
            var org = new SalesOrg();
            var pricing = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso"));
            var legal = org.File(org.Sam, HelpRequestDesk.NonUrgent("Legal terms for Fabrikam"));
            var walkaway = org.File(org.Riley, HelpRequestDesk.Urgent("Customer walks today", "Board decides at 5 pm"));
            var toms = org.File(org.Tom, HelpRequestDesk.Urgent("Northwind wants an answer", "Their CFO leaves tonight"));
            var tomsPricing = org.File(org.Tom, HelpRequestDesk.NonUrgent("Northwind pilot price"));
            var forDana = org.File(org.Riley, AddressedTo(HelpRequestDesk.NonUrgent("Reorganising my territory"), org.Director));
            var answered = org.File(org.Riley, HelpRequestDesk.Urgent("Which contract template?", "Signing at noon"));
            org.Clock.Advance(TimeSpan.FromMinutes(10));
            org.Answer(org.Max, answered, "The 2025 one.");

            org.Clock.Advance(TimeSpan.FromMinutes(20));                     // 30 minutes after filing: inside the 60-minute delay
            org.AssertView(org.Max, Ready, new[] { walkaway });
            org.AssertView(org.Olive, Ready, new[] { toms });
            org.AssertView(org.Director, Ready, Array.Empty<Guid>());

            org.Clock.Advance(TimeSpan.FromMinutes(32));                     // 62 minutes: the delay has passed
            org.AssertView(org.Max, Ready, new[] { pricing, legal, walkaway });
            org.AssertView(org.Olive, Ready, new[] { toms, tomsPricing });
            org.AssertView(org.Director, Ready, new[] { forDana }, "a request the rep addressed to someone else is theirs");

            org.Answer(org.Max, walkaway, "Call them now.");
            org.AssertView(org.Max, Ready, new[] { pricing, legal }, "an answered request is completed and leaves the view");
            org.NoAsyncFailures();
        }

        [TestMethod]
        [ShippedView(Parked)]
        public void Parked_for_coaching_lists_what_still_waits_and_loses_what_a_held_session_resolved()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddHours(3));
            var pricing = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso"));
            var terms = org.File(org.Riley, HelpRequestDesk.NonUrgent("Payment terms for Contoso"));
            var legal = org.File(org.Sam, HelpRequestDesk.NonUrgent("Legal terms for Fabrikam"));
            org.File(org.Riley, HelpRequestDesk.Urgent("Customer walks today", "Board decides at 5 pm"));
            var toms = org.File(org.Tom, HelpRequestDesk.NonUrgent("Northwind pilot price"));
            var answered = org.File(org.Sam, HelpRequestDesk.NonUrgent("Discount for Tailspin"));
            org.Clock.Advance(TimeSpan.FromMinutes(90));
            org.Answer(org.Max, answered, "Keep it at 5 %.");

            org.AssertView(org.Max, Parked, new[] { pricing, terms, legal });
            org.AssertView(org.Olive, Parked, new[] { toms });

            var topic = org.TopicsOf(session);
            var pricingTopic = Array.Find(topic, t => t.GetAttributeValue<EntityReference>(CoachingTopic.HelpRequestId)?.Id == pricing)!;
            org.As(org.Max).Update(new Entity(CoachingTopic.EntityName, pricingTopic.Id) { [CoachingTopic.Resolved] = true });
            org.Clock.Advance(TimeSpan.FromHours(2));
            org.SetStatus(org.Max, session, CoachingSession.SessionStatusOption.Held);

            org.AssertView(org.Max, Parked, new[] { terms, legal }, "the pricing question was resolved in the held session; payment terms carried over");
            org.NoAsyncFailures();
        }

        [TestMethod]
        [ShippedView("Active Help Requests")]
        [ShippedView("Completed Help Requests")]
        [ShippedView("Help Request Advanced Find View")]
        [ShippedView("Help Request Associated View")]
        [ShippedView("Quick Find Active Help Requests")]
        [ShippedView("Help Request Lookup View")]
        public void The_standard_views_list_open_requests_and_the_completed_ones_apart()
        {
            var org = new SalesOrg();
            var pricing = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso"));
            var priceList = org.File(org.Sam, HelpRequestDesk.Urgent("Price list for Fabrikam", "Tender closes today"));
            var legal = org.File(org.Sam, HelpRequestDesk.NonUrgent("Legal terms for Fabrikam"));
            var answered = org.File(org.Riley, HelpRequestDesk.Urgent("Pricing approval for Wingtip", "Quote due at noon"));
            org.Clock.Advance(TimeSpan.FromMinutes(5));
            org.Answer(org.Max, answered, "Approved.");
            org.GrantDiscountAuthority(org.Riley, 10m);
            var yours = HelpRequestDesk.NonUrgent("Can I give 8 %?");
            yours[HelpRequest.DecisionType] = new OptionSetValue(HelpRequest.DecisionTypeOption.DiscountPercent);
            yours[HelpRequest.DecisionValue] = 8m;
            var decided = org.File(org.Riley, yours);
            org.NoAsyncFailures();

            var open = new[] { pricing, priceList, legal };
            org.AssertView(org.Max, "Active Help Requests", open);
            org.AssertView(org.Max, "Help Request Advanced Find View", open);
            org.AssertView(org.Max, "Help Request Associated View", open);
            org.AssertView(org.Max, "Help Request Lookup View", open);
            org.AssertView(org.Max, "Completed Help Requests", new[] { answered, decided });
            org.AssertView(org.Max, "Quick Find Active Help Requests", new[] { pricing }, search: "Prici");
            org.AssertView(org.Max, "Quick Find Active Help Requests", new[] { priceList }, search: "Price");
        }

        private static Entity AddressedTo(Entity request, User manager)
        {
            request[HelpRequest.ManagerAddressedId] = manager.ToEntityReference();
            return request;
        }
    }
}
