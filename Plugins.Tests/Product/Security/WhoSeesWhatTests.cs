using System;
using System.Linq;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.Coaching;
using CrmIndependence.Plugins.Tests.Product.DecisionAuthority;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Product.Security
{
    /// <summary>
    /// Who sees what, with the roles the install guide (docs/INSTALL.md) assigns (reps: Salesperson + CrmIndependence Rep;
    /// managers: Sales Manager + CrmIndependence Manager; the admin: CrmIndependence Admin) on rows the plugins wrote
    /// from what people did. Dataverse's rules: a role's depth decides which owners' rows a user reaches
    /// (learn.microsoft.com/power-platform/admin/security-roles-privileges), and the manager hierarchy model gives
    /// the direct manager the reports' rows and higher managers read (learn.microsoft.com/power-platform/admin/hierarchy-security).
    /// </summary>
    [TestClass]
    public sealed class WhoSeesWhatTests
    {
        [TestMethod]
        public void A_rep_reads_their_own_signals_scores_and_sessions_and_not_a_peers()
        {
            var org = TeamWithHistory(out var rileysSession, out var samsSession);

            CollectionAssert.AreEquivalent(new[] { org.Riley.Id }, RepsOf(org.As(org.Riley), DependencySignal.EntityName, DependencySignal.RepId));
            CollectionAssert.AreEquivalent(new[] { org.Riley.Id }, RepsOf(org.As(org.Riley), IndependenceScore.EntityName, IndependenceScore.RepId));
            CollectionAssert.AreEquivalent(new[] { rileysSession }, Ids(org.As(org.Riley), CoachingSession.EntityName));
            Assert.IsFalse(Ids(org.As(org.Riley), CoachingSession.EntityName).Contains(samsSession), "a peer's session");
        }

        [TestMethod]
        public void The_score_api_answers_a_rep_about_their_own_weeks()
        {
            var org = TeamWithHistory(out _, out _);

            var asRiley = org.As(org.Riley).Execute(ScoreOf(org.Riley));
            var asMax = org.As(org.Max).Execute(ScoreOf(org.Riley));

            // The API runs as the caller: a rep who could not read their own weeks would be told 100.
            Assert.IsTrue((int)asRiley.Results["Score"] < 100, "Max took Riley's deal over: Riley's own score shows it");
            Assert.AreEqual(asMax.Results["Score"], asRiley.Results["Score"], "the rep and the rep's manager get the same answer");
            Assert.AreEqual(1, asRiley.Results["TakeOvers"]);
        }

        [TestMethod]
        public void A_manager_reads_the_reports_rows_and_not_another_teams()
        {
            var org = TeamWithHistory(out var rileysSession, out var samsSession);
            var tomsSession = org.PlanSession(org.Olive, org.Tom, org.Org.Now.AddDays(1));

            CollectionAssert.AreEquivalent(new[] { org.Riley.Id, org.Sam.Id }, RepsOf(org.As(org.Max), DependencySignal.EntityName, DependencySignal.RepId));
            CollectionAssert.AreEquivalent(new[] { org.Riley.Id, org.Sam.Id }, RepsOf(org.As(org.Max), IndependenceScore.EntityName, IndependenceScore.RepId));
            CollectionAssert.AreEquivalent(new[] { rileysSession, samsSession }, Ids(org.As(org.Max), CoachingSession.EntityName));
            CollectionAssert.AreEquivalent(new[] { tomsSession }, Ids(org.As(org.Olive), CoachingSession.EntityName), "Olive's team only");
            Assert.AreEqual(0, RepsOf(org.As(org.Olive), DependencySignal.EntityName, DependencySignal.RepId).Length, "nothing happened in Olive's team");
        }

        [TestMethod]
        public void The_director_reads_the_whole_chain_below_them()
        {
            var org = TeamWithHistory(out var rileysSession, out var samsSession);

            CollectionAssert.AreEquivalent(new[] { org.Riley.Id, org.Sam.Id }, RepsOf(org.As(org.Director), IndependenceScore.EntityName, IndependenceScore.RepId));
            CollectionAssert.AreEquivalent(new[] { rileysSession, samsSession }, Ids(org.As(org.Director), CoachingSession.EntityName));
        }

        [TestMethod]
        public void Without_hierarchy_security_a_manager_reads_only_rows_they_own_as_the_install_guide_warns()
        {
            var org = TeamWithHistory(out _, out _, hierarchySecurity: false);

            Assert.AreEqual(0, RepsOf(org.As(org.Max), IndependenceScore.EntityName, IndependenceScore.RepId).Length, "the reps own their weeks");
            Assert.AreEqual(0, Ids(org.As(org.Max), CoachingSession.EntityName).Length, "the reps own their sessions");
            CollectionAssert.AreEquivalent(new[] { org.Riley.Id }, RepsOf(org.As(org.Riley), IndependenceScore.EntityName, IndependenceScore.RepId), "a rep still reads their own");
        }

        [TestMethod]
        public void Only_the_admin_writes_the_configuration()
        {
            var org = new SalesOrg();

            foreach (var user in new[] { org.Riley, org.Max, org.Director })
            {
                var message = SalesOrg.Refusal(() => org.As(user).Create(DiscountRule("Everyone up to 40 %")));
                StringAssert.Contains(message, "missing prvCreatecri_DecisionAuthority privilege", $"{user.FullName} has no create privilege on decision authority");
            }

            var id = org.As(org.Admin).Create(DiscountRule("Everyone up to 10 %"));

            Assert.AreEqual("Everyone up to 10 %", org.Org.Read(DecisionAuthorityTable.EntityName, id)!.GetAttributeValue<string>(DecisionAuthorityTable.PrimaryName));
            Assert.AreEqual(1, org.Org.Rows(DecisionAuthorityTable.EntityName).Count, "the refused rows were never saved");
        }

        [TestMethod]
        public void A_manager_plans_sessions_for_reps_of_their_business_unit_and_not_of_another()
        {
            var org = new SalesOrg();
            var west = org.Org.BusinessUnits.Add("West");
            var wes = org.Org.Security.AddUser("Wes West", west, org.Max, SalesOrg.RepRoles);

            var rileys = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1));
            var message = SalesOrg.Refusal(() => org.PlanSession(org.Max, wes, org.Org.Now.AddDays(1)));

            Assert.AreEqual(org.Riley.Id, org.Read(CoachingSession.EntityName, rileys).GetAttributeValue<EntityReference>(CoachingSession.OwnerId).Id, "the session belongs to its rep");
            StringAssert.Contains(message, "prvCreatecri_CoachingSession", "the Manager role creates sessions at business-unit depth: " + message);
            Assert.AreEqual(0, org.SessionsOf(wes).Length, "the refused session was never saved");
        }

        [TestMethod]
        public void Reps_and_managers_read_the_policy_and_only_the_admin_changes_it()
        {
            var org = new SalesOrg();
            org.Enforce();
            var policy = org.Org.Rows(EnvironmentVariableValue.EntityName).Single();

            foreach (var user in new[] { org.Riley, org.Max })
            {
                var read = org.As(user).Retrieve(EnvironmentVariableValue.EntityName, policy.Id, new ColumnSet(EnvironmentVariableValue.Value));
                StringAssert.Contains(read.GetAttributeValue<string>(EnvironmentVariableValue.Value), "enforce", user.FullName + " reads the policy in force");
                var refusal = SalesOrg.Refusal(() => org.As(user).Update(new Entity(EnvironmentVariableValue.EntityName, policy.Id) { [EnvironmentVariableValue.Value] = "{\"mode\":\"observe\"}" }));
                StringAssert.Contains(refusal, "prvWriteEnvironmentVariableValue", user.FullName + " cannot change it");
            }

            StringAssert.Contains(org.Org.Read(EnvironmentVariableValue.EntityName, policy.Id)!.GetAttributeValue<string>(EnvironmentVariableValue.Value), "enforce", "nothing was changed");
        }

        /// <summary>Max took over Riley's deal and edited Sam's; a session is planned for each of his reps.</summary>
        private static SalesOrg TeamWithHistory(out Guid rileysSession, out Guid samsSession, bool hierarchySecurity = true)
        {
            var org = new SalesOrg(hierarchySecurity: hierarchySecurity);
            org.AssignToSelf(org.Max, org.RileysDeal);
            org.Edit(org.Max, org.SamsDeal, Opportunity.EstimatedValue);
            rileysSession = org.Org.Rows(CoachingSession.EntityName).FirstOrDefault(s => s.GetAttributeValue<EntityReference>(CoachingSession.RepId).Id == org.Riley.Id)?.Id
                ?? org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1));
            samsSession = org.Org.Rows(CoachingSession.EntityName).FirstOrDefault(s => s.GetAttributeValue<EntityReference>(CoachingSession.RepId).Id == org.Sam.Id)?.Id
                ?? org.PlanSession(org.Max, org.Sam, org.Org.Now.AddDays(1));
            org.NoAsyncFailures();
            return org;
        }

        private static OrganizationRequest ScoreOf(User rep) =>
            new OrganizationRequest("cri_GetIndependenceScore") { ["RepId"] = rep.ToEntityReference(), ["Days"] = 7 };

        private static Entity DiscountRule(string name) => new Entity(DecisionAuthorityTable.EntityName)
        {
            [DecisionAuthorityTable.PrimaryName] = name,
            [DecisionAuthorityTable.DecisionType] = new OptionSetValue(DecisionAuthorityTable.DecisionTypeOption.DiscountPercent),
            [DecisionAuthorityTable.AppliesTo] = new OptionSetValue(DecisionAuthorityTable.AppliesToOption.Everyone),
            [DecisionAuthorityTable.Limit] = 10m,
        };

        private static Guid[] RepsOf(IOrganizationService service, string table, string repColumn) =>
            service.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(repColumn) }).Entities
                .Select(row => row.GetAttributeValue<EntityReference>(repColumn).Id).Distinct().ToArray();

        private static Guid[] Ids(IOrganizationService service, string table) =>
            service.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(false) }).Entities.Select(row => row.Id).ToArray();
    }
}
