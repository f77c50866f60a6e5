using System.Linq;
using CrmIndependence.Demo.Playing;
using CrmIndependence.Demo.Scenarios;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.SolutionPackage;
using CrmIndependence.Solution.Emulation;
using CrmIndependence.Solution.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Demo
{
    /// <summary>
    /// The demo plays its scenario as the people in it, each with the roles the install guide gives them, in an org
    /// with security and the manager hierarchy on: what its report shows is what those people could do and read.
    /// </summary>
    [TestClass]
    public sealed class PlayedAsUsersTests
    {
        private const string TwoTeams = """
            {
              "name": "Two teams",
              "users": [
                { "id": "dana", "name": "Dana Director" },
                { "id": "max", "name": "Max Manager", "manager": "dana" },
                { "id": "olive", "name": "Olive Manager", "manager": "dana" },
                { "id": "riley", "name": "Riley Rep", "manager": "max" },
                { "id": "sam", "name": "Sam Peer", "manager": "max" },
                { "id": "tom", "name": "Tom Rep", "manager": "olive" }
              ],
              "opportunities": [
                { "id": "d1", "name": "Contoso", "owner": "riley", "value": 50000 },
                { "id": "d2", "name": "Fabrikam", "owner": "sam", "value": 50000 },
                { "id": "d3", "name": "Northwind", "owner": "tom", "value": 50000 }
              ],
              "events": [
                { "day": 1, "type": "editDeal", "by": "max", "deal": "d1", "value": 60000 },
                { "day": 1, "type": "editDeal", "by": "max", "deal": "d2", "value": 60000 },
                { "day": 1, "type": "editDeal", "by": "olive", "deal": "d3", "value": 60000 }
              ]
            }
            """;

        private static PlayResult Play() => new ScenarioPlayer(SolutionTestLayout.SourceFolder).Play(ScenarioParser.Parse(TwoTeams, "two-teams.json"));

        [TestMethod]
        public void Whoever_has_reports_plays_as_a_sales_manager_and_everyone_else_as_a_rep()
        {
            var result = Play();

            Assert.IsTrue(result.Org.Options.Security, "the demo's org checks privileges");
            Assert.IsTrue(result.Org.Options.HierarchySecurity, "with the manager hierarchy on, as the install guide asks");
            foreach (var manager in new[] { "dana", "max", "olive" })
            {
                CollectionAssert.AreEquivalent(SuiteUsers.ManagerRoles, RoleNames(result, manager), manager);
            }

            foreach (var rep in new[] { "riley", "sam", "tom" })
            {
                CollectionAssert.AreEquivalent(SuiteUsers.RepRoles, RoleNames(result, rep), rep);
            }
        }

        [TestMethod]
        public void In_the_played_org_a_rep_reads_their_own_score_a_manager_their_teams_and_the_director_everyones()
        {
            var result = Play();

            Assert.AreEqual(0, result.Refusals.Count, string.Join("; ", result.Refusals.Select(refusal => refusal.Message)));
            CollectionAssert.AreEquivalent(new[] { "riley" }, ScoredReps(result, "riley"));
            CollectionAssert.AreEquivalent(new[] { "riley", "sam" }, ScoredReps(result, "max"));
            CollectionAssert.AreEquivalent(new[] { "tom" }, ScoredReps(result, "olive"));
            CollectionAssert.AreEquivalent(new[] { "riley", "sam", "tom" }, ScoredReps(result, "dana"), "a higher manager reads through the hierarchy");
        }

        private static string[] RoleNames(PlayResult result, string user) =>
            result.Org.Security.RolesOf(result.Users[user]).Select(role => role.Name).ToArray();

        /// <summary>The reps whose weekly score rows <paramref name="reader"/> can read, by scenario id.</summary>
        private static string[] ScoredReps(PlayResult result, string reader)
        {
            var byId = result.Users.ToDictionary(pair => pair.Value.Id, pair => pair.Key);
            var rows = result.Org.ServiceFor(result.Users[reader])
                .RetrieveMultiple(new QueryExpression(IndependenceScore.EntityName) { ColumnSet = new ColumnSet(IndependenceScore.RepId) })
                .Entities;
            return rows.Select(row => byId[row.GetAttributeValue<EntityReference>(IndependenceScore.RepId).Id]).Distinct().ToArray();
        }
    }
}
