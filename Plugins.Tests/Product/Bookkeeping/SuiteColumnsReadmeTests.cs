using System;
using System.IO;
using System.Linq;
using CrmIndependence.Plugins.Bookkeeping;
using CrmIndependence.Plugins.Bookkeeping.Steps;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.SdkConformance;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Bookkeeping
{
    /// <summary>The install guide's (docs/INSTALL.md) "What only the suite writes" says which columns are protected, and what guarding them costs.</summary>
    [TestClass]
    public sealed class SuiteColumnsReadmeTests
    {
        [TestMethod]
        public void The_readme_names_every_protected_column_of_deals_and_help_requests_and_every_suite_record()
        {
            var section = ReadmeSection("## What only the suite writes");

            foreach (var column in SuiteColumns.All.Where(column => column.Table == Opportunity.EntityName || column.Table == HelpRequest.EntityName))
            {
                StringAssert.Contains(section, $"`{column.Column}`", $"{column.Table}.{column.Column}");
                StringAssert.Contains(section, column.Label, $"{column.Table}.{column.Column}");
            }

            foreach (var column in SuiteColumns.All.Where(column => column.Table == DependencySignal.EntityName))
            {
                StringAssert.Contains(section, column.Label, $"{column.Table}.{column.Column}");
            }

            Assert.AreEqual(3, SuiteColumns.Records.Count);
            StringAssert.Contains(section, "creating a manager's week by hand is refused");
            StringAssert.Contains(section, "creating a score row by hand is refused");
            StringAssert.Contains(section, "recording a signal by hand is refused");
        }

        [TestMethod]
        public void The_guard_s_update_steps_watch_every_protected_column_of_their_table()
        {
            var steps = Plugins.Registration.RegistrationReader.Read(typeof(GuardSuiteColumns).Assembly).Steps
                .Where(step => step.PluginType == typeof(GuardSuiteColumns) && step.Message == "Update").ToList();
            foreach (var table in SuiteColumns.All.Select(column => column.Table).Distinct())
            {
                var watched = steps.Single(step => step.Table == table).FilteringAttributes;
                foreach (var column in SuiteColumns.Of(table).Where(column => column.ResponseTo("Update") != ForgedValueResponse.Allow))
                {
                    CollectionAssert.Contains(watched.ToList(), column.Column, $"the Update step on {table} does not watch {column.Column}");
                }
            }
        }

        [TestMethod]
        public void Guarding_a_users_save_costs_one_WhoAmI_per_organization_then_no_call()
        {
            var org = new SalesOrg();

            org.As(org.Riley).Update(new Entity(Opportunity.EntityName, org.RileysDeal) { [Opportunity.RepActivityCount] = 9 });
            var first = org.Org.LastOperation!.RunsOf<GuardSuiteColumns>().Single();
            org.As(org.Riley).Update(new Entity(Opportunity.EntityName, org.RileysDeal) { [Opportunity.RepActivityCount] = 10 });
            var second = org.Org.LastOperation!.RunsOf<GuardSuiteColumns>().Single();

            Assert.AreEqual(1, first.ServiceCalls);
            Assert.AreEqual(1, first.ServiceCallsByMessage["WhoAmI"]);
            Assert.AreEqual(0, second.ServiceCalls);
        }

        private static string ReadmeSection(string heading)
        {
            var readme = RepositoryLayout.Current.Text("docs/INSTALL.md");
            var start = readme.IndexOf(heading, StringComparison.Ordinal);
            Assert.IsTrue(start >= 0, $"docs/INSTALL.md has no '{heading}' section.");
            var end = readme.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
            return end < 0 ? readme.Substring(start) : readme.Substring(start, end - start);
        }
    }
}
