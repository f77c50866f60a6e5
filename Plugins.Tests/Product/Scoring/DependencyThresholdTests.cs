using System;
using System.Linq;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Scoring
{
    /// <summary>
    /// <c>dependencyScoreThreshold</c> has an effect: each weekly score row carries the dependent flag, computed with the
    /// policy's threshold every time the row changes, and the rep's manager, for the manager views.
    /// </summary>
    [TestClass]
    public sealed class DependencyThresholdTests
    {
        [TestMethod]
        public void Two_take_overs_and_a_manager_edit_flag_the_rep_as_dependent_at_the_default_threshold()
        {
            var org = new SalesOrg();
            var secondDeal = org.Deal("Tailspin upgrade", org.Riley);

            org.AssignToSelf(org.Max, org.RileysDeal);                       // 20 → 80
            org.AssignToSelf(org.Max, secondDeal);                           // 20 → 60: not below 60
            Assert.AreEqual(60, ScoreOf(org, org.Riley));
            Assert.IsFalse(IsDependent(org, org.Riley), "a score of 60 is not below the threshold of 60");

            org.Edit(org.Max, org.SamsDeal, Opportunity.SalesStage);         // Sam's row, not Riley's
            Assert.AreEqual(60, ScoreOf(org, org.Riley));

            var thirdDeal = org.Deal("Wingtip renewal", org.Riley);
            org.Edit(org.Max, thirdDeal, Opportunity.SalesStage);            // 5 → 55
            Assert.AreEqual(55, ScoreOf(org, org.Riley));
            Assert.IsTrue(IsDependent(org, org.Riley));
            Assert.IsFalse(IsDependent(org, org.Sam), "Sam's week (95) is not flagged");
            Assert.AreEqual(0, org.Org.AsyncFailures.Count, org.AsyncFailureText());
        }

        [TestMethod]
        [DataRow(96, true)]
        [DataRow(95, false)]
        [DataRow(0, false)]
        public void The_policy_s_threshold_decides_the_flag(int threshold, bool dependent)
        {
            var org = new SalesOrg($"{{\"dependencyScoreThreshold\":{threshold}}}");

            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);       // 5 → 95

            Assert.AreEqual(95, ScoreOf(org, org.Riley));
            Assert.AreEqual(dependent, IsDependent(org, org.Riley), $"score 95 against a threshold of {threshold}");
        }

        [TestMethod]
        public void A_policy_change_applies_from_the_next_change_of_each_row()
        {
            var org = new SalesOrg("{\"dependencyScoreThreshold\":96}");
            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);       // 95, flagged under 96
            org.Edit(org.Max, org.SamsDeal, Opportunity.SalesStage);         // 95, flagged under 96
            Assert.IsTrue(IsDependent(org, org.Riley));

            org.SetPolicy("{\"dependencyScoreThreshold\":50}");
            org.Clock.Advance(TimeSpan.FromMinutes(2));                      // past the plugins' 60-second policy cache

            Assert.IsTrue(IsDependent(org, org.Riley), "the rows keep the flag they were written with until they change");
            org.LogActivity(org.Max, org.RileysDeal);                        // 3 → 92: Riley's row changes
            Assert.IsFalse(IsDependent(org, org.Riley), "Riley's row was rewritten with the new threshold");
            Assert.IsTrue(IsDependent(org, org.Sam), "Sam's row has not changed since");
        }

        [TestMethod]
        public void Signals_and_the_score_row_name_the_rep_s_manager_even_when_someone_higher_acted()
        {
            var org = new SalesOrg();

            org.Edit(org.Director, org.RileysDeal, Opportunity.SalesStage);

            var signal = org.Signals().Single();
            Assert.AreEqual(org.Director.Id, signal.GetAttributeValue<EntityReference>(DependencySignal.ManagerId).Id, "the manager who stepped in");
            Assert.AreEqual(org.Max.Id, signal.GetAttributeValue<EntityReference>(DependencySignal.RepManagerId).Id, "Riley's own manager");
            Assert.AreEqual(org.Max.Id, ScoreRow(org, org.Riley).GetAttributeValue<EntityReference>(IndependenceScore.RepManagerId).Id);
        }

        [TestMethod]
        public void A_rep_who_moves_to_another_manager_shows_on_the_new_manager_s_row_from_the_next_signal()
        {
            var org = new SalesOrg();
            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);
            Assert.AreEqual(org.Max.Id, ScoreRow(org, org.Riley).GetAttributeValue<EntityReference>(IndependenceScore.RepManagerId).Id);

            org.Org.AsSystem.Update(new Entity(SystemUser.EntityName, org.Riley.Id) { [SystemUser.ParentSystemUserId] = org.Olive.ToEntityReference() });
            org.Edit(org.Olive, org.RileysDeal, Opportunity.CloseProbability);

            Assert.AreEqual(org.Olive.Id, ScoreRow(org, org.Riley).GetAttributeValue<EntityReference>(IndependenceScore.RepManagerId).Id);
            CollectionAssert.AreEqual(new[] { org.Max.Id, org.Olive.Id },
                org.Signals().Select(s => s.GetAttributeValue<EntityReference>(DependencySignal.RepManagerId).Id).ToArray(), "each signal keeps the manager of its day");
        }

        private static Entity ScoreRow(SalesOrg org, User rep) =>
            org.Org.Rows(IndependenceScore.EntityName).Single(row => row.GetAttributeValue<EntityReference>(IndependenceScore.RepId).Id == rep.Id);

        private static int ScoreOf(SalesOrg org, User rep) => ScoreRow(org, rep).GetAttributeValue<int>(IndependenceScore.Score);

        private static bool IsDependent(SalesOrg org, User rep) => ScoreRow(org, rep).GetAttributeValue<bool>(IndependenceScore.Dependent);
    }
}
