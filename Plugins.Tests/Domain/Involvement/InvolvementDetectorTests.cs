using System;
using System.Linq;
using CrmIndependence.Plugins.Involvement;
using CrmIndependence.Plugins.Signals;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static CrmIndependence.Plugins.Tests.Domain.Involvement.SalesOrg;

namespace CrmIndependence.Plugins.Tests.Domain.Involvement
{
    [TestClass]
    public sealed class InvolvementDetectorTests
    {
        private static readonly string[] StageChange = { "salesstage" };

        [TestMethod]
        public void A_direct_manager_changing_the_stage_of_a_reps_deal_is_recorded()
        {
            var outcome = InvolvementDetector.KeyFieldsEdited(RileysDeal(), By(Morgan, "Morgan Lee"), StageChange, ChainOf(Riley));

            var signal = outcome.Signal!;
            Assert.AreEqual(SignalKind.ManagerEditedDeal, signal.Kind);
            Assert.AreEqual(Riley, signal.RepId);
            Assert.AreEqual(Morgan, signal.ManagerId);
            Assert.AreEqual(Deal, signal.OpportunityId);
            Assert.AreEqual(Monday, signal.OccurredOnUtc);
            Assert.AreEqual(5, signal.Weight);
            Assert.AreEqual("Morgan Lee (Riley Chen's manager) changed the sales stage of \"Contoso renewal\".", signal.Details);
        }

        [TestMethod]
        public void A_manager_two_levels_up_editing_the_stage_is_recorded_when_depth_is_two()
        {
            var outcome = InvolvementDetector.KeyFieldsEdited(RileysDeal(), By(Dana, "Dana Park"), StageChange, ChainOf(Riley, depth: 2));

            Assert.AreEqual(SignalKind.ManagerEditedDeal, outcome.Signal!.Kind);
            Assert.AreEqual(Dana, outcome.Signal.ManagerId);
            StringAssert.StartsWith(outcome.Signal.Details, "Dana Park (Riley Chen's manager's manager) changed");
        }

        [TestMethod]
        public void A_manager_two_levels_up_editing_the_stage_is_ignored_when_depth_is_one()
        {
            var outcome = InvolvementDetector.KeyFieldsEdited(RileysDeal(), By(Dana), StageChange, ChainOf(Riley, depth: 1));

            Assert.IsNull(outcome.Signal);
            StringAssert.Contains(outcome.Explanation, "is not in the owner's manager chain");
        }

        [TestMethod]
        public void A_manager_three_levels_up_is_described_by_their_level()
        {
            var outcome = InvolvementDetector.KeyFieldsEdited(RileysDeal(), By(Sam, "Sam Ortiz"), StageChange, ChainOf(Riley, depth: 3));

            StringAssert.StartsWith(outcome.Signal!.Details, "Sam Ortiz (Riley Chen's manager 3 levels up) changed");
        }

        [TestMethod]
        [DataRow("salesstage", "sales stage")]
        [DataRow("stepname", "pipeline phase")]
        [DataRow("activestageid", "process stage")]
        [DataRow("estimatedvalue", "estimated revenue")]
        [DataRow("closeprobability", "probability")]
        [DataRow("estimatedclosedate", "estimated close date")]
        [DataRow("discountpercentage", "discount (%)")]
        [DataRow("discountamount", "discount amount")]
        [DataRow("EstimatedValue", "estimated revenue")]
        public void Each_key_field_changed_by_a_manager_is_recorded_in_plain_words(string column, string words)
        {
            var outcome = InvolvementDetector.KeyFieldsEdited(RileysDeal(), By(Morgan), new[] { column }, ChainOf(Riley));

            StringAssert.Contains(outcome.Signal!.Details, $"changed the {words} of");
        }

        [TestMethod]
        public void Several_key_fields_changed_at_once_make_one_signal_listing_them()
        {
            var outcome = InvolvementDetector.KeyFieldsEdited(
                RileysDeal(), By(Morgan, "Morgan Lee"), new[] { "estimatedvalue", "name", "salesstage", "salesstagecode", "closeprobability" }, ChainOf(Riley));

            Assert.AreEqual(
                "Morgan Lee (Riley Chen's manager) changed the sales stage, estimated revenue and probability of \"Contoso renewal\".",
                outcome.Signal!.Details);
        }

        [TestMethod]
        public void A_manager_changing_only_other_fields_records_nothing_and_loads_no_chain()
        {
            var outcome = InvolvementDetector.KeyFieldsEdited(RileysDeal(), By(Morgan), new[] { "name", "description", null }, ChainMustNotLoad());

            Assert.IsNull(outcome.Signal);
            Assert.AreEqual("No key field of the deal changed.", outcome.Explanation);
        }

        [TestMethod]
        public void A_rep_editing_their_own_deal_records_nothing_and_loads_no_chain()
        {
            var outcome = InvolvementDetector.KeyFieldsEdited(RileysDeal(), By(Riley), StageChange, ChainMustNotLoad());

            Assert.IsNull(outcome.Signal);
            Assert.AreEqual(ActivityAuthor.Owner, outcome.Author);
        }

        [TestMethod]
        public void A_manager_editing_their_own_deal_records_nothing()
        {
            var outcome = InvolvementDetector.KeyFieldsEdited(MorgansOwnDeal(), By(Morgan), StageChange, ChainMustNotLoad());

            Assert.IsNull(outcome.Signal);
        }

        [TestMethod]
        public void A_director_editing_a_deal_their_manager_owns_is_recorded_against_the_manager()
        {
            var outcome = InvolvementDetector.KeyFieldsEdited(MorgansOwnDeal(), By(Dana), StageChange, ChainOf(Morgan));

            Assert.AreEqual(Morgan, outcome.Signal!.RepId);
            Assert.AreEqual(Dana, outcome.Signal.ManagerId);
        }

        [TestMethod]
        public void A_team_owned_deal_records_nothing_whoever_edits_it()
        {
            var outcome = InvolvementDetector.KeyFieldsEdited(TeamDeal(), By(Morgan), StageChange, ChainMustNotLoad());

            Assert.IsNull(outcome.Signal);
            StringAssert.Contains(outcome.Explanation, "owned by a team");
        }

        [TestMethod]
        [DataRow("00000000-0000-0000-0000-000000000002")]
        [DataRow("00000000-0000-0000-0000-00000000000c")]
        public void A_peer_or_a_manager_of_another_team_records_nothing(string user)
        {
            var outcome = InvolvementDetector.KeyFieldsEdited(RileysDeal(), By(Guid.Parse(user)), StageChange, ChainOf(Riley));

            Assert.IsNull(outcome.Signal);
            Assert.AreEqual(ActivityAuthor.Other, outcome.Author);
        }

        [TestMethod]
        public void A_cyclic_hierarchy_still_finds_the_manager_and_ends()
        {
            Func<ManagerChain> cyclic = () => ManagerChain.Walk(Riley, 10, new[] { new HierarchyUser(Riley, Morgan), new HierarchyUser(Morgan, Riley) });

            Assert.IsNotNull(InvolvementDetector.KeyFieldsEdited(RileysDeal(), By(Morgan), StageChange, cyclic).Signal);
            Assert.IsNull(InvolvementDetector.KeyFieldsEdited(RileysDeal(), By(Dana), StageChange, cyclic).Signal);
        }

        [TestMethod]
        public void A_rep_whose_manager_was_deleted_has_no_manager_to_record()
        {
            Func<ManagerChain> orphan = () => ManagerChain.Walk(Riley, 2, new[] { new HierarchyUser(Riley, Morgan) });

            var outcome = InvolvementDetector.KeyFieldsEdited(RileysDeal(), By(Morgan), StageChange, orphan);

            Assert.IsNull(outcome.Signal);
            StringAssert.Contains(outcome.Explanation, "was not found");
        }

        [TestMethod]
        public void A_chain_of_someone_other_than_the_owner_is_a_programming_error()
        {
            Assert.ThrowsExactly<ArgumentException>(() =>
                InvolvementDetector.KeyFieldsEdited(RileysDeal(), By(Morgan), StageChange, ChainOf(Alex)));
        }

        [TestMethod]
        [DataRow(DealClosing.Won, "won")]
        [DataRow(DealClosing.Lost, "lost")]
        public void A_manager_winning_or_losing_a_reps_deal_is_recorded(DealClosing closing, string words)
        {
            var outcome = InvolvementDetector.Closed(RileysDeal(), By(Morgan, "Morgan Lee"), closing, ChainOf(Riley));

            Assert.AreEqual(SignalKind.ManagerClosedDeal, outcome.Signal!.Kind);
            Assert.AreEqual(15, outcome.Signal.Weight);
            Assert.AreEqual($"Morgan Lee (Riley Chen's manager) closed \"Contoso renewal\" as {words} instead of Riley Chen.", outcome.Signal.Details);
        }

        [TestMethod]
        public void A_rep_closing_their_own_deal_records_nothing()
        {
            Assert.IsNull(InvolvementDetector.Closed(RileysDeal(), By(Riley), DealClosing.Won, ChainMustNotLoad()).Signal);
        }

        [TestMethod]
        public void A_manager_assigning_a_reps_deal_to_themselves_takes_it_over()
        {
            var outcome = InvolvementDetector.Assigned(RileysDeal(), By(Morgan, "Morgan Lee"), Morgan, DealOwnerType.User, ChainOf(Riley));

            var signal = outcome.Signal!;
            Assert.AreEqual(SignalKind.ManagerTookOverDeal, signal.Kind);
            Assert.AreEqual(Riley, signal.RepId);
            Assert.AreEqual(20, signal.Weight);
            Assert.AreEqual("Morgan Lee (Riley Chen's manager) assigned \"Contoso renewal\" to themselves, taking it over from Riley Chen.", signal.Details);
        }

        [TestMethod]
        public void A_manager_assigning_a_deal_to_another_rep_or_a_team_is_not_a_take_over()
        {
            Assert.IsNull(InvolvementDetector.Assigned(RileysDeal(), By(Morgan), Alex, DealOwnerType.User, ChainMustNotLoad()).Signal);
            Assert.IsNull(InvolvementDetector.Assigned(RileysDeal(), By(Morgan), Morgan, DealOwnerType.Team, ChainMustNotLoad()).Signal);
        }

        [TestMethod]
        public void A_rep_assigning_their_deal_to_themselves_again_changes_nothing()
        {
            Assert.IsNull(InvolvementDetector.Assigned(RileysDeal(), By(Riley), Riley, DealOwnerType.User, ChainMustNotLoad()).Signal);
        }

        [TestMethod]
        [DataRow(ActivityKind.Email, "an email")]
        [DataRow(ActivityKind.PhoneCall, "a phone call")]
        [DataRow(ActivityKind.Task, "a task")]
        [DataRow(ActivityKind.Appointment, "an appointment")]
        public void A_manager_creating_an_activity_regarding_a_reps_deal_is_recorded(ActivityKind kind, string words)
        {
            var activity = Guid.NewGuid();

            var outcome = InvolvementDetector.ActivityCreated(RileysDeal(), By(Morgan, "Morgan Lee"), kind, activity, ChainOf(Riley));

            Assert.AreEqual(ActivityAuthor.Manager, outcome.Author);
            Assert.AreEqual(SignalKind.ManagerActivityOnDeal, outcome.Signal!.Kind);
            Assert.AreEqual(activity, outcome.Signal.RelatedActivityId);
            Assert.AreEqual($"Morgan Lee (Riley Chen's manager) created {words} regarding \"Contoso renewal\".", outcome.Signal.Details);
        }

        [TestMethod]
        public void The_reps_own_activity_counts_for_the_rep_and_records_nothing()
        {
            var outcome = InvolvementDetector.ActivityCreated(RileysDeal(), By(Riley), ActivityKind.Email, Guid.NewGuid(), ChainMustNotLoad());

            Assert.IsNull(outcome.Signal);
            Assert.AreEqual(ActivityAuthor.Owner, outcome.Author);
        }

        [TestMethod]
        public void A_colleagues_activity_counts_for_nobody()
        {
            var outcome = InvolvementDetector.ActivityCreated(RileysDeal(), By(Alex), ActivityKind.Email, Guid.NewGuid(), ChainOf(Riley));

            Assert.IsNull(outcome.Signal);
            Assert.AreEqual(ActivityAuthor.Other, outcome.Author);
        }

        [TestMethod]
        public void A_manager_the_action_does_not_name_is_named_from_the_chain()
        {
            var users = Users.Select(user => user.Id == Morgan ? user with { Name = "Morgan Lee" } : user).ToList();

            var outcome = InvolvementDetector.Closed(RileysDeal(), By(Morgan), DealClosing.Won, () => ManagerChain.Walk(Riley, 2, users));

            Assert.AreEqual("Morgan Lee (Riley Chen's manager) closed \"Contoso renewal\" as won instead of Riley Chen.", outcome.Signal!.Details);
        }

        [TestMethod]
        public void Without_names_the_details_still_read_as_a_sentence()
        {
            var deal = new OwnedDeal(Deal, Riley, DealOwnerType.User);

            var outcome = InvolvementDetector.Closed(deal, By(Morgan), DealClosing.Won, ChainOf(Riley));

            Assert.AreEqual("A manager (the rep's manager) closed a deal as won instead of the rep.", outcome.Signal!.Details);
        }

        [TestMethod]
        public void The_same_operation_retried_gives_the_same_idempotency_key()
        {
            var first = InvolvementDetector.KeyFieldsEdited(RileysDeal(), By(Morgan), StageChange, ChainOf(Riley)).Signal!;
            var retry = InvolvementDetector.KeyFieldsEdited(RileysDeal(), By(Morgan), StageChange, ChainOf(Riley)).Signal!;
            var later = InvolvementDetector.KeyFieldsEdited(RileysDeal(), By(Morgan, operation: Guid.NewGuid()), StageChange, ChainOf(Riley)).Signal!;

            Assert.AreEqual(first.IdempotencyKey, retry.IdempotencyKey);
            Assert.AreEqual("100000000-11111111111111111111111111111111-22222222222222222222222222222222", first.IdempotencyKey);
            Assert.AreNotEqual(first.IdempotencyKey, later.IdempotencyKey);
        }

        [TestMethod]
        public void An_activity_signal_is_keyed_by_the_activity_alone()
        {
            var activity = new Guid("33333333-3333-3333-3333-333333333333");

            var first = InvolvementDetector.ActivityCreated(RileysDeal(), By(Morgan), ActivityKind.Task, activity, ChainOf(Riley)).Signal!;
            var retry = InvolvementDetector.ActivityCreated(RileysDeal(), By(Morgan, operation: Guid.NewGuid()), ActivityKind.Task, activity, ChainOf(Riley)).Signal!;

            Assert.AreEqual("100000003-33333333333333333333333333333333", first.IdempotencyKey);
            Assert.AreEqual(first.IdempotencyKey, retry.IdempotencyKey);
        }

        [TestMethod]
        public void Winning_and_losing_in_the_same_operation_are_different_events()
        {
            var won = InvolvementDetector.Closed(RileysDeal(), By(Morgan), DealClosing.Won, ChainOf(Riley)).Signal!;
            var lost = InvolvementDetector.Closed(RileysDeal(), By(Morgan), DealClosing.Lost, ChainOf(Riley)).Signal!;

            Assert.AreNotEqual(won.IdempotencyKey, lost.IdempotencyKey);
        }

        [TestMethod]
        public void Missing_inputs_are_refused()
        {
            Assert.ThrowsExactly<ArgumentNullException>(() => InvolvementDetector.KeyFieldsEdited(null!, By(Morgan), StageChange, ChainOf(Riley)));
            Assert.ThrowsExactly<ArgumentNullException>(() => InvolvementDetector.Closed(RileysDeal(), null!, DealClosing.Won, ChainOf(Riley)));
            Assert.ThrowsExactly<ArgumentNullException>(() => InvolvementDetector.ActivityCreated(RileysDeal(), By(Morgan), ActivityKind.Task, Guid.NewGuid(), null!));
            Assert.ThrowsExactly<ArgumentException>(() => InvolvementDetector.ActivityCreated(RileysDeal(), By(Morgan), ActivityKind.Task, Guid.Empty, ChainOf(Riley)));
            Assert.ThrowsExactly<ArgumentException>(() => new OwnedDeal(Guid.Empty, Riley, DealOwnerType.User));
            Assert.ThrowsExactly<ArgumentException>(() => new DealAction(Guid.Empty, Monday, Operation));
        }
    }
}
