using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.StageGates;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static CrmIndependence.Plugins.Tests.Domain.StageGates.StageGateFixtures;

namespace CrmIndependence.Plugins.Tests.Domain.StageGates
{
    /// <summary>Requirement rows an admin got wrong: skipped, named, explained, never blocking.</summary>
    [TestClass]
    public sealed class StageRequirementReaderTests
    {
        private const int Ge = (int)RequirementOperator.GreaterOrEqual;
        private const int Eq = (int)RequirementOperator.Equal;

        private static StageRequirementRow HasValueRow => Base(RequirementKind.ColumnHasValue) with { Column = "name" };

        private static StageRequirementRow ConditionRow(string column, int? op, string? value) =>
            Base(RequirementKind.ColumnCondition) with { Column = column, Operator = op, Value = value };

        private static StageRequirementRow ActivitiesRow(string? activityType, int? count) =>
            Base(RequirementKind.CompletedActivities) with { ActivityType = activityType, Count = count };

        private static StageRequirementRow RelatedRow(string? table, string? lookup = null) =>
            Base(RequirementKind.RelatedRecordExists) with { RelatedTable = table, Column = lookup };

        private static StageRequirementRow Base(RequirementKind kind) =>
            new StageRequirementRow { Id = Guid.NewGuid(), Name = "Qualify check", Stage = 0, Kind = (int)kind, Message = "Do the thing" };

        /// <summary>A bad row and the problem it must be reported with.</summary>
        public static IEnumerable<object[]> BadRows => new[]
        {
            new object[] { HasValueRow with { Stage = null }, "it has no stage" },
            new object[] { HasValueRow with { Stage = 7 }, "its stage 7 is not a sales stage the suite knows (Qualify (0), Develop (1), Propose (2), Close (3))" },
            new object[] { HasValueRow with { Stage = -1 }, "its stage -1 is not a sales stage" },
            new object[] { HasValueRow with { Kind = null }, "it has no kind" },
            new object[] { HasValueRow with { Kind = 42 }, "its kind 42 is not a known kind (ColumnHasValue 100000000" },
            new object[] { HasValueRow with { Column = null }, "it names no column" },
            new object[] { HasValueRow with { Column = "  " }, "it names no column" },
            new object[] { HasValueRow with { Column = "decisionmakr" }, "its column 'decisionmakr' is not a column of opportunity" },
            new object[] { ConditionRow("budgetamount", null, "10000"), "a column condition without an operator (Equal 100000000" },
            new object[] { ConditionRow("budgetamount", 3, "10000"), "its operator 3 is not a known one (Equal 100000000, NotEqual 100000001" },
            new object[] { ConditionRow("budgetamount", Ge, null), "a column condition without a value" },
            new object[] { ConditionRow("budgetamount", Ge, ""), "a column condition without a value" },
            new object[] { ConditionRow("budgetamount", Ge, "lots"), "its value 'lots' is not valid for budgetamount, a Number column: write a number such as 1500.50" },
            new object[] { ConditionRow("closeprobability", Ge, "50.5"), "a WholeNumber column: write a whole number" },
            new object[] { ConditionRow("estimatedclosedate", Ge, "next friday"), "a DateTime column: write a date such as 2025-03-31" },
            new object[] { ConditionRow("decisionmaker", Eq, "maybe"), "a Boolean column: write true or false" },
            new object[] { ConditionRow("parentcontactid", Eq, "Ann Smith"), "a Lookup column: write a record id (GUID)" },
            new object[] { ConditionRow("purchasetimeframe", Eq, "This Quarter"), "a Choice column: write the choice's option value" },
            new object[] { ConditionRow("name", (int)RequirementOperator.GreaterThan, "M"), "its operator GreaterThan does not apply to name, a Text column" },
            new object[] { ConditionRow("budgetamount", (int)RequirementOperator.Contains, "1"), "its operator Contains does not apply to budgetamount, a Number column" },
            new object[] { ConditionRow("parentcontactid", (int)RequirementOperator.LessThan, Guid.NewGuid().ToString()), "does not apply to parentcontactid, a Lookup column" },
            new object[] { ActivitiesRow(null, 2), "names no activity type (email, phonecall, task, appointment)" },
            new object[] { ActivitiesRow("fax", 2), "its activity type 'fax' is not one the suite counts" },
            new object[] { ActivitiesRow("phonecall", -2), "its count -2 is negative" },
            new object[] { ActivitiesRow("phonecall", 0), "its count 0 asks for nothing" },
            new object[] { RelatedRow(null), "it asks for a related record but names no related table" },
            new object[] { RelatedRow("  "), "it asks for a related record but names no related table" },
            new object[] { RelatedRow("Sales Quote"), "its related table 'Sales Quote' must be the logical name of a table" },
            new object[] { RelatedRow("quote", "opportunity id"), "its column 'opportunity id' must be the logical name of quote's lookup to the deal" },
        };

        [TestMethod]
        public void With_the_deals_metadata_a_related_table_must_have_its_lookup_to_the_deal()
        {
            var deal = new DealMetadata(ColumnCatalog.StandardOpportunity, new[] { new RelatedRecordKey("quote", "opportunityid"), new RelatedRecordKey("task", "regardingobjectid") });

            var unknown = StageRequirementReader.Read(new[] { RelatedRow("qoute") }, deal).Problems.Single();
            var wrongLookup = StageRequirementReader.Read(new[] { RelatedRow("task", "opportunityid") }, deal).Problems.Single();
            var fine = StageRequirementReader.Read(new[] { RelatedRow("quote"), RelatedRow("task") }, deal);

            StringAssert.Contains(unknown.Problem, "its related table 'qoute' is not a table with a lookup to opportunity in this organization");
            Assert.AreEqual("Related Table (cri_relatedtable): " + unknown.Problem, unknown.InField);
            StringAssert.Contains(wrongLookup.Problem, "task has no lookup 'opportunityid' to opportunity (its lookups to opportunity: regardingobjectid)");
            Assert.AreEqual("cri_column", wrongLookup.Column);
            Assert.HasCount(2, fine.Requirements);
            Assert.IsEmpty(fine.Problems);
        }

        [TestMethod]
        [DynamicData(nameof(BadRows))]
        public void A_row_that_cannot_be_understood_is_skipped_and_reported_by_name(StageRequirementRow row, string expectedProblem)
        {
            var set = StageRequirementReader.Read(new[] { row }, ColumnCatalog.StandardOpportunity);

            Assert.IsEmpty(set.Requirements);
            var problem = set.Problems.Single();
            Assert.AreEqual(row.Id, problem.RowId);
            Assert.IsTrue(problem.RowSkipped);
            Assert.Contains(expectedProblem, problem.Problem);
            StringAssert.StartsWith(problem.ToString(), $"Stage requirement 'Qualify check' ({row.Id}): ");
            StringAssert.EndsWith(problem.ToString(), "The row is skipped until it is fixed; nobody is blocked by it.");
        }

        [TestMethod]
        public void A_condition_missing_both_operator_and_value_reports_both()
        {
            var row = Row(SalesStage.Develop, RequirementKind.ColumnCondition) with { Column = "budgetamount", Message = "Budget" };

            var problems = Read(row).Problems.Select(problem => problem.Problem).ToList();

            Assert.HasCount(2, problems);
            Assert.Contains("without an operator", problems[0]);
            Assert.Contains("without a value", problems[1]);
        }

        [TestMethod]
        public void A_row_without_a_message_is_used_with_a_generated_one_and_reported()
        {
            var rows = new[]
            {
                Row(SalesStage.Qualify, RequirementKind.ColumnHasValue) with { Column = "parentcontactid" },
                Row(SalesStage.Qualify, RequirementKind.ColumnCondition) with { Column = "budgetamount", Operator = Ge, Value = "10000" },
                Row(SalesStage.Qualify, RequirementKind.CompletedActivities) with { ActivityType = "phonecall", Count = 2 },
                Row(SalesStage.Qualify, RequirementKind.CompletedActivities) with { ActivityType = "Email", Count = 1, Message = "  " },
                Row(SalesStage.Qualify, RequirementKind.RelatedRecordExists) with { RelatedTable = "quote" },
            };

            var set = Read(rows);

            CollectionAssert.AreEqual(
                new[] { "Fill in parentcontactid", "budgetamount must be at least 10000", "Log at least 2 completed phone calls", "Log at least 1 completed email", "Add a related quote" },
                set.Requirements.Select(requirement => requirement.Message).ToArray());
            Assert.HasCount(5, set.Problems);
            Assert.IsTrue(set.Problems.All(problem => !problem.RowSkipped && problem.Problem.Contains("it has no message for users")));
        }

        [TestMethod]
        public void A_row_without_a_name_is_named_by_its_id()
        {
            var row = new StageRequirementRow { Id = Guid.NewGuid(), Kind = (int)RequirementKind.ColumnHasValue, Column = "name", Message = "Name it" };

            StringAssert.StartsWith(Read(row).Problems.Single().ToString(), $"Stage requirement ({row.Id}): it has no stage");
        }

        [TestMethod]
        public void Good_rows_are_kept_when_others_are_bad()
        {
            var good = HasValue(SalesStage.Qualify, "parentcontactid", DecisionMaker);
            var bad = Row(SalesStage.Qualify, RequirementKind.ColumnHasValue) with { Column = "nosuchcolumn", Message = "x" };

            var set = Read(bad, good);

            Assert.AreEqual(good.Id, set.Requirements.Single().RowId);
            Assert.AreEqual(bad.Id, set.Problems.Single().RowId);
        }

        [TestMethod]
        public void Choice_values_keep_the_option_values_the_solution_ships()
        {
            CollectionAssert.AreEqual(new[] { 0, 1, 2, 3 }, Enum.GetValues(typeof(SalesStage)).Cast<int>().ToArray());
            CollectionAssert.AreEqual(new[] { 100000000, 100000001, 100000002, 100000003 }, Enum.GetValues(typeof(RequirementKind)).Cast<int>().ToArray());
            CollectionAssert.AreEqual(
                new[] { 100000000, 100000001, 100000002, 100000003, 100000004, 100000005, 100000006 },
                Enum.GetValues(typeof(RequirementOperator)).Cast<int>().ToArray());
        }
    }
}
