using System;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Bookkeeping
{
    /// <summary>
    /// Weekly scores and dependency signals are the suite's own record: a user cannot create one or change its
    /// figures (refused with a message saying what keeps them, before the privilege check); a figure sent back
    /// unchanged, or a column that is no figure (a signal's details), saves for someone whose roles let them write
    /// (a System Administrator); the suite's own roles let nobody write them at all.
    /// </summary>
    [TestClass]
    public sealed class ForgedScoresTests
    {
        [TestMethod]
        public void A_manager_cannot_raise_a_reps_weekly_score_by_hand()
        {
            var org = new SalesOrg();
            org.AssignToSelf(org.Max, org.RileysDeal);
            var row = WeekRow(org);

            var message = SalesOrg.Refusal(() => org.As(org.Max).Update(new Entity(IndependenceScore.EntityName, row.Id)
            {
                [IndependenceScore.Score] = 100,
                [IndependenceScore.ManagerTakeovers] = 0,
            }));

            Assert.AreEqual(
                "This weekly independence score was not saved: Score (cri_score) is kept by the suite from the week's dependency signals; " +
                "Manager take-overs (cri_managertakeovers) is kept by the suite from the week's dependency signals. Leave them out of the save.",
                message);
            Assert.AreEqual(80, WeekRow(org).GetAttributeValue<int>(IndependenceScore.Score));
        }

        [TestMethod]
        public void A_manager_cannot_clear_a_reps_dependent_flag_or_move_the_row_to_another_manager()
        {
            var org = new SalesOrg("{\"dependencyScoreThreshold\":90}");
            org.AssignToSelf(org.Max, org.RileysDeal);
            var row = WeekRow(org);
            Assert.IsTrue(row.GetAttributeValue<bool>(IndependenceScore.Dependent), "80 is below 90");

            var message = SalesOrg.Refusal(() => org.As(org.Max).Update(new Entity(IndependenceScore.EntityName, row.Id)
            {
                [IndependenceScore.Dependent] = false,
                [IndependenceScore.RepManagerId] = org.Olive.ToEntityReference(),
            }));

            StringAssert.Contains(message, "Dependent (cri_dependent) is kept by the suite");
            StringAssert.Contains(message, "Rep's manager (cri_repmanagerid) is kept by the suite");
            Assert.IsTrue(WeekRow(org).GetAttributeValue<bool>(IndependenceScore.Dependent));
            Assert.AreEqual(org.Max.Id, WeekRow(org).GetAttributeValue<EntityReference>(IndependenceScore.RepManagerId).Id);
        }

        [TestMethod]
        public void Not_even_a_system_administrator_can_change_a_weekly_score_or_a_signals_figures()
        {
            var org = new SalesOrg();
            org.AssignToSelf(org.Max, org.RileysDeal);
            var row = WeekRow(org);
            var signal = org.Signals().Single();

            var score = SalesOrg.Refusal(() => org.As(org.SystemAdministrator).Update(new Entity(IndependenceScore.EntityName, row.Id) { [IndependenceScore.Dependent] = true }));
            var weight = SalesOrg.Refusal(() => org.As(org.SystemAdministrator).Update(new Entity(DependencySignal.EntityName, signal.Id) { [DependencySignal.Weight] = 0m }));

            StringAssert.Contains(score, "Dependent (cri_dependent) is kept by the suite");
            StringAssert.Contains(weight, "Weight (cri_weight) is recorded by the suite");
            Assert.AreEqual(false, WeekRow(org).GetAttributeValue<bool?>(IndependenceScore.Dependent));
        }

        [TestMethod]
        public void A_score_row_sent_back_with_its_figures_unchanged_saves()
        {
            var org = new SalesOrg();
            org.AssignToSelf(org.Max, org.RileysDeal);
            var row = WeekRow(org);

            org.As(org.SystemAdministrator).Update(new Entity(IndependenceScore.EntityName, row.Id)
            {
                [IndependenceScore.PrimaryName] = "Riley, week 2",
                [IndependenceScore.Score] = row.GetAttributeValue<int>(IndependenceScore.Score),
            });

            Assert.AreEqual("Riley, week 2", WeekRow(org).GetAttributeValue<string>(IndependenceScore.PrimaryName));
        }

        [TestMethod]
        public void A_manager_s_roles_give_no_write_on_the_signals_and_scores_about_the_team()
        {
            var org = new SalesOrg();
            org.AssignToSelf(org.Max, org.RileysDeal);
            var signal = org.Signals().Single();

            var message = SalesOrg.Refusal(() => org.As(org.Max).Update(new Entity(DependencySignal.EntityName, signal.Id) { [DependencySignal.Details] = "never happened" }));

            StringAssert.Contains(message, "missing prvWrite");
            Assert.AreNotEqual("never happened", org.Signals().Single().GetAttributeValue<string>(DependencySignal.Details));
        }

        [TestMethod]
        public void Nobody_creates_a_weekly_score_by_hand()
        {
            var org = new SalesOrg();

            var message = SalesOrg.Refusal(() => org.As(org.Riley).Create(new Entity(IndependenceScore.EntityName)
            {
                [IndependenceScore.PrimaryName] = "My week",
                [IndependenceScore.RepId] = org.Riley.ToEntityReference(),
                [IndependenceScore.WeekStart] = new DateTime(2025, 1, 13, 0, 0, 0, DateTimeKind.Utc),
            }));

            StringAssert.StartsWith(message, "This weekly independence score was not saved: Weekly independence scores are created by the suite");
            Assert.AreEqual(0, org.Org.Rows(IndependenceScore.EntityName).Count);
        }

        [TestMethod]
        public void A_manager_cannot_record_a_dependency_signal_against_a_rep_by_hand()
        {
            var org = new SalesOrg();

            var message = SalesOrg.Refusal(() => org.As(org.Olive).Create(new Entity(DependencySignal.EntityName)
            {
                [DependencySignal.PrimaryName] = "Manager took over deal",
                [DependencySignal.Kind] = new OptionSetValue(DependencySignal.KindOption.ManagerTookOverDeal),
                [DependencySignal.RepId] = org.Riley.ToEntityReference(),
                [DependencySignal.IdempotencyKey] = "by-hand-1",
            }));

            StringAssert.StartsWith(message, "This dependency signal was not saved: Dependency signals are recorded by the suite");
            Assert.AreEqual(0, org.Signals().Length);
            Assert.AreEqual(0, org.Org.Rows(IndependenceScore.EntityName).Count);
        }

        [TestMethod]
        public void A_signal_cannot_be_moved_to_another_rep_or_kind_but_its_details_can_be_edited()
        {
            var org = new SalesOrg();
            org.AssignToSelf(org.Max, org.RileysDeal);
            var signal = org.Signals().Single();

            var message = SalesOrg.Refusal(() => org.As(org.SystemAdministrator).Update(new Entity(DependencySignal.EntityName, signal.Id)
            {
                [DependencySignal.RepId] = org.Sam.ToEntityReference(),
                [DependencySignal.Kind] = new OptionSetValue(DependencySignal.KindOption.FastResponse),
            }));
            org.As(org.SystemAdministrator).Update(new Entity(DependencySignal.EntityName, signal.Id) { [DependencySignal.Details] = "Riley was on leave; agreed in the 1:1." });

            StringAssert.Contains(message, "Kind (cri_kind) is recorded by the suite when it saw what happened; Rep (cri_repid) is recorded by the suite");
            var stored = org.Signals().Single();
            Assert.AreEqual(org.Riley.Id, DealWork.RepOf(stored));
            Assert.AreEqual("Riley was on leave; agreed in the 1:1.", stored.GetAttributeValue<string>(DependencySignal.Details));
        }

        private static Entity WeekRow(SalesOrg org) =>
            org.Org.Rows(IndependenceScore.EntityName).Single(row => row.GetAttributeValue<EntityReference>(IndependenceScore.RepId)?.Id == org.Riley.Id);
    }
}
