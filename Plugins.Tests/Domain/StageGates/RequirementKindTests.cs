using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.StageGates;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static CrmIndependence.Plugins.Tests.Domain.StageGates.StageGateFixtures;

namespace CrmIndependence.Plugins.Tests.Domain.StageGates
{
    /// <summary>How each kind of requirement judges the deal.</summary>
    [TestClass]
    public sealed class RequirementKindTests
    {
        private static readonly DateTime March31 = new DateTime(2025, 3, 31, 0, 0, 0, DateTimeKind.Utc);
        private static readonly Guid Contact = new Guid("0b0a5b9e-5d5c-4d89-9f53-3c1f2a7d9e01");

        public static IEnumerable<object?[]> HasValueCases => new[]
        {
            new object?[] { "name", "Fleet renewal", true },
            new object?[] { "name", "   ", false },
            new object?[] { "name", "", false },
            new object?[] { "name", null, false },
            new object?[] { "budgetamount", 0m, true },
            new object?[] { "decisionmaker", false, true },
            new object?[] { "parentcontactid", Contact, true },
            new object?[] { "purchasetimeframe", 2, true },
        };

        public static IEnumerable<object?[]> ConditionCases => new[]
        {
            // column, operator, row value, deal value, met
            new object?[] { "budgetamount", RequirementOperator.GreaterOrEqual, "10000", 10000m, true },
            new object?[] { "budgetamount", RequirementOperator.GreaterOrEqual, "10000", 9999.99m, false },
            new object?[] { "budgetamount", RequirementOperator.GreaterThan, "10000.5", 10001, true },
            new object?[] { "budgetamount", RequirementOperator.LessThan, "500", 499.5d, true },
            new object?[] { "budgetamount", RequirementOperator.Equal, "1,500.00", 1500m, true },
            new object?[] { "closeprobability", RequirementOperator.LessOrEqual, "80", 80, true },
            new object?[] { "closeprobability", RequirementOperator.GreaterThan, "80", 80, false },
            new object?[] { "closeprobability", RequirementOperator.NotEqual, "0", 20, true },
            new object?[] { "estimatedclosedate", RequirementOperator.GreaterOrEqual, "2025-03-31", March31, true },
            new object?[] { "estimatedclosedate", RequirementOperator.LessThan, "2025-03-31", March31.AddDays(-1), true },
            new object?[] { "estimatedclosedate", RequirementOperator.GreaterThan, "2025-03-31T00:00:00Z", March31, false },
            new object?[] { "decisionmaker", RequirementOperator.Equal, "yes", true, true },
            new object?[] { "decisionmaker", RequirementOperator.Equal, "false", true, false },
            new object?[] { "purchasetimeframe", RequirementOperator.Equal, "2", 2, true },
            new object?[] { "purchasetimeframe", RequirementOperator.NotEqual, "2", 1, true },
            new object?[] { "parentcontactid", RequirementOperator.Equal, Contact.ToString(), Contact, true },
            new object?[] { "parentcontactid", RequirementOperator.NotEqual, Contact.ToString(), Guid.NewGuid(), true },
            new object?[] { "name", RequirementOperator.Equal, "FLEET renewal", "Fleet renewal", true },
            new object?[] { "name", RequirementOperator.Contains, "renew", "Fleet Renewal", true },
            new object?[] { "name", RequirementOperator.Contains, "lease", "Fleet renewal", false },
            new object?[] { "name", RequirementOperator.NotEqual, "fleet renewal", "Fleet renewal", false },
        };

        [TestMethod]
        [DynamicData(nameof(HasValueCases))]
        public void A_column_has_a_value_when_it_is_filled_in_and_text_is_not_blank(string column, object? value, bool met)
        {
            var set = Read(HasValue(SalesStage.Qualify, column, "Fill it in"));

            var decision = StageGate.Evaluate(set, StageMove.Between(0, 1), DealWith(column, value), enforce: true);

            Assert.AreEqual(met, decision.Outcome == GateOutcome.Passed);
        }

        [TestMethod]
        public void A_column_missing_from_the_deal_has_no_value()
        {
            var set = Read(HasValue(SalesStage.Qualify, "parentcontactid", DecisionMaker));

            Assert.AreEqual(GateOutcome.Refused, StageGate.Evaluate(set, StageMove.Between(0, 1), EmptyDeal, enforce: true).Outcome);
        }

        [TestMethod]
        [DynamicData(nameof(ConditionCases))]
        public void A_column_condition_compares_the_deal_value_with_the_configured_one(string column, RequirementOperator op, string value, object dealValue, bool met)
        {
            var set = Read(Condition(SalesStage.Qualify, column, op, value, "Condition"));
            Assert.IsEmpty(set.Problems);

            var decision = StageGate.Evaluate(set, StageMove.Between(0, 1), DealWith(column, dealValue), enforce: true);

            Assert.AreEqual(met, decision.Outcome == GateOutcome.Passed, $"{column} {op} {value} against {dealValue}");
        }

        [TestMethod]
        [DataRow(RequirementOperator.Equal)]
        [DataRow(RequirementOperator.NotEqual)]
        [DataRow(RequirementOperator.LessThan)]
        public void An_empty_column_never_meets_a_condition(RequirementOperator op)
        {
            var set = Read(Condition(SalesStage.Qualify, "budgetamount", op, "10000", Budget));

            Assert.AreEqual(GateOutcome.Refused, StageGate.Evaluate(set, StageMove.Between(0, 1), DealWith("budgetamount", null), enforce: true).Outcome);
        }

        [TestMethod]
        [DataRow(0, false)]
        [DataRow(1, false)]
        [DataRow(2, true)]
        [DataRow(5, true)]
        public void Completed_activities_count_against_the_minimum(int phoneCalls, bool met)
        {
            var set = Read(Activities(SalesStage.Qualify, "phonecall", 2, TwoCalls));

            Assert.AreEqual(met, StageGate.Evaluate(set, StageMove.Between(0, 1), Deal(phoneCalls: phoneCalls), enforce: true).Outcome == GateOutcome.Passed);
        }

        [TestMethod]
        public void A_completed_activities_row_without_a_count_asks_for_one()
        {
            var set = Read(Activities(SalesStage.Qualify, "phonecall", null, "Call the customer"));

            Assert.AreEqual(1, ((CompletedActivitiesRequirement)set.Requirements.Single()).Count);
            Assert.AreEqual(GateOutcome.Passed, StageGate.Evaluate(set, StageMove.Between(0, 1), Deal(phoneCalls: 1), enforce: true).Outcome);
        }

        [TestMethod]
        [DataRow("quote", null, "opportunityid")]
        [DataRow("cri_helprequest", null, "regardingobjectid")]
        [DataRow("email", null, "regardingobjectid")]
        [DataRow("connection", "record1id", "record1id")]
        public void A_related_record_is_found_through_its_lookup_to_the_deal(string table, string? column, string expectedLookup)
        {
            var set = Read(Related(SalesStage.Qualify, table, "Relate it", column));
            var key = ((RelatedRecordRequirement)set.Requirements.Single()).Related;

            Assert.AreEqual(expectedLookup, key.LookupColumn);
            Assert.AreEqual(GateOutcome.Passed, StageGate.Evaluate(set, StageMove.Between(0, 1), Deal(related: new[] { key }), enforce: true).Outcome);
            Assert.AreEqual(GateOutcome.Refused, StageGate.Evaluate(set, StageMove.Between(0, 1), EmptyDeal, enforce: true).Outcome);
        }

        [TestMethod]
        public void Deal_columns_are_matched_ignoring_case()
        {
            var set = Read(HasValue(SalesStage.Qualify, "ParentContactId", DecisionMaker));

            Assert.AreEqual(GateOutcome.Passed, StageGate.Evaluate(set, StageMove.Between(0, 1), DealWith("parentcontactid", Contact), enforce: true).Outcome);
            CollectionAssert.AreEqual(new[] { "parentcontactid" }, StageGate.FactsNeeded(set, StageMove.Between(0, 1)).Columns.ToArray());
        }

        [TestMethod]
        public void A_custom_column_can_be_required_once_the_catalog_knows_it()
        {
            var row = Condition(SalesStage.Qualify, "cri_championscore", RequirementOperator.GreaterOrEqual, "3", "Rate the champion 3 or more");

            Assert.IsEmpty(StageRequirementReader.Read(new[] { row }, ColumnCatalog.StandardOpportunity).Requirements);

            var catalog = ColumnCatalog.StandardOpportunity.With("cri_championscore", ColumnType.WholeNumber);
            var set = StageRequirementReader.Read(new[] { row }, catalog);
            Assert.AreEqual(GateOutcome.Passed, StageGate.Evaluate(set, StageMove.Between(0, 1), DealWith("cri_championscore", 4), enforce: true).Outcome);
        }
    }
}
