using System;
using System.Linq;
using CrmIndependence.Plugins.DecisionAuthority;
using CrmIndependence.Plugins.HelpRequests;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static CrmIndependence.Plugins.Tests.Domain.HelpRequests.HelpRequestFixtures;

namespace CrmIndependence.Plugins.Tests.Domain.HelpRequests
{
    /// <summary>Ask for solutions, and delay responding: what happens when a rep asks for help.</summary>
    [TestClass]
    public sealed class HelpRequestIntakeTests
    {
        private static IntakeResult Assess(HelpRequestDraft draft, Requester? requester = null, AuthorityMatrix? authority = null, int delay = Delay) =>
            HelpRequestIntake.Assess(draft, requester ?? Rep, authority ?? RepAuthority, delay);

        [TestMethod]
        public void A_non_urgent_request_without_any_thinking_is_refused_with_one_message_naming_everything_missing()
        {
            var result = Assess(new HelpRequestDraft { CreatedOn = Created, Problem = "What discount can I give?" });

            Assert.IsFalse(result.IsAccepted);
            Assert.AreEqual("Before asking, add: what you tried, at least one option, your recommendation.", result.RefusalMessage);
        }

        [TestMethod]
        [DataRow(true, false, true, "Before asking, add: at least one option.")]
        [DataRow(false, true, true, "Before asking, add: what you tried.")]
        [DataRow(true, true, false, "Before asking, add: your recommendation.")]
        [DataRow(false, false, true, "Before asking, add: what you tried, at least one option.")]
        public void Only_what_is_missing_is_named(bool tried, bool option, bool recommendation, string expected)
        {
            var draft = Complete with
            {
                WhatWasTried = tried ? "Called the buyer" : null,
                Option1 = option ? "Offer 5%" : null,
                Option2 = null,
                Recommendation = recommendation ? "Offer 5%" : null,
            };

            Assert.AreEqual(expected, Assess(draft).RefusalMessage);
        }

        [TestMethod]
        [DataRow(1)]
        [DataRow(2)]
        [DataRow(3)]
        public void Any_one_of_the_three_options_is_enough(int which)
        {
            var draft = Complete with
            {
                Option1 = which == 1 ? "An option" : null,
                Option2 = which == 2 ? "An option" : null,
                Option3 = which == 3 ? "An option" : null,
            };

            Assert.IsTrue(Assess(draft).IsAccepted);
        }

        [TestMethod]
        public void Blank_answers_count_as_missing()
        {
            var draft = Complete with { WhatWasTried = "   ", Option1 = "", Option2 = " ", Recommendation = "\t" };

            Assert.AreEqual("Before asking, add: what you tried, at least one option, your recommendation.", Assess(draft).RefusalMessage);
        }

        [TestMethod]
        public void A_request_without_urgency_is_non_urgent()
        {
            Assert.AreEqual(Disposition.ParkedForCoaching, Assess(Complete with { Urgency = null }).Disposition);
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(60)]
        [DataRow(90)]
        public void A_non_urgent_request_is_parked_for_coaching_until_the_response_delay_has_passed(int delay)
        {
            var result = Assess(Complete, delay: delay);

            Assert.IsTrue(result.IsAccepted);
            Assert.AreEqual(Disposition.ParkedForCoaching, result.Disposition);
            Assert.AreEqual(Created.AddMinutes(delay), result.RespondAfter);
            Assert.AreEqual(ManagerId, result.ManagerAddressedId);
            Assert.IsNull(result.Response);
            Assert.IsEmpty(result.Signals);
        }

        [TestMethod]
        public void An_urgent_request_needs_only_a_reason_and_goes_to_the_manager_at_once()
        {
            var result = Assess(Urgent);

            Assert.IsTrue(result.IsAccepted);
            Assert.AreEqual(Disposition.AwaitingResponse, result.Disposition);
            Assert.IsNull(result.RespondAfter);
        }

        [TestMethod]
        public void An_urgent_request_without_a_reason_is_refused()
        {
            var result = Assess(Complete with { Urgency = (int)Urgency.Urgent, UrgentReason = " " });

            Assert.AreEqual("An urgent request needs a reason: say why it can't wait.", result.RefusalMessage);
        }

        [TestMethod]
        public void The_manager_addressed_defaults_to_the_rep_s_manager_and_a_chosen_one_is_kept()
        {
            var chosen = Guid.NewGuid();

            Assert.AreEqual(ManagerId, Assess(Complete).ManagerAddressedId);
            Assert.AreEqual(chosen, Assess(Complete with { ManagerAddressedId = chosen }).ManagerAddressedId);
            Assert.AreEqual(ManagerId, Assess(Complete with { ManagerAddressedId = Guid.Empty }).ManagerAddressedId);
        }

        [TestMethod]
        public void A_rep_without_a_manager_is_told_to_set_one_or_address_someone()
        {
            var result = Assess(Complete, requester: new Requester(RepProfile, null));

            Assert.AreEqual(
                "You have no manager set, so this request has no one to go to: ask an administrator to set your manager, or choose the manager to address.",
                result.RefusalMessage);
            Assert.IsTrue(Assess(Complete with { ManagerAddressedId = Guid.NewGuid() }, requester: new Requester(RepProfile, null)).IsAccepted);
        }

        [TestMethod]
        public void A_request_addressed_to_its_own_author_is_refused()
        {
            var result = Assess(Complete with { ManagerAddressedId = RepProfile.UserId });

            Assert.Contains("You can't address a help request to yourself", result.RefusalMessage!);
        }

        [TestMethod]
        public void Every_problem_is_in_the_one_message()
        {
            var result = Assess(new HelpRequestDraft { CreatedOn = Created, DecisionValue = -3m }, requester: new Requester(RepProfile, null));

            Assert.AreEqual(
                "Before asking, add: what you tried, at least one option, your recommendation. " +
                "Say which decision the value is about (the decision type), or clear the value. " +
                "The decision value can't be negative. " +
                "You have no manager set, so this request has no one to go to: ask an administrator to set your manager, or choose the manager to address.",
                result.RefusalMessage);
        }

        [TestMethod]
        [DataRow(5, null, "Urgency 5 is not known: choose Non-urgent (100000000) or Urgent (100000001).")]
        [DataRow(null, 9, "Decision type 9 is not known (DiscountPercent 100000000")]
        public void Unknown_choice_values_are_refused_clearly(int? urgency, int? decisionType, string expected)
        {
            var result = Assess(Complete with { Urgency = urgency ?? Complete.Urgency, DecisionType = decisionType, DecisionValue = decisionType == null ? null : 5m });

            Assert.Contains(expected, result.RefusalMessage!);
        }

        [TestMethod]
        [DataRow(5.0)]
        [DataRow(10.0)]
        public void A_question_about_a_decision_inside_the_rep_s_authority_is_answered_at_once(double discount)
        {
            var result = Assess(Complete with { DecisionType = (int)DecisionKind.DiscountPercent, DecisionValue = (decimal)discount });

            Assert.IsTrue(result.IsAccepted);
            Assert.AreEqual(Disposition.YoursToDecide, result.Disposition);
            Assert.AreEqual("This is yours to decide: your authority covers discount percentage up to 10%. Go ahead.", result.Response);
            Assert.IsNull(result.RespondAfter);
            var signal = result.Signals.Single();
            Assert.AreEqual(HelpRequestSignalKind.UnnecessaryEscalation, signal.Kind);
            Assert.Contains("which the rep may decide alone (up to 10%)", signal.Details);
        }

        [TestMethod]
        public void An_urgent_question_inside_the_rep_s_authority_is_also_theirs_to_decide()
        {
            var result = Assess(Urgent with { DecisionType = (int)DecisionKind.DiscountPercent, DecisionValue = 4m });

            Assert.AreEqual(Disposition.YoursToDecide, result.Disposition);
        }

        [TestMethod]
        public void A_question_about_a_decision_beyond_the_rep_s_authority_goes_to_the_manager()
        {
            var result = Assess(Complete with { DecisionType = (int)DecisionKind.DiscountPercent, DecisionValue = 12m });

            Assert.AreEqual(Disposition.ParkedForCoaching, result.Disposition);
            Assert.IsEmpty(result.Signals);
        }

        [TestMethod]
        public void Without_an_authority_row_nothing_is_declared_the_rep_s_to_decide()
        {
            var result = Assess(Complete with { DecisionType = (int)DecisionKind.DiscountPercent, DecisionValue = 1m }, authority: NoAuthorityRows);

            Assert.AreEqual(Disposition.ParkedForCoaching, result.Disposition);
        }

        [TestMethod]
        public void A_question_about_a_decision_without_a_value_goes_to_the_manager()
        {
            Assert.AreEqual(Disposition.ParkedForCoaching, Assess(Complete with { DecisionType = (int)DecisionKind.DiscountPercent }).Disposition);
        }

        [TestMethod]
        public void A_question_about_a_governed_column_is_judged_against_that_column_s_authority()
        {
            var authority = AuthorityMatrix.Read(new[]
            {
                new AuthorityRow { Id = Guid.NewGuid(), DecisionType = (int)DecisionKind.Column, Column = "cri_freemonths", AppliesTo = (int)AuthorityScope.Everyone, Limit = 2m },
            });
            var draft = Complete with { DecisionType = (int)DecisionKind.Column, DecisionColumn = "cri_freemonths", DecisionValue = 2m };

            var result = Assess(draft, authority: authority);

            Assert.AreEqual("This is yours to decide: your authority covers cri_freemonths up to 2. Go ahead.", result.Response);
            Assert.AreEqual(Disposition.ParkedForCoaching, Assess(draft with { DecisionColumn = null }, authority: authority).Disposition);
        }

        [TestMethod]
        public void A_negative_response_delay_is_a_programming_error()
        {
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Assess(Complete, delay: -1));
            Assert.ThrowsExactly<ArgumentNullException>(() => HelpRequestIntake.Assess(null!, Rep, RepAuthority, Delay));
        }

        [TestMethod]
        public void Choice_values_keep_the_option_values_the_solution_ships()
        {
            CollectionAssert.AreEqual(new[] { 100000000, 100000001 }, Enum.GetValues(typeof(Urgency)).Cast<int>().ToArray());
            Assert.AreEqual(100000000, (int)Disposition.ParkedForCoaching);
            Assert.AreEqual(100000001, (int)Disposition.AwaitingResponse);
            Assert.AreEqual(100000002, (int)Disposition.Answered);
            Assert.AreEqual(100000003, (int)Disposition.YoursToDecide);
        }
    }
}
