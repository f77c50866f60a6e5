using System;
using CrmIndependence.Plugins.Schema;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.HelpRequests
{
    /// <summary>Habit 2, ask for solutions: what a rep must bring before a request reaches the manager.</summary>
    [TestClass]
    public sealed class AskingForHelpTests
    {
        [TestMethod]
        [DataRow("observe")]
        [DataRow("enforce")]
        public void A_non_urgent_request_without_what_was_tried_and_a_recommendation_is_refused_naming_both(string mode)
        {
            var org = new SalesOrg();
            org.UseMode(mode);

            var message = SalesOrg.Refusal(() => org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso", tried: null, recommendation: null)));

            StringAssert.Contains(message, "what you tried");
            StringAssert.Contains(message, "your recommendation");
            Assert.IsFalse(message.Contains("option"), "An option was given, so it must not be asked for: " + message);
            Assert.AreEqual(0, org.HelpRequestCount(), "A refused request leaves nothing behind.");
        }

        [TestMethod]
        [DataRow("observe")]
        [DataRow("enforce")]
        public void An_urgent_request_without_a_reason_is_refused(string mode)
        {
            var org = new SalesOrg();
            org.UseMode(mode);

            var message = SalesOrg.Refusal(() => org.File(org.Riley, HelpRequestDesk.Urgent("Customer walks today", reason: null)));

            StringAssert.Contains(message, "urgent request needs a reason");
            Assert.AreEqual(0, org.HelpRequestCount());
        }

        [TestMethod]
        public void An_urgent_request_with_a_reason_awaits_Maxs_answer_at_once()
        {
            var org = new SalesOrg();

            var id = org.File(org.Riley, HelpRequestDesk.Urgent("Customer walks today", "The board decides at 5 pm"));

            var request = org.Request(id);
            Assert.AreEqual(HelpRequest.DispositionOption.AwaitingResponse, request.Disposition());
            Assert.AreEqual(org.Max.Id, request.GetAttributeValue<EntityReference>(HelpRequest.ManagerAddressedId).Id);
            Assert.IsFalse(request.Contains(HelpRequest.RespondAfter), "An urgent request is not held back.");
        }

        [TestMethod]
        [DataRow("observe")]
        [DataRow("enforce")]
        public void A_complete_request_goes_to_Max_and_is_held_for_the_hour_and_parked_for_coaching(string mode)
        {
            var org = new SalesOrg();
            org.UseMode(mode);
            var filedAt = org.Org.Now;

            var id = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso").About(org.RileysDeal));

            var request = org.Request(id);
            Assert.AreEqual(org.Max.Id, request.GetAttributeValue<EntityReference>(HelpRequest.ManagerAddressedId).Id);
            Assert.AreEqual(filedAt.AddMinutes(60), request.GetAttributeValue<DateTime>(HelpRequest.RespondAfter));
            Assert.AreEqual(HelpRequest.DispositionOption.ParkedForCoaching, request.Disposition());
        }

        [TestMethod]
        public void With_a_30_minute_delay_in_the_policy_the_request_is_held_for_30_minutes()
        {
            var org = new SalesOrg("{\"responseDelayMinutes\":30}");
            var filedAt = org.Org.Now;

            var id = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso"));

            Assert.AreEqual(filedAt.AddMinutes(30), org.Request(id).GetAttributeValue<DateTime>(HelpRequest.RespondAfter));
        }

        [TestMethod]
        public void A_rep_can_address_another_manager_than_their_own()
        {
            var org = new SalesOrg();
            var request = HelpRequestDesk.NonUrgent("Partner pricing");
            request[HelpRequest.ManagerAddressedId] = org.Olive.ToEntityReference();

            var id = org.File(org.Riley, request);

            Assert.AreEqual(org.Olive.Id, org.Request(id).GetAttributeValue<EntityReference>(HelpRequest.ManagerAddressedId).Id);
        }

        [TestMethod]
        [DataRow("observe")]
        [DataRow("enforce")]
        public void A_rep_without_a_manager_is_told_to_have_one_set(string mode)
        {
            var org = new SalesOrg();
            org.UseMode(mode);
            var newcomer = org.Rep("Nora Newhire", reportsTo: null);

            var message = SalesOrg.Refusal(() => org.File(newcomer, HelpRequestDesk.NonUrgent("Where do I start?")));

            StringAssert.Contains(message, "no manager set");
            StringAssert.Contains(message, "administrator");
            Assert.AreEqual(0, org.HelpRequestCount());
        }

        [TestMethod]
        [DataRow("observe")]
        [DataRow("enforce")]
        public void A_question_about_a_5_percent_discount_within_Rileys_10_percent_is_answered_at_once(string mode)
        {
            var org = new SalesOrg();
            org.UseMode(mode);
            org.GrantDiscountAuthority(org.Riley, 10m);
            var request = HelpRequestDesk.NonUrgent("May I give Contoso 5%?").About(org.RileysDeal);
            request[HelpRequest.DecisionType] = new OptionSetValue(HelpRequest.DecisionTypeOption.DiscountPercent);
            request[HelpRequest.DecisionValue] = 5m;

            var id = org.File(org.Riley, request);

            var stored = org.Request(id);
            Assert.AreEqual(HelpRequest.DispositionOption.YoursToDecide, stored.Disposition());
            StringAssert.StartsWith(stored.GetAttributeValue<string>(HelpRequest.Response), "This is yours to decide");
            var signal = org.SignalsFor(DependencySignal.KindOption.UnnecessaryEscalation, org.Riley);
            Assert.AreEqual(1, signal.Length);
            Assert.AreEqual(org.Max.Id, signal[0].GetAttributeValue<EntityReference>(DependencySignal.ManagerId).Id);
            Assert.AreEqual(org.RileysDeal, signal[0].GetAttributeValue<EntityReference>(DependencySignal.OpportunityId).Id);
        }

        [TestMethod]
        public void A_question_about_a_15_percent_discount_beyond_Rileys_authority_goes_to_Max()
        {
            var org = new SalesOrg();
            org.GrantDiscountAuthority(org.Riley, 10m);
            var request = HelpRequestDesk.NonUrgent("May I give Contoso 15%?");
            request[HelpRequest.DecisionType] = new OptionSetValue(HelpRequest.DecisionTypeOption.DiscountPercent);
            request[HelpRequest.DecisionValue] = 15m;

            var id = org.File(org.Riley, request);

            Assert.AreEqual(HelpRequest.DispositionOption.ParkedForCoaching, org.Request(id).Disposition());
            Assert.AreEqual(0, org.SignalsOf(DependencySignal.KindOption.UnnecessaryEscalation).Length);
        }
    }
}
