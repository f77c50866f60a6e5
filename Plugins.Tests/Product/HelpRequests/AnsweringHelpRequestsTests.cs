using System;
using CrmIndependence.Plugins.Schema;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.HelpRequests
{
    /// <summary>Habit 1, delay responding: how fast Max answers Riley is measured, and answering inside the delay is a signal.</summary>
    [TestClass]
    public sealed class AnsweringHelpRequestsTests
    {
        [TestMethod]
        [DataRow("observe")]
        [DataRow("enforce")]
        public void Max_answering_after_10_minutes_is_a_fast_response(string mode)
        {
            var org = new SalesOrg();
            org.UseMode(mode);
            var id = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso").About(org.RileysDeal));
            var filedAt = org.Org.Now;

            org.Clock.Advance(TimeSpan.FromMinutes(10));
            org.Answer(org.Max, id, "Go with the pilot extension.");

            var request = org.Request(id);
            Assert.AreEqual(filedAt.AddMinutes(10), request.GetAttributeValue<DateTime>(HelpRequest.RespondedOn));
            Assert.AreEqual(10, request.GetAttributeValue<int>(HelpRequest.ResponseMinutes));
            Assert.AreEqual(HelpRequest.DispositionOption.Answered, request.Disposition());
            var fast = org.SignalsFor(DependencySignal.KindOption.FastResponse, org.Riley);
            Assert.AreEqual(1, fast.Length);
            Assert.AreEqual(org.Max.Id, fast[0].GetAttributeValue<EntityReference>(DependencySignal.ManagerId).Id);
        }

        [TestMethod]
        public void Max_answering_after_90_minutes_records_no_signal()
        {
            var org = new SalesOrg();
            var id = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso"));

            org.Clock.Advance(TimeSpan.FromMinutes(90));
            org.Answer(org.Max, id, "Go with the pilot extension.");

            var request = org.Request(id);
            Assert.AreEqual(90, request.GetAttributeValue<int>(HelpRequest.ResponseMinutes));
            Assert.AreEqual(HelpRequest.DispositionOption.Answered, request.Disposition());
            Assert.AreEqual(0, org.SignalsOf(DependencySignal.KindOption.FastResponse).Length);
        }

        [TestMethod]
        public void Answering_an_urgent_request_at_once_is_no_fast_response()
        {
            var org = new SalesOrg();
            var id = org.File(org.Riley, HelpRequestDesk.Urgent("Customer walks today", "Board decides at 5 pm"));

            org.Clock.Advance(TimeSpan.FromMinutes(2));
            org.Answer(org.Max, id, "Call them now.");

            Assert.AreEqual(2, org.Request(id).GetAttributeValue<int>(HelpRequest.ResponseMinutes));
            Assert.AreEqual(0, org.SignalsOf(DependencySignal.KindOption.FastResponse).Length);
        }

        [TestMethod]
        public void Editing_an_answer_later_counts_nothing_again()
        {
            var org = new SalesOrg();
            var id = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso"));
            org.Clock.Advance(TimeSpan.FromMinutes(10));
            org.Answer(org.Max, id, "Go with the pilot extension.");

            org.Clock.Advance(TimeSpan.FromMinutes(5));
            org.Answer(org.Max, id, "Go with the pilot extension, and ask for a case study.");

            Assert.AreEqual(10, org.Request(id).GetAttributeValue<int>(HelpRequest.ResponseMinutes));
            Assert.AreEqual(1, org.SignalsOf(DependencySignal.KindOption.FastResponse).Length);
        }
    }
}
