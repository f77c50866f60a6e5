using System;
using System.Collections.Generic;
using CrmIndependence.Plugins.Involvement;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static CrmIndependence.Plugins.Tests.Domain.Involvement.SalesOrg;

namespace CrmIndependence.Plugins.Tests.Domain.Involvement
{
    [TestClass]
    public sealed class ManagerChainTests
    {
        [TestMethod]
        public void The_chain_lists_managers_nearest_first_up_to_the_depth()
        {
            var chain = ManagerChain.Walk(Riley, 2, Users);

            CollectionAssert.AreEqual(new[] { Morgan, Dana }, ToArray(chain.Managers));
            Assert.AreEqual(ChainEnd.DepthLimit, chain.End);
            Assert.AreEqual(1, chain.LevelOf(Morgan));
            Assert.AreEqual(2, chain.LevelOf(Dana));
            Assert.AreEqual(0, chain.LevelOf(Sam));
        }

        [TestMethod]
        public void A_depth_of_one_is_the_direct_manager_only()
        {
            var chain = ManagerChain.Walk(Riley, 1, Users);

            CollectionAssert.AreEqual(new[] { Morgan }, ToArray(chain.Managers));
            Assert.IsFalse(chain.Contains(Dana));
        }

        [TestMethod]
        public void The_walk_stops_at_the_top_of_the_hierarchy()
        {
            var chain = ManagerChain.Walk(Riley, 10, Users);

            CollectionAssert.AreEqual(new[] { Morgan, Dana, Sam }, ToArray(chain.Managers));
            Assert.AreEqual(ChainEnd.TopOfHierarchy, chain.End);
        }

        [TestMethod]
        public void Peers_and_managers_of_other_teams_are_not_in_the_chain()
        {
            var chain = ManagerChain.Walk(Riley, 10, Users);

            Assert.IsFalse(chain.Contains(Alex));
            Assert.IsFalse(chain.Contains(Casey));
            Assert.IsFalse(chain.Contains(Riley));
        }

        [TestMethod]
        [DataRow(null)]
        [DataRow("00000000-0000-0000-0000-000000000000")]
        public void A_user_without_a_manager_has_an_empty_chain(string? manager)
        {
            var chain = ManagerChain.Walk(Riley, 2, new[] { new HierarchyUser(Riley, manager == null ? (Guid?)null : Guid.Parse(manager)) });

            Assert.IsEmpty(chain.Managers);
            Assert.AreEqual(ChainEnd.TopOfHierarchy, chain.End);
        }

        [TestMethod]
        public void A_cycle_back_to_the_owner_stops_the_walk_without_repeating_anyone()
        {
            var users = new[] { new HierarchyUser(Riley, Morgan), new HierarchyUser(Morgan, Riley) };

            var chain = ManagerChain.Walk(Riley, 10, users);

            CollectionAssert.AreEqual(new[] { Morgan }, ToArray(chain.Managers));
            Assert.AreEqual(ChainEnd.Cycle, chain.End);
            StringAssert.Contains(chain.Explanation, "cycle");
        }

        [TestMethod]
        public void A_cycle_above_the_owner_stops_the_walk()
        {
            var users = new[] { new HierarchyUser(Riley, Morgan), new HierarchyUser(Morgan, Dana), new HierarchyUser(Dana, Morgan) };

            var chain = ManagerChain.Walk(Riley, 10, users);

            CollectionAssert.AreEqual(new[] { Morgan, Dana }, ToArray(chain.Managers));
            Assert.AreEqual(ChainEnd.Cycle, chain.End);
        }

        [TestMethod]
        public void A_user_who_is_their_own_manager_has_an_empty_chain()
        {
            var chain = ManagerChain.Walk(Riley, 2, new[] { new HierarchyUser(Riley, Riley) });

            Assert.IsEmpty(chain.Managers);
            Assert.AreEqual(ChainEnd.Cycle, chain.End);
        }

        [TestMethod]
        public void A_deleted_direct_manager_ends_the_chain_before_them()
        {
            var chain = ManagerChain.Walk(Riley, 2, new[] { new HierarchyUser(Riley, Morgan) });

            Assert.IsEmpty(chain.Managers);
            Assert.AreEqual(ChainEnd.MissingManager, chain.End);
            StringAssert.Contains(chain.Explanation, "was not found");
        }

        [TestMethod]
        public void A_deleted_manager_higher_up_keeps_the_managers_below_them()
        {
            var chain = ManagerChain.Walk(Riley, 5, new[] { new HierarchyUser(Riley, Morgan), new HierarchyUser(Morgan, Dana) });

            CollectionAssert.AreEqual(new[] { Morgan }, ToArray(chain.Managers));
            Assert.AreEqual(ChainEnd.MissingManager, chain.End);
        }

        [TestMethod]
        public void An_owner_who_cannot_be_found_has_an_empty_chain()
        {
            var chain = ManagerChain.Walk(Guid.NewGuid(), 2, Users);

            Assert.IsEmpty(chain.Managers);
            Assert.AreEqual(ChainEnd.OwnerNotFound, chain.End);
        }

        [TestMethod]
        public void A_long_hierarchy_is_read_no_further_than_the_depth()
        {
            var lookups = 0;
            var chain = ManagerChain.Walk(Riley, 3, id =>
            {
                lookups++;
                return new HierarchyUser(id, Guid.NewGuid());
            });

            Assert.HasCount(3, chain.Managers);
            Assert.AreEqual(4, lookups);
        }

        [TestMethod]
        public void Repeated_rows_do_not_confuse_the_walk()
        {
            var users = new List<HierarchyUser>(Users) { new HierarchyUser(Riley, Casey) };

            var chain = ManagerChain.Walk(Riley, 1, users);

            CollectionAssert.AreEqual(new[] { Morgan }, ToArray(chain.Managers));
        }

        [TestMethod]
        public void A_depth_below_one_is_refused()
        {
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => ManagerChain.Walk(Riley, 0, Users));
        }

        private static Guid[] ToArray(IReadOnlyList<Guid> managers) => new List<Guid>(managers).ToArray();
    }
}
