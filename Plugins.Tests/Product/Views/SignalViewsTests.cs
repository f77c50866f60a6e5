using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.Coaching;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using CrmIndependence.Plugins.Tests.Product.StageGates;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Views
{
    /// <summary>
    /// The dependency-signal views and chart, on signals the plugins record when managers step into deals and reps skip
    /// the process, run as the manager they are for: a manager's reps' signals (the rep's manager on the signal, whoever
    /// stepped in), this week or this month.
    /// </summary>
    [TestClass]
    public sealed class SignalViewsTests
    {
        private const string ThisWeek = "Dependency Signals on My Team This Week";
        private const string GateBlocks = "Stage-Gate Blocks This Month";
        private const string ByKind = "Signals by Kind";

        [TestMethod]
        [ShippedView(ThisWeek)]
        [ShippedView(ByKind)]
        public void This_week_s_signals_are_the_manager_s_reps_whoever_stepped_in_and_the_chart_counts_them_by_kind()
        {
            var org = new SalesOrg().WithStandardRequirements();
            org.Edit(org.Max, org.RileysDeal, Opportunity.EstimatedValue);
            org.LogActivity(org.Max, org.SamsDeal);
            org.Edit(org.Director, org.RileysDeal, Opportunity.CloseProbability);
            org.MoveTo(org.Sam, org.SamsDeal, Opportunity.SalesStageOption.Propose);           // observe mode: a stage-gate signal about Sam
            org.Edit(org.Olive, org.TomsDeal, Opportunity.EstimatedValue);
            org.NoAsyncFailures();

            var maxs = SignalsAbout(org, org.Riley, org.Sam);
            Assert.AreEqual(4, maxs.Count, "two edits, an activity, a stage gate (observe mode)");
            org.AssertView(org.Max, ThisWeek, maxs);
            org.AssertView(org.Olive, ThisWeek, SignalsAbout(org, org.Tom));
            org.AssertView(org.Director, ThisWeek, Array.Empty<Guid>(), "Dana's reports are the managers, none of whom had a signal");

            var chart = org.RunChart(org.Max, ByKind);
            CollectionAssert.AreEquivalent(
                new Dictionary<object, decimal>
                {
                    [DependencySignal.KindOption.ManagerEditedDeal] = 2,
                    [DependencySignal.KindOption.ManagerActivityOnDeal] = 1,
                    [DependencySignal.KindOption.StageGateBlocked] = 1,
                }.ToList(),
                chart.ToList());

            org.Clock.Advance(TimeSpan.FromDays(7));
            org.Edit(org.Max, org.RileysDeal, Opportunity.EstimatedCloseDate);
            var nextWeek = SignalsAbout(org, org.Riley, org.Sam).Except(maxs).ToList();
            Assert.AreEqual(1, nextWeek.Count);
            org.AssertView(org.Max, ThisWeek, nextWeek, "last week's signals have left the view");
            CollectionAssert.AreEquivalent(new Dictionary<object, decimal> { [DependencySignal.KindOption.ManagerEditedDeal] = 1 }.ToList(), org.RunChart(org.Max, ByKind).ToList());
        }

        [TestMethod]
        [ShippedView(GateBlocks)]
        public void Stage_gate_blocks_this_month_are_the_reps_moves_that_missed_exit_criteria_this_month()
        {
            var org = new SalesOrg().WithStandardRequirements();
            org.MoveTo(org.Riley, org.RileysDeal, Opportunity.SalesStageOption.Develop);   // 6 January: no decision maker
            org.Edit(org.Max, org.SamsDeal, Opportunity.EstimatedValue);                    // a manager edit, not a gate block
            org.MoveTo(org.Tom, org.TomsDeal, Opportunity.SalesStageOption.Develop);
            var january = org.StageGateSignals().Single(s => DealWork.RepOf(s) == org.Riley.Id).Id;

            org.AssertView(org.Max, GateBlocks, new[] { january });
            org.AssertView(org.Olive, GateBlocks, new[] { org.StageGateSignals().Single(s => DealWork.RepOf(s) == org.Tom.Id).Id });

            org.Clock.Advance(TimeSpan.FromDays(28));                                       // 3 February
            org.MoveTo(org.Riley, org.RileysDeal, Opportunity.SalesStageOption.Propose);   // still no calls logged
            var february = org.StageGateSignals().Single(s => DealWork.RepOf(s) == org.Riley.Id && s.Id != january).Id;
            org.AssertView(org.Max, GateBlocks, new[] { february }, "January's block is last month's");
            org.NoAsyncFailures();
        }

        [TestMethod]
        [ShippedView("Active Dependency Signals")]
        [ShippedView("Inactive Dependency Signals")]
        [ShippedView("Dependency Signal Advanced Find View")]
        [ShippedView("Dependency Signal Associated View")]
        [ShippedView("Quick Find Active Dependency Signals")]
        [ShippedView("Dependency Signal Lookup View")]
        public void The_standard_views_list_active_signals_and_the_ones_an_admin_deactivated_apart()
        {
            var org = new SalesOrg();
            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);
            org.AssignToSelf(org.Max, org.SamsDeal);
            org.Edit(org.Max, org.RileysDeal, Opportunity.CloseProbability);
            var signals = org.Signals();
            var edits = signals.Where(s => s.GetAttributeValue<OptionSetValue>(DependencySignal.Kind).Value == DependencySignal.KindOption.ManagerEditedDeal).Select(s => s.Id).ToList();
            var takeOver = signals.Single(s => s.GetAttributeValue<OptionSetValue>(DependencySignal.Kind).Value == DependencySignal.KindOption.ManagerTookOverDeal).Id;
            org.Org.AsSystem.Update(new Entity(DependencySignal.EntityName, edits[1]) { [DependencySignal.StateCode] = new OptionSetValue(1) });

            var active = new[] { edits[0], takeOver };
            org.AssertView(org.Max, "Active Dependency Signals", active);
            org.AssertView(org.Max, "Dependency Signal Advanced Find View", active);
            org.AssertView(org.Max, "Dependency Signal Associated View", active);
            org.AssertView(org.Max, "Dependency Signal Lookup View", active);
            org.AssertView(org.Max, "Inactive Dependency Signals", new[] { edits[1] });
            org.AssertView(org.Max, "Quick Find Active Dependency Signals", new[] { takeOver }, search: "manager took");
            org.NoAsyncFailures();
        }

        private static List<Guid> SignalsAbout(SalesOrg org, params User[] reps) =>
            org.Signals().Where(signal => reps.Any(rep => DealWork.RepOf(signal) == rep.Id)).Select(signal => signal.Id).ToList();
    }
}
