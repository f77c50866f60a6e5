using System;
using System.Linq;
using CrmIndependence.Plugins.DecisionAuthority.Steps;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.DecisionAuthority;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Table = CrmIndependence.Plugins.Schema.DecisionAuthorityTable;

namespace CrmIndependence.Plugins.Tests.Product.Configuration
{
    /// <summary>
    /// One admin typo cannot hurt users: a decision-authority row the rules could not use is refused when saved, with
    /// the field to fix; a broken row that exists anyway (imported) is skipped with one trace line per execution and
    /// never fails a user's save. The column is checked against the org's metadata
    /// (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.retrieveentityrequest).
    /// </summary>
    [TestClass]
    public sealed class DecisionAuthorityRowTests
    {
        [TestMethod]
        public void A_row_on_a_column_that_does_not_exist_is_refused_naming_the_field()
        {
            var org = new SalesOrg();

            var message = SalesOrg.Refusal(() => org.As(org.Admin).Create(ColumnRow("Probability", "cri_closeprobabilty")));

            Assert.AreEqual(
                "The decision authority row 'Probability' was not saved: Column (cri_column): its column 'cri_closeprobabilty' is not a column of opportunity " +
                "(give the logical name of a money, decimal, floating point or whole number column, such as closeprobability).",
                message);
            Assert.AreEqual(0, org.Org.Rows(Table.EntityName).Count);
        }

        [TestMethod]
        public void A_row_on_a_column_that_holds_no_number_is_refused()
        {
            var org = new SalesOrg();

            var message = SalesOrg.Refusal(() => org.As(org.Admin).Create(ColumnRow("Deal name", "name")));

            StringAssert.Contains(message, "Column (cri_column): its column 'name' is a Text column, and decision authority compares numbers");
        }

        [TestMethod]
        public void A_row_on_a_number_column_of_the_deal_is_saved()
        {
            var org = new SalesOrg();

            var id = org.As(org.Admin).Create(ColumnRow("Probability", "closeprobability"));

            Assert.IsNotNull(org.Org.Read(Table.EntityName, id));
        }

        [TestMethod]
        [DataRow(-5, "Limit (cri_limit): its limit -5 is negative (give 0 or more)")]
        [DataRow(150, "Limit (cri_limit): its limit 150 is more than 100 for a discount percentage (give 0 to 100)")]
        public void A_limit_out_of_range_is_refused(int limit, string expected)
        {
            var org = new SalesOrg();

            var message = SalesOrg.Refusal(() => org.As(org.Admin).Create(DiscountRow("Rep discounts", Table.AppliesToOption.Everyone, limit)));

            Assert.AreEqual($"The decision authority row 'Rep discounts' was not saved: {expected}.", message);
        }

        [TestMethod]
        public void A_user_scoped_row_without_a_user_and_without_a_limit_is_refused_with_both_fields()
        {
            var org = new SalesOrg();
            var row = DiscountRow("Riley's discounts", Table.AppliesToOption.User, null);

            var message = SalesOrg.Refusal(() => org.As(org.Admin).Create(row));

            Assert.AreEqual(
                "The decision authority row 'Riley's discounts' was not saved: User (cri_userid): it applies to a user but names none; " +
                "Limit (cri_limit): it has no limit (give the highest value that may be decided alone, 0 for none).",
                message);
        }

        [TestMethod]
        public void An_update_that_would_break_a_row_is_refused_and_the_row_keeps_its_limit()
        {
            var org = new SalesOrg();
            var admin = org.Admin;
            var id = org.As(admin).Create(DiscountRow("Rep discounts", Table.AppliesToOption.Everyone, 10));

            var message = SalesOrg.Refusal(() => org.As(admin).Update(new Entity(Table.EntityName, id) { [Table.Limit] = -1m }));

            StringAssert.Contains(message, "Limit (cri_limit): its limit -1 is negative");
            Assert.AreEqual(10m, org.Read(Table.EntityName, id).GetAttributeValue<decimal>(Table.Limit));
        }

        [TestMethod]
        public void A_broken_imported_row_can_be_switched_off()
        {
            var org = new SalesOrg();
            var broken = org.DiscountAuthority(Table.AppliesToOption.Everyone, -5m, name: "Imported", imported: true);

            org.As(org.Admin).Update(new Entity(Table.EntityName, broken) { [Table.StateCode] = new OptionSetValue(1), [Table.StatusCode] = new OptionSetValue(2) });

            Assert.AreEqual(1, org.Read(Table.EntityName, broken).GetAttributeValue<OptionSetValue>(Table.StateCode).Value);
        }

        [TestMethod]
        public void A_save_that_switches_a_row_off_is_not_checked_even_with_other_columns_in_it()
        {
            // Dataverse saves state and other columns in two parts (https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior);
            // the check runs once, in PreValidation, on the whole save.
            var org = new SalesOrg();
            var broken = org.DiscountAuthority(Table.AppliesToOption.Everyone, -5m, name: "Imported", imported: true);

            org.As(org.Admin).Update(new Entity(Table.EntityName, broken)
            {
                [Table.PrimaryName] = "Imported (off)",
                [Table.StateCode] = new OptionSetValue(1),
                [Table.StatusCode] = new OptionSetValue(2),
            });

            var row = org.Read(Table.EntityName, broken);
            Assert.AreEqual("Imported (off)", row.GetAttributeValue<string>(Table.PrimaryName));
            Assert.AreEqual(1, row.GetAttributeValue<OptionSetValue>(Table.StateCode).Value);
        }

        [TestMethod]
        public void A_broken_column_row_that_exists_anyway_never_fails_a_discount_edit_and_is_traced_once_per_execution()
        {
            var org = new SalesOrg().WithDiscountAuthority();
            org.Org.Seed(ColumnRow("Imported probability", "cri_nosuchcolumn"));
            org.Enforce();

            org.SetDiscount(org.Riley, org.RileysDeal, 15m);
            org.Edit(org.Riley, org.RileysDeal, Opportunity.EstimatedValue, new Money(60_000m));

            Assert.AreEqual(60_000m, org.Read(Opportunity.EntityName, org.RileysDeal).GetAttributeValue<Money>(Opportunity.EstimatedValue).Value);
            Assert.AreEqual(Opportunity.ApprovalStatusOption.Required, org.ApprovalOf(org.RileysDeal), "the valid rows still apply");
            var run = org.Org.LastOperation!.RunsOf<GovernDecisionAuthority>().Single();
            Assert.AreEqual(1, run.Trace.Count(line => line.Contains("'Imported probability'", StringComparison.Ordinal)), string.Join("\n", run.Trace));
            StringAssert.Contains(run.Trace.Single(line => line.Contains("'Imported probability'", StringComparison.Ordinal)), "is not a column of opportunity");
        }

        private static Entity ColumnRow(string name, string column) => new Entity(Table.EntityName)
        {
            [Table.PrimaryName] = name,
            [Table.DecisionType] = new OptionSetValue(Table.DecisionTypeOption.Column),
            [Table.Column] = column,
            [Table.AppliesTo] = new OptionSetValue(Table.AppliesToOption.Everyone),
            [Table.Limit] = 70m,
        };

        private static Entity DiscountRow(string name, int appliesTo, int? limit)
        {
            var row = new Entity(Table.EntityName)
            {
                [Table.PrimaryName] = name,
                [Table.DecisionType] = new OptionSetValue(Table.DecisionTypeOption.DiscountPercent),
                [Table.AppliesTo] = new OptionSetValue(appliesTo),
            };
            if (limit.HasValue)
            {
                row[Table.Limit] = (decimal)limit.Value;
            }

            return row;
        }

    }
}
