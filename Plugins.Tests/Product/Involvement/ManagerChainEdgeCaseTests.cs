using System.Linq;
using CrmIndependence.Plugins.Involvement.Steps;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Product.Involvement
{
    /// <summary>Bad hierarchy data — a missing manager, no manager, a cycle — is traced, records nothing wrong and never fails.</summary>
    [TestClass]
    public sealed class ManagerChainEdgeCaseTests
    {
        [TestMethod]
        public void A_rep_without_a_manager_has_nobody_whose_edit_counts()
        {
            var org = new SalesOrg();
            var newHire = org.Org.Users.Add("Nia Newhire");
            var deal = org.Deal("Nia's first deal", newHire);

            org.Edit(org.Max, deal, Opportunity.SalesStage);

            Assert.AreEqual(0, org.Signals().Length);
            StringAssert.Contains(string.Join("\n", org.Org.LastOperation!.Trace), "has no manager in the chain");
            Assert.AreEqual(0, org.Org.AsyncFailures.Count);
        }

        [TestMethod]
        public void A_cyclic_manager_chain_stops_at_the_cycle_and_does_not_fail()
        {
            var org = new SalesOrg();
            org.Org.Users.SetManager(org.Director, org.Riley); // Riley > Max > Dana > Riley

            org.Edit(org.Olive, org.RileysDeal, Opportunity.SalesStage);
            org.Edit(org.Max, org.RileysDeal, Opportunity.CloseProbability);

            Assert.AreEqual(0, org.Org.AsyncFailures.Count, org.AsyncFailureText());
            Assert.AreEqual(1, org.Signals().Length, "Max is still Riley's manager; Olive is not in the chain");
            Assert.AreEqual(org.Max.Id, DealWork.ManagerOf(org.Signals().Single()));
        }

        [TestMethod]
        public void A_cycle_reached_within_the_depth_is_traced_as_a_cycle()
        {
            var org = new SalesOrg("{\"managerChainDepth\":5}");
            org.Org.Users.SetManager(org.Director, org.Riley);

            org.Edit(org.Olive, org.RileysDeal, Opportunity.SalesStage);

            Assert.AreEqual(0, org.Signals().Length);
            StringAssert.Contains(string.Join("\n", org.Org.LastOperation!.Trace), "a cycle");
            Assert.AreEqual(0, org.Org.AsyncFailures.Count);
        }

        /// <summary>
        /// Dataverse never deletes a systemuser row (it disables it), so the emulator refuses to; the step is run
        /// a second time with the manager's row hidden from its query, as if the manager were gone.
        /// </summary>
        [TestMethod]
        public void A_deleted_manager_ends_the_chain_and_records_nothing()
        {
            var org = new SalesOrg("{\"managerChainDepth\":1}");
            org.Edit(org.Director, org.RileysDeal, Opportunity.EstimatedValue);
            var run = org.Org.LastOperation!.RunsOf<DetectManagerDealChanges>().Single();
            Assert.AreEqual(0, org.Signals().Length, "with depth 1 Dana is not counted");
            org.SetPolicy("{\"managerChainDepth\":2}");

            var trace = PluginHarness.Replay(org, run, service => new InterceptingService(service)
            {
                AfterRetrieveMultiple = (query, rows) => WithoutUser(query, rows, org.Max.Id),
            });

            Assert.AreEqual(0, org.Signals().Length, "the walk stops at the missing manager, before Dana");
            StringAssert.Contains(string.Join("\n", trace), "was not found (deleted?)");

            PluginHarness.Replay(org, run);
            Assert.AreEqual(1, org.Signals().Length, "control: with Max present, Dana two levels up is counted");
        }

        [TestMethod]
        public void A_disabled_manager_stays_in_the_chain_so_the_director_above_still_counts()
        {
            var org = new SalesOrg();
            org.Org.Users.Disable(org.Max);

            org.Edit(org.Director, org.RileysDeal, Opportunity.SalesStage);

            Assert.AreEqual(1, org.SignalsOf(SignalKind.ManagerEditedDeal).Length);
        }

        [TestMethod]
        public void A_failure_to_record_a_signal_never_blocks_the_users_save()
        {
            var org = new SalesOrg();
            org.Org.Register<RefuseSignals>();

            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);

            Assert.AreEqual(Opportunity.SalesStageOption.Develop, org.Read(Opportunity.EntityName, org.RileysDeal).GetAttributeValue<OptionSetValue>(Opportunity.SalesStage).Value, "the edit is saved");
            Assert.IsTrue(org.Org.LastOperation!.Succeeded);
            Assert.AreEqual(1, org.Org.AsyncFailures.Count, "the failure is on the system job, for an admin to see");
            StringAssert.Contains(org.AsyncFailureText(), "signals are switched off");
            Assert.AreEqual(0, org.Signals().Length);
        }

        private static EntityCollection WithoutUser(QueryBase query, EntityCollection rows, System.Guid userId)
        {
            if (query is QueryExpression expression && expression.EntityName == SystemUser.EntityName)
            {
                foreach (var row in rows.Entities.Where(row => row.Id == userId).ToList())
                {
                    rows.Entities.Remove(row);
                }
            }

            return rows;
        }

        /// <summary>A test plug-in standing for any failure while a signal is written.</summary>
        [Step("Create", DependencySignal.EntityName, PipelineStage.PreOperation)]
        public sealed class RefuseSignals : IPlugin
        {
            public void Execute(System.IServiceProvider serviceProvider) =>
                throw new InvalidPluginExecutionException("signals are switched off in this test");
        }
    }
}
