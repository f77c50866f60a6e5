using System;
using CrmIndependence.Plugins.Coaching;
using CrmIndependence.Plugins.Coaching.Platform;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.HelpRequests;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Bookkeeping
{
    /// <summary>
    /// How fast a manager answered is measured by the server, not told by the manager: responded-on is the time of the
    /// save that carried the answer, respond-after is set when the request is filed, and the disposition moves only
    /// with what the suite sees (filed; answered). Policy: the default 60-minute response delay.
    /// </summary>
    [TestClass]
    public sealed class ForgedHelpRequestTests
    {
        [TestMethod]
        public void A_manager_answering_after_5_minutes_records_a_fast_response_whatever_responded_on_they_send()
        {
            var org = new SalesOrg();
            var id = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso").About(org.RileysDeal));
            var filedAt = org.Org.Now;

            org.Clock.Advance(TimeSpan.FromMinutes(5));
            org.As(org.Max).Update(new Entity(HelpRequest.EntityName, id)
            {
                [HelpRequest.Response] = "Go with the pilot extension.",
                [HelpRequest.RespondedOn] = filedAt.AddHours(2),
            });

            var request = org.Request(id);
            Assert.AreEqual(filedAt.AddMinutes(5), request.GetAttributeValue<DateTime>(HelpRequest.RespondedOn), "the server's time of the answer");
            Assert.AreEqual(5, request.GetAttributeValue<int>(HelpRequest.ResponseMinutes));
            Assert.AreEqual(1, org.SignalsFor(DependencySignal.KindOption.FastResponse, org.Riley).Length);
            StringAssert.Contains(string.Join("\n", org.Org.LastOperation!.Trace), "Responded on (cri_respondedon) sent with this save was dropped");
        }

        [TestMethod]
        public void A_responded_on_sent_without_an_answer_is_dropped_and_answers_nothing()
        {
            var org = new SalesOrg();
            var id = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso"));

            org.As(org.Max).Update(new Entity(HelpRequest.EntityName, id) { [HelpRequest.RespondedOn] = org.Org.Now.AddHours(2) });

            var request = org.Request(id);
            Assert.IsNull(request.GetAttributeValue<DateTime?>(HelpRequest.RespondedOn));
            Assert.AreEqual(HelpRequest.DispositionOption.ParkedForCoaching, request.Disposition(), "still waiting: nobody answered");
            StringAssert.Contains(string.Join("\n", org.Org.LastOperation!.Trace), "Responded on (cri_respondedon)");
        }

        [TestMethod]
        public void A_manager_moving_respond_after_into_the_past_still_answers_fast()
        {
            var org = new SalesOrg();
            var id = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso"));
            var respondAfter = org.Request(id).GetAttributeValue<DateTime>(HelpRequest.RespondAfter);

            org.As(org.Max).Update(new Entity(HelpRequest.EntityName, id) { [HelpRequest.RespondAfter] = org.Org.Now.AddHours(-1) });
            org.Clock.Advance(TimeSpan.FromMinutes(5));
            org.Answer(org.Max, id, "Go with the pilot extension.");

            Assert.AreEqual(respondAfter, org.Request(id).GetAttributeValue<DateTime>(HelpRequest.RespondAfter), "the suite's respond-after stands");
            Assert.AreEqual(1, org.SignalsFor(DependencySignal.KindOption.FastResponse, org.Riley).Length);
        }

        [TestMethod]
        public void A_rep_filing_a_request_with_its_bookkeeping_filled_in_gets_the_suites_values()
        {
            var org = new SalesOrg();
            var filed = HelpRequestDesk.NonUrgent("Pricing for Contoso");
            filed[HelpRequest.RespondAfter] = org.Org.Now.AddMinutes(-30);
            filed[HelpRequest.RespondedOn] = org.Org.Now;
            filed[HelpRequest.ResponseMinutes] = 500;
            filed[HelpRequest.Disposition] = new OptionSetValue(HelpRequest.DispositionOption.Answered);

            var id = org.File(org.Riley, filed);

            var request = org.Request(id);
            Assert.AreEqual(org.Org.Now.AddMinutes(60), request.GetAttributeValue<DateTime>(HelpRequest.RespondAfter));
            Assert.IsNull(request.GetAttributeValue<DateTime?>(HelpRequest.RespondedOn));
            Assert.IsNull(request.GetAttributeValue<int?>(HelpRequest.ResponseMinutes));
            Assert.AreEqual(HelpRequest.DispositionOption.ParkedForCoaching, request.Disposition());
        }

        [TestMethod]
        public void A_rep_cannot_file_a_request_already_on_a_coaching_agenda()
        {
            var org = new SalesOrg();
            var samsSession = org.Org.Seed(SessionRows.NewPlanned(
                Guid.NewGuid(), org.Sam.Id, org.Sam.FullName, org.Max.Id, org.Max.FullName, org.Org.Now.AddDays(1), CoachingTriggerKind.Manual, null));
            var filed = HelpRequestDesk.NonUrgent("Pricing for Contoso");
            filed[HelpRequest.CoachingSessionId] = new EntityReference(CoachingSession.EntityName, samsSession);

            var id = org.File(org.Riley, filed);

            Assert.IsNull(org.Request(id).GetAttributeValue<EntityReference>(HelpRequest.CoachingSessionId),
                "a session the rep named is dropped; the suite parks the request itself");
        }

        [TestMethod]
        public void Changing_a_help_requests_disposition_by_hand_is_refused_with_what_sets_it()
        {
            var org = new SalesOrg();
            var id = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso"));

            var message = SalesOrg.Refusal(() => org.As(org.Max).Update(new Entity(HelpRequest.EntityName, id)
            {
                [HelpRequest.Disposition] = new OptionSetValue(HelpRequest.DispositionOption.Answered),
            }));

            Assert.AreEqual(
                "This help request was not saved: Disposition (cri_disposition) is set by the suite: when the request is filed, and to Answered " +
                "when a manager writes a response. Leave it out of the save.",
                message);
            Assert.AreEqual(HelpRequest.DispositionOption.ParkedForCoaching, org.Request(id).Disposition());
        }

        [TestMethod]
        public void A_disposition_sent_back_unchanged_saves()
        {
            var org = new SalesOrg();
            var id = org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso"));

            org.As(org.Riley).Update(new Entity(HelpRequest.EntityName, id)
            {
                [HelpRequest.Disposition] = new OptionSetValue(HelpRequest.DispositionOption.ParkedForCoaching),
                [HelpRequest.Recommendation] = "Extend the pilot by two weeks",
            });

            Assert.AreEqual("Extend the pilot by two weeks", org.Request(id).GetAttributeValue<string>(HelpRequest.Recommendation));
        }
    }
}
