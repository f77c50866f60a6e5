using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Solution.Validation;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.SolutionPackage
{
    /// <summary>
    /// Who may do what, read from the roles as they ship: only the admin role writes the configuration tables
    /// and the policy; reps create help requests and read their own sessions, signals and scores; managers hold
    /// user depth on the suite's rows, and the manager hierarchy security model (an install step) gives them
    /// their reports' rows, not the whole business unit; nobody but the suite writes signals and scores.
    /// </summary>
    [TestClass]
    public sealed class RolePrivilegeTests
    {
        private static readonly string[] ConfigurationTables = { "cri_DecisionAuthority", "cri_StageRequirement" };
        private static readonly string[] WriteVerbs = { "Create", "Write", "Delete", "Append", "AppendTo", "Assign", "Share" };

        private static Dictionary<string, string> Privileges(string roleName)
        {
            var zip = PackedZip.Read(SolutionTestLayout.Packed.UnmanagedZip);
            var role = zip.Roles.Single(r => (string)r.Attribute("name")! == roleName);
            return role.Element("RolePrivileges")!.Elements("RolePrivilege")
                .ToDictionary(p => (string)p.Attribute("name")!, p => (string)p.Attribute("level")!, StringComparer.Ordinal);
        }

        [TestMethod]
        public void The_three_roles_ship()
        {
            var zip = PackedZip.Read(SolutionTestLayout.Packed.UnmanagedZip);
            CollectionAssert.AreEquivalent(
                new[] { "CrmIndependence Rep", "CrmIndependence Manager", "CrmIndependence Admin" },
                zip.Roles.Select(r => (string)r.Attribute("name")!).ToList());
        }

        [TestMethod]
        [DataRow("CrmIndependence Rep")]
        [DataRow("CrmIndependence Manager")]
        public void Only_the_admin_writes_the_configuration_tables(string roleName)
        {
            var privileges = Privileges(roleName);
            foreach (var table in ConfigurationTables)
            {
                foreach (var verb in WriteVerbs)
                {
                    Assert.IsFalse(privileges.ContainsKey($"prv{verb}{table}"), $"{roleName} must not have prv{verb}{table}");
                }

                Assert.AreEqual("Global", privileges[$"prvRead{table}"], $"{roleName} reads {table} (plugins evaluate it as the calling user)");
            }
        }

        [TestMethod]
        public void The_admin_writes_the_configuration_tables_and_the_policy()
        {
            var privileges = Privileges("CrmIndependence Admin");
            foreach (var table in ConfigurationTables)
            {
                foreach (var verb in new[] { "Create", "Read", "Write", "Delete" })
                {
                    Assert.AreEqual("Global", privileges[$"prv{verb}{table}"], $"prv{verb}{table}");
                }
            }

            // Values the admin created (or that their owner team owns): not every environment variable of the org.
            Assert.AreEqual("Basic", privileges["prvWriteEnvironmentVariableValue"]);
            Assert.AreEqual("Basic", privileges["prvCreateEnvironmentVariableValue"]);
            Assert.IsFalse(privileges.ContainsKey("prvWriteEnvironmentVariableDefinition"), "definitions come with the solution");
            Assert.IsFalse(privileges.ContainsKey("prvDeleteEnvironmentVariableDefinition"), "definitions come with the solution");
        }

        [TestMethod]
        public void The_admin_role_stops_at_the_suite_s_configuration()
        {
            var privileges = Privileges("CrmIndependence Admin");

            Assert.IsFalse(privileges.Keys.Any(name => name.EndsWith("Activity", StringComparison.Ordinal)), "the admin role grants nothing on the org's activities");
            foreach (var table in new[] { "cri_DependencySignal", "cri_IndependenceScore", "cri_CoachingSession", "cri_CoachingTopic" })
            {
                Assert.AreEqual("Global", privileges[$"prvRead{table}"], $"the admin reads {table} to support users");
                foreach (var verb in new[] { "Create", "Write", "Assign", "Share" })
                {
                    Assert.IsFalse(privileges.ContainsKey($"prv{verb}{table}"), $"prv{verb}{table}: the suite writes these rows, not an admin");
                }
            }
        }

        [TestMethod]
        public void A_rep_creates_help_requests_and_reads_only_their_own_sessions_and_scores()
        {
            var privileges = Privileges("CrmIndependence Rep");
            Assert.AreEqual("Basic", privileges["prvCreateActivity"], "help requests are activities");
            Assert.AreEqual("Basic", privileges["prvReadcri_CoachingSession"]);
            Assert.AreEqual("Basic", privileges["prvReadcri_IndependenceScore"]);
            Assert.AreEqual("Basic", privileges["prvReadcri_DependencySignal"], "a rep reads the signals behind their own score");
            Assert.IsFalse(privileges.ContainsKey("prvWritecri_IndependenceScore"), "a rep cannot edit a score");
            Assert.IsFalse(privileges.ContainsKey("prvDeletecri_DependencySignal"), "a rep cannot delete a signal");
            Assert.IsFalse(privileges.ContainsKey("prvWriteEnvironmentVariableValue"), "a rep cannot change the policy");
        }

        [TestMethod]
        public void A_manager_holds_user_depth_and_reaches_the_team_through_the_manager_hierarchy_not_the_business_unit()
        {
            var privileges = Privileges("CrmIndependence Manager");
            foreach (var table in new[] { "cri_CoachingSession", "cri_DependencySignal", "cri_IndependenceScore", "cri_CoachingTopic" })
            {
                Assert.AreEqual("Basic", privileges[$"prvRead{table}"], table);
            }

            Assert.AreEqual("Basic", privileges["prvReadActivity"], "the reports' help requests come through hierarchy security");
            Assert.AreEqual("Basic", privileges["prvWriteActivity"], "answering a report's help request: hierarchy security gives the direct manager write");
            Assert.IsFalse(privileges.ContainsKey("prvWritecri_DependencySignal"), "a manager cannot edit the signals about them");
            Assert.IsFalse(privileges.ContainsKey("prvWritecri_IndependenceScore"), "a manager cannot edit a score");
        }

        [TestMethod]
        public void A_manager_reads_their_own_weeks_the_admin_all_of_them_and_no_role_writes_one()
        {
            Assert.AreEqual("Basic", Privileges("CrmIndependence Manager")["prvReadcri_ManagerWeek"], "a manager reads their own weeks; a director reaches their managers' through the hierarchy");
            Assert.AreEqual("Global", Privileges("CrmIndependence Admin")["prvReadcri_ManagerWeek"], "the admin reads every manager's weeks to support users");
            Assert.IsFalse(Privileges("CrmIndependence Rep").ContainsKey("prvReadcri_ManagerWeek"), "a rep does not read their manager's mirror");
            foreach (var role in new[] { "CrmIndependence Manager", "CrmIndependence Admin", "CrmIndependence Rep" })
            {
                foreach (var verb in new[] { "Create", "Write", "Delete", "Assign", "Share" })
                {
                    Assert.IsFalse(Privileges(role).ContainsKey($"prv{verb}cri_ManagerWeek"), $"{role}: prv{verb}cri_ManagerWeek; only the suite writes a manager's week");
                }
            }
        }

        [TestMethod]
        public void Every_privilege_of_the_solution_s_tables_names_a_table_it_defines()
        {
            var tables = SolutionTestLayout.Source.Model.SolutionOnly.Where(t => t.IsCustom).Select(t => t.SchemaName).ToHashSet(StringComparer.Ordinal);
            var zip = PackedZip.Read(SolutionTestLayout.Packed.UnmanagedZip);
            foreach (var privilege in zip.Roles.SelectMany(r => r.Descendants("RolePrivilege")))
            {
                var (verb, table) = SolutionValidator.SplitPrivilege((string)privilege.Attribute("name")!);
                Assert.IsNotNull(verb, (string)privilege.Attribute("name")!);
                if (table!.StartsWith("cri_", StringComparison.Ordinal))
                {
                    Assert.IsTrue(tables.Contains(table), table);
                }
            }
        }
    }
}
