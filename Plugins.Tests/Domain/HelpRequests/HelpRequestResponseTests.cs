using System;
using System.Linq;
using CrmIndependence.Plugins.HelpRequests;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static CrmIndependence.Plugins.Tests.Domain.HelpRequests.HelpRequestFixtures;

namespace CrmIndependence.Plugins.Tests.Domain.HelpRequests
{
    /// <summary>Delay responding: measuring the manager's answer.</summary>
    [TestClass]
    public sealed class HelpRequestResponseTests
    {
        private static HelpRequestReply Reply(Urgency urgency, double minutesAfterCreation, DateTime? respondAfter = null) =>
            new HelpRequestReply
            {
                Urgency = urgency,
                PreviousDisposition = urgency == Urgency.Urgent ? Disposition.AwaitingResponse : Disposition.ParkedForCoaching,
                CreatedOn = Created,
                RespondAfter = respondAfter ?? (urgency == Urgency.NonUrgent ? Created.AddMinutes(Delay) : (DateTime?)null),
                Response = "Go with option 1.",
                RespondedOn = Created.AddMinutes(minutesAfterCreation),
                RequesterId = RepProfile.UserId,
                ResponderId = ManagerId,
                Now = Created.AddDays(1),
            };

        [TestMethod]
        [DataRow(0.0, 0)]
        [DataRow(12.9, 12)]
        [DataRow(61.0, 61)]
        [DataRow(-5.0, 0)]
        public void Response_minutes_are_whole_minutes_from_creation_and_never_negative(double minutes, int expected)
        {
            var result = HelpRequestResponse.Assess(Reply(Urgency.Urgent, minutes), Delay);

            Assert.AreEqual(ReplyOutcome.Answered, result.Outcome);
            Assert.AreEqual(expected, result.ResponseMinutes);
            Assert.AreEqual(Disposition.Answered, result.Disposition);
        }

        [TestMethod]
        [DataRow(5.0, true)]
        [DataRow(59.9, true)]
        [DataRow(60.0, false)]
        [DataRow(240.0, false)]
        public void Answering_a_non_urgent_request_inside_the_delay_is_a_fast_response(double minutes, bool fast)
        {
            var result = HelpRequestResponse.Assess(Reply(Urgency.NonUrgent, minutes), Delay);

            Assert.AreEqual(fast, result.Signals.Any(signal => signal.Kind == HelpRequestSignalKind.FastResponse));
        }

        [TestMethod]
        public void The_fast_response_signal_says_how_fast_against_which_delay()
        {
            var signal = HelpRequestResponse.Assess(Reply(Urgency.NonUrgent, 7), Delay).Signals.Single();

            Assert.AreEqual("Answered a non-urgent request after 7 minute(s), inside the 60-minute delay", signal.Details);
        }

        [TestMethod]
        public void Answering_an_urgent_request_quickly_is_what_urgent_means()
        {
            Assert.IsEmpty(HelpRequestResponse.Assess(Reply(Urgency.Urgent, 2), Delay).Signals);
        }

        [TestMethod]
        public void Without_a_stored_respond_after_the_policy_delay_is_used()
        {
            var reply = Reply(Urgency.NonUrgent, 45) with { RespondAfter = null };

            Assert.HasCount(1, HelpRequestResponse.Assess(reply, 60).Signals);
            Assert.IsEmpty(HelpRequestResponse.Assess(reply, 30).Signals);
        }

        [TestMethod]
        public void A_stored_respond_after_wins_over_a_changed_policy()
        {
            var reply = Reply(Urgency.NonUrgent, 45, respondAfter: Created.AddMinutes(30));

            Assert.IsEmpty(HelpRequestResponse.Assess(reply, 120).Signals);
        }

        [TestMethod]
        public void A_response_without_responded_on_is_dated_now()
        {
            var now = Created.AddMinutes(95);
            var reply = Reply(Urgency.NonUrgent, 0) with { RespondedOn = null, Now = now };

            var result = HelpRequestResponse.Assess(reply, Delay);

            Assert.AreEqual(now, result.RespondedOn);
            Assert.AreEqual(95, result.ResponseMinutes);
        }

        [TestMethod]
        public void A_responded_on_without_text_still_counts_as_the_answer()
        {
            var reply = Reply(Urgency.NonUrgent, 10) with { Response = null };

            Assert.AreEqual(ReplyOutcome.Answered, HelpRequestResponse.Assess(reply, Delay).Outcome);
        }

        [TestMethod]
        public void An_update_without_a_response_is_not_an_answer()
        {
            var reply = Reply(Urgency.NonUrgent, 10) with { Response = "  ", RespondedOn = null };

            var result = HelpRequestResponse.Assess(reply, Delay);

            Assert.AreEqual(ReplyOutcome.NotAResponse, result.Outcome);
            Assert.IsNull(result.Disposition);
            Assert.IsNull(result.ResponseMinutes);
        }

        [TestMethod]
        public void Editing_an_answer_later_counts_nothing_again()
        {
            var reply = Reply(Urgency.NonUrgent, 10) with { PreviousDisposition = Disposition.Answered };

            var result = HelpRequestResponse.Assess(reply, Delay);

            Assert.AreEqual(ReplyOutcome.AlreadyAnswered, result.Outcome);
            Assert.IsEmpty(result.Signals);
            Assert.IsNull(result.Disposition);
        }

        [TestMethod]
        public void A_rep_answering_their_own_request_is_no_fast_response()
        {
            var reply = Reply(Urgency.NonUrgent, 10) with { ResponderId = RepProfile.UserId };

            var result = HelpRequestResponse.Assess(reply, Delay);

            Assert.AreEqual(ReplyOutcome.Answered, result.Outcome);
            Assert.IsEmpty(result.Signals);
        }

        [TestMethod]
        public void A_negative_delay_is_a_programming_error()
        {
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => HelpRequestResponse.Assess(Reply(Urgency.NonUrgent, 1), -1));
        }

        [TestMethod]
        [DataRow(null, Urgency.NonUrgent)]
        [DataRow(100000001, Urgency.Urgent)]
        [DataRow(3, null)]
        public void Stored_urgency_values_are_read_with_empty_as_non_urgent(int? stored, Urgency? expected)
        {
            Assert.AreEqual(expected, Urgencies.FromOptionValue(stored));
        }
    }
}
