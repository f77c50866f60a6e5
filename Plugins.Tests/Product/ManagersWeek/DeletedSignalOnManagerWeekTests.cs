using System.Linq;
using CrmIndependence.Plugins.ManagersWeek.Steps;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.Coaching;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Product.ManagersWeek
{
    /// <summary>
    /// A dependency signal deleted (a System Administrator cleaning up one recorded in error: no shipped role deletes
    /// signals) comes off the manager's week as it comes off the rep's score, so a manager's figures add up to the
    /// signals that exist.
    /// </summary>
    [TestClass]
    public sealed class DeletedSignalOnManagerWeekTests
    {
        [TestMethod]
        public void Deleting_a_take_over_signal_takes_the_take_over_off_the_managers_week()
        {
            var org = new SalesOrg();
            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);
            org.AssignToSelf(org.Max, org.RileysDeal);
            Assert.AreEqual(2, org.WeekOf(org.Max).GetAttributeValue<int>(ManagerWeekTable.Interventions));
            var takeOver = org.SignalsOf(DependencySignal.KindOption.ManagerTookOverDeal).Single();

            org.As(org.SystemAdministrator).Delete(DependencySignal.EntityName, takeOver.Id);

            var week = org.WeekOf(org.Max);
            Assert.AreEqual(0, week.GetAttributeValue<int>(ManagerWeekTable.TakeOvers));
            Assert.AreEqual(1, week.GetAttributeValue<int>(ManagerWeekTable.DealEdits), "the other signal still counts");
            Assert.AreEqual(1, week.GetAttributeValue<int>(ManagerWeekTable.Interventions));
            org.NoAsyncFailures();
        }

        [TestMethod]
        public void A_signal_job_that_runs_after_its_signal_was_deleted_counts_nothing_on_the_managers_week()
        {
            var org = new SalesOrg();
            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);
            org.AssignToSelf(org.Max, org.RileysDeal);
            var job = org.Org.LastOperation!.RunsOf<CountSignalOnManagerWeek>().Single();
            org.As(org.SystemAdministrator).Delete(DependencySignal.EntityName, org.SignalsOf(DependencySignal.KindOption.ManagerTookOverDeal).Single().Id);

            var trace = PluginHarness.Replay(org, job);

            Assert.AreEqual(0, org.WeekOf(org.Max).GetAttributeValue<int>(ManagerWeekTable.TakeOvers));
            StringAssert.Contains(string.Join("\n", trace), "deleted before this job ran");
        }

        [TestMethod]
        public void Deleting_a_signal_the_week_never_counted_leaves_its_figures_as_they_are()
        {
            var org = new SalesOrg();
            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);
            org.LogActivity(org.Riley, org.RileysDeal);
            var before = org.WeekOf(org.Max).GetAttributeValue<string>(ManagerWeekTable.CountedEvents);
            var edit = org.SignalsOf(DependencySignal.KindOption.ManagerEditedDeal).Single();
            org.As(org.SystemAdministrator).Delete(DependencySignal.EntityName, edit.Id);
            Assert.AreEqual(0, org.WeekOf(org.Max).GetAttributeValue<int>(ManagerWeekTable.DealEdits));

            // The same delete's step run again (the week no longer holds the signal): nothing changes.
            var deletion = org.Org.LastOperation!.RunsOf<TakeDeletedSignalOffManagerWeek>().Single();
            var trace = PluginHarness.Replay(org, deletion);

            Assert.AreEqual(0, org.WeekOf(org.Max).GetAttributeValue<int>(ManagerWeekTable.DealEdits));
            Assert.AreNotEqual(before, org.WeekOf(org.Max).GetAttributeValue<string>(ManagerWeekTable.CountedEvents));
            StringAssert.Contains(string.Join("\n", trace), "was not counted on the week");
        }
    }
}
