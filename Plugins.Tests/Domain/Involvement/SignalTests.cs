using System;
using System.Linq;
using CrmIndependence.Plugins.Involvement;
using CrmIndependence.Plugins.Signals;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static CrmIndependence.Plugins.Tests.Domain.Involvement.SalesOrg;

namespace CrmIndependence.Plugins.Tests.Domain.Involvement
{
    [TestClass]
    public sealed class SignalTests
    {
        [TestMethod]
        [DataRow(SignalKind.ManagerEditedDeal, 100000000, 5)]
        [DataRow(SignalKind.ManagerClosedDeal, 100000001, 15)]
        [DataRow(SignalKind.ManagerTookOverDeal, 100000002, 20)]
        [DataRow(SignalKind.ManagerActivityOnDeal, 100000003, 3)]
        [DataRow(SignalKind.DealTakeOverByShare, 100000004, 15)]
        [DataRow(SignalKind.FastResponse, 100000005, 3)]
        [DataRow(SignalKind.UnnecessaryEscalation, 100000006, 5)]
        [DataRow(SignalKind.ManagerOverrideWithinAuthority, 100000007, 10)]
        [DataRow(SignalKind.StageGateBlocked, 100000008, 4)]
        [DataRow(SignalKind.CoachingSkipped, 100000009, 10)]
        [DataRow(SignalKind.WonWithoutApproval, 100000010, 4)]
        public void Each_kind_has_a_stable_option_value_and_a_default_weight(SignalKind kind, int optionValue, int weight)
        {
            Assert.AreEqual(optionValue, (int)kind);
            Assert.AreEqual(kind, SignalKinds.FromOptionValue(optionValue));
            Assert.AreEqual(weight, SignalKinds.DefaultWeight(kind));
            Assert.IsFalse(string.IsNullOrWhiteSpace(SignalKinds.Label(kind)));
        }

        [TestMethod]
        public void There_are_eleven_kinds_and_an_unknown_option_value_is_no_kind()
        {
            Assert.HasCount(11, SignalKinds.All);
            Assert.IsNull(SignalKinds.FromOptionValue(100000011));
            Assert.IsNull(SignalKinds.FromOptionValue(1));
        }

        [TestMethod]
        public void Manager_involvement_is_the_manager_doing_the_reps_work_or_overriding_their_decision()
        {
            var involvement = SignalKinds.All.Where(SignalKinds.IsManagerInvolvement).ToArray();

            CollectionAssert.AreEquivalent(
                new[]
                {
                    SignalKind.ManagerEditedDeal, SignalKind.ManagerClosedDeal, SignalKind.ManagerTookOverDeal,
                    SignalKind.ManagerActivityOnDeal, SignalKind.DealTakeOverByShare, SignalKind.ManagerOverrideWithinAuthority,
                },
                involvement);
        }

        [TestMethod]
        public void Won_without_approval_is_the_reps_own_breach_weighted_like_a_missed_stage_gate_not_manager_involvement()
        {
            Assert.AreEqual("won without approval", SignalKinds.Label(SignalKind.WonWithoutApproval));
            Assert.AreEqual(SignalKinds.DefaultWeight(SignalKind.StageGateBlocked), SignalKinds.DefaultWeight(SignalKind.WonWithoutApproval));
            Assert.IsFalse(SignalKinds.IsManagerInvolvement(SignalKind.WonWithoutApproval));
            Assert.IsFalse(SignalKinds.IsManagerInvolvement(SignalKind.StageGateBlocked));
        }

        [TestMethod]
        public void A_signal_takes_its_kinds_weight_unless_given_another_that_is_not_negative()
        {
            var signal = NewSignal(SignalKind.FastResponse);

            Assert.AreEqual(3, signal.Weight);
            Assert.AreEqual(8, (signal with { Weight = 8 }).Weight);
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => signal with { Weight = -1 });
        }

        [TestMethod]
        public void A_signal_time_without_a_kind_is_taken_as_utc()
        {
            var signal = new Signal(SignalKind.FastResponse, Riley, new DateTime(2024, 5, 13, 10, 0, 0, DateTimeKind.Unspecified), "Answered fast.", "k");

            Assert.AreEqual(DateTimeKind.Utc, signal.OccurredOnUtc.Kind);
            Assert.AreEqual(10, signal.OccurredOnUtc.Hour);
        }

        [TestMethod]
        public void Long_details_are_cut_to_fit_the_column()
        {
            var signal = new Signal(SignalKind.FastResponse, Riley, Monday, new string('x', 5000), "k");

            Assert.HasCount(Signal.MaximumDetailsLength, signal.Details);
            StringAssert.EndsWith(signal.Details, "…");
        }

        [TestMethod]
        public void A_gate_name_is_kept_as_given_blank_as_none_and_cut_to_fit_its_column()
        {
            var signal = new Signal(SignalKind.StageGateBlocked, Riley, Monday, "Allowed to Develop.", "k");

            Assert.AreEqual("Identify the decision maker", (signal with { GateName = "Identify the decision maker" }).GateName);
            Assert.IsNull((signal with { GateName = "  " }).GateName);
            var cut = (signal with { GateName = new string('g', 1000) }).GateName!;
            Assert.HasCount(Signal.MaximumGateNameLength, cut);
            StringAssert.EndsWith(cut, "…");
        }

        [TestMethod]
        public void A_signal_needs_a_rep_details_and_a_key()
        {
            Assert.ThrowsExactly<ArgumentException>(() => new Signal(SignalKind.FastResponse, Guid.Empty, Monday, "d", "k"));
            Assert.ThrowsExactly<ArgumentException>(() => new Signal(SignalKind.FastResponse, Riley, Monday, " ", "k"));
            Assert.ThrowsExactly<ArgumentException>(() => new Signal(SignalKind.FastResponse, Riley, Monday, "d", ""));
            Assert.ThrowsExactly<ArgumentException>(() => new Signal(SignalKind.FastResponse, Riley, Monday, "d", new string('k', 101)));
        }

        [TestMethod]
        [DataRow("email", ActivityKind.Email)]
        [DataRow("phonecall", ActivityKind.PhoneCall)]
        [DataRow("Task", ActivityKind.Task)]
        [DataRow("appointment", ActivityKind.Appointment)]
        public void The_four_activity_tables_count_as_work_on_a_deal(string table, ActivityKind kind)
        {
            Assert.AreEqual(kind, ActivityKinds.FromLogicalName(table));
            Assert.AreEqual(table.ToLowerInvariant(), ActivityKinds.LogicalName(kind));
        }

        [TestMethod]
        [DataRow("cri_helprequest")]
        [DataRow("opportunityclose")]
        [DataRow("letter")]
        [DataRow("")]
        [DataRow(null)]
        public void Other_activities_do_not_count(string? table)
        {
            Assert.IsNull(ActivityKinds.FromLogicalName(table));
        }

        [TestMethod]
        public void The_filtering_attributes_are_the_key_fields_of_the_opportunity()
        {
            CollectionAssert.AreEqual(
                KeyDealFields.All.Where(column => column != KeyDealFields.ProcessActiveStage).ToArray(),
                KeyDealFields.FilteringAttributes.Split(','));
        }

        private static Signal NewSignal(SignalKind kind) => new Signal(kind, Riley, Monday, "Something happened.", "key");
    }
}
