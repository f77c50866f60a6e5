using System;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.HelpRequests
{
    /// <summary>
    /// No request waits on a disabled manager: it goes to the nearest active manager up the rep's chain, or is refused
    /// with a message saying whose user record needs one. A disabled user cannot sign in
    /// (https://learn.microsoft.com/power-platform/admin/create-users#disable-a-user), so nobody would answer.
    /// Dana Director manages Max Manager, who manages Riley Rep and Sam Peer.
    /// </summary>
    [TestClass]
    public sealed class DisabledManagerRequestsTests
    {
        [TestMethod]
        public void A_request_goes_to_the_next_active_manager_when_the_reps_manager_is_disabled()
        {
            var org = new SalesOrg();
            org.Org.Users.Disable(org.Max);

            var id = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso"));

            Assert.AreEqual(org.Director.Id, org.Request(id).GetAttributeValue<EntityReference>(HelpRequest.ManagerAddressedId).Id);
            StringAssert.Contains(string.Join("\n", org.Org.LastOperation!.Trace), "Max Manager is disabled: the request goes to the next active manager up the chain, Dana Director.");

            // Shared with Dana (the hierarchy lets only Riley's direct manager write it), so she can answer.
            org.Answer(org.Director, id, "Go with the pilot extension.");
            Assert.AreEqual(HelpRequest.DispositionOption.Answered, org.Request(id).Disposition());
        }

        [TestMethod]
        public void A_request_is_refused_when_nobody_above_the_rep_is_active_saying_whose_record_needs_a_manager()
        {
            var org = new SalesOrg();
            org.Org.Users.Disable(org.Max);
            org.Org.Users.Disable(org.Director);
            var before = org.HelpRequestCount();

            var message = SalesOrg.Refusal(() => org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso")));

            Assert.AreEqual(
                "This help request was not sent. Your manager Max Manager is disabled and nobody above them in your hierarchy is active, so this request has no one " +
                "to go to: ask an administrator to set an active manager on Riley Rep's user record (Manager), or choose an active manager to address.",
                message);
            Assert.AreEqual(before, org.HelpRequestCount());
        }

        [TestMethod]
        public void A_request_addressed_to_a_disabled_manager_is_refused_naming_who_would_answer()
        {
            var org = new SalesOrg();
            org.Org.Users.Disable(org.Olive);
            var request = HelpRequestDesk.Urgent("Customer walks today", "Board decides at 5 pm");
            request[HelpRequest.ManagerAddressedId] = org.Olive.ToEntityReference();

            var message = SalesOrg.Refusal(() => org.File(org.Riley, request));

            StringAssert.Contains(message, "Olive Manager is disabled and can't answer: choose an active manager, or clear the manager addressed to send the request to Max Manager.");
        }

        [TestMethod]
        public void Disabling_a_manager_hands_the_requests_waiting_on_them_to_the_next_active_manager()
        {
            var org = new SalesOrg();
            var parked = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso"));
            var urgent = org.File(org.Sam, HelpRequestDesk.Urgent("Customer walks today", "Board decides at 5 pm"));
            var answered = org.File(org.Sam, HelpRequestDesk.Urgent("Legal clause", "Signing tomorrow"));
            org.Answer(org.Max, answered, "Accept the standard clause.");

            org.As(org.SystemAdministrator).Update(new Entity(SystemUser.EntityName, org.Max.Id) { [SystemUser.IsDisabled] = true });

            Assert.AreEqual(org.Director.Id, org.Request(parked).GetAttributeValue<EntityReference>(HelpRequest.ManagerAddressedId).Id);
            Assert.AreEqual(org.Director.Id, org.Request(urgent).GetAttributeValue<EntityReference>(HelpRequest.ManagerAddressedId).Id);
            Assert.AreEqual(org.Max.Id, org.Request(answered).GetAttributeValue<EntityReference>(HelpRequest.ManagerAddressedId).Id, "an answered request keeps who answered it");
            org.Answer(org.Director, urgent, "Call them now.");
            Assert.AreEqual(HelpRequest.DispositionOption.Answered, org.Request(urgent).Disposition(), "shared with Dana when re-addressed: she can answer");
            Assert.AreEqual(0, org.Org.AsyncFailures.Count, org.Org.AsyncFailures.FirstOrDefault()?.Fault.Detail.Message);
        }
    }
}
