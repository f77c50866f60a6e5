using System;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.StageGates.Steps;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using CrmIndependence.Plugins.Tests.Product.StageGates;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Kind = CrmIndependence.Plugins.Schema.StageRequirement.KindOption;
using Table = CrmIndependence.Plugins.Schema.StageRequirement;

namespace CrmIndependence.Plugins.Tests.Product.Configuration
{
    /// <summary>
    /// A stage requirement the stage gate could not use is refused when saved, with the field to fix; a broken one that
    /// exists anyway (imported) is skipped with one trace line per execution and never fails a move out of its stage.
    /// Tables and columns are checked against the org's metadata
    /// (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.retrieveentityrequest).
    /// </summary>
    [TestClass]
    public sealed class StageRequirementRowTests
    {
        private const int Qualify = Opportunity.SalesStageOption.Qualify;
        private const int Develop = Opportunity.SalesStageOption.Develop;

        [TestMethod]
        public void A_requirement_naming_an_unknown_related_table_is_refused_naming_the_field()
        {
            var org = new SalesOrg();

            var message = SalesOrg.Refusal(() => org.As(org.Admin).Create(Row("Quote sent", Kind.RelatedRecordExists, relatedTable: "qoute")));

            Assert.AreEqual(
                "The stage requirement 'Quote sent' was not saved: Related Table (cri_relatedtable): its related table 'qoute' is not a table with a lookup " +
                "to opportunity in this organization (give the logical name of one, such as quote).",
                message);
            Assert.AreEqual(0, org.Org.Rows(Table.EntityName).Count);
        }

        [TestMethod]
        public void A_related_table_without_the_named_lookup_is_refused_with_the_lookups_it_has()
        {
            var org = new SalesOrg();

            var message = SalesOrg.Refusal(() => org.As(org.Admin).Create(Row("A task", Kind.RelatedRecordExists, relatedTable: "task", column: "opportunityid")));

            StringAssert.Contains(message, "Column (cri_column): task has no lookup 'opportunityid' to opportunity (its lookups to opportunity: regardingobjectid)");
        }

        [TestMethod]
        public void A_related_record_requirement_on_a_real_lookup_is_saved_and_gates_the_move()
        {
            var org = new SalesOrg();
            org.As(org.Admin).Create(Row("Plan the next step as a task", Kind.RelatedRecordExists, relatedTable: "task"));
            org.Enforce();

            var refusal = SalesOrg.Refusal(() => org.MoveTo(org.Riley, org.RileysDeal, Develop));
            org.LogActivity(org.Riley, org.RileysDeal);
            org.MoveTo(org.Riley, org.RileysDeal, Develop);

            StringAssert.Contains(refusal, "Plan the next step as a task");
            Assert.AreEqual(Develop, org.StageOf(org.RileysDeal));
        }

        [TestMethod]
        [DataRow(Kind.ColumnHasValue, "cri_nosuchcolumn", null, null, "Column (cri_column): its column 'cri_nosuchcolumn' is not a column of opportunity the suite can read")]
        [DataRow(Kind.ColumnCondition, "closeprobability", Table.OperatorOption.GreaterOrEqual, "high", "Value (cri_value): its value 'high' is not valid for closeprobability, a WholeNumber column")]
        [DataRow(Kind.ColumnCondition, "closeprobability", null, "50", "Operator (cri_operator): it is a column condition without an operator")]
        public void A_column_requirement_the_gate_could_not_check_is_refused_naming_the_field(int kind, string column, int? op, string? value, string expected)
        {
            var org = new SalesOrg();
            var row = Row("Probability", kind, column: column, value: value);
            if (op.HasValue)
            {
                row[Table.Operator] = new OptionSetValue(op.Value);
            }

            var message = SalesOrg.Refusal(() => org.As(org.Admin).Create(row));

            StringAssert.StartsWith(message, "The stage requirement 'Probability' was not saved: ");
            StringAssert.Contains(message, expected);
        }

        [TestMethod]
        public void A_count_of_zero_completed_activities_is_refused()
        {
            var org = new SalesOrg();
            var row = Row("Calls", Kind.CompletedActivities);
            row[Table.ActivityType] = "phonecall";
            row[Table.Count] = 0;

            var message = SalesOrg.Refusal(() => org.As(org.Admin).Create(row));

            StringAssert.Contains(message, "Count (cri_count): its count 0 asks for nothing");
        }

        [TestMethod]
        public void A_requirement_without_a_message_is_saved_and_the_flaw_traced()
        {
            var org = new SalesOrg();
            var row = Row("Contact named", Kind.ColumnHasValue, column: Opportunity.ParentContactId);
            row.Attributes.Remove(Table.Message);

            org.As(org.Admin).Create(row);

            Assert.AreEqual(1, org.Org.Rows(Table.EntityName).Count);
            StringAssert.Contains(string.Join("\n", org.Org.LastOperation!.Trace), "it has no message for users");
        }

        [TestMethod]
        public void An_imported_requirement_on_an_unknown_related_table_never_fails_a_move_and_is_traced_once_per_execution()
        {
            var org = new SalesOrg();
            org.Requirement(Qualify, Kind.RelatedRecordExists, "Quote sent", relatedTable: "qoute", imported: true);
            org.Enforce();

            org.MoveTo(org.Riley, org.RileysDeal, Develop);

            Assert.AreEqual(Develop, org.StageOf(org.RileysDeal));
            var run = org.Org.LastOperation!.RunsOf<GateStageMove>().Single();
            Assert.AreEqual(1, run.Trace.Count(line => line.Contains("'Quote sent'", StringComparison.Ordinal)), string.Join("\n", run.Trace));
            StringAssert.Contains(run.Trace.Single(line => line.Contains("'Quote sent'", StringComparison.Ordinal)), "The row is skipped until it is fixed");
        }

        [TestMethod]
        public void An_update_that_would_break_a_requirement_is_refused_and_a_broken_one_can_be_switched_off()
        {
            var org = new SalesOrg();
            var admin = org.Admin;
            var id = org.As(admin).Create(Row("Contact named", Kind.ColumnHasValue, column: Opportunity.ParentContactId));
            var imported = org.Requirement(Qualify, Kind.RelatedRecordExists, "Quote sent", relatedTable: "qoute", imported: true);

            var message = SalesOrg.Refusal(() => org.As(admin).Update(new Entity(Table.EntityName, id) { [Table.Column] = "parentcontact" }));
            org.As(admin).Update(new Entity(Table.EntityName, imported) { [Table.StateCode] = new OptionSetValue(1), [Table.StatusCode] = new OptionSetValue(2) });

            StringAssert.Contains(message, "Column (cri_column): its column 'parentcontact' is not a column of opportunity");
            Assert.AreEqual(Opportunity.ParentContactId, org.Read(Table.EntityName, id).GetAttributeValue<string>(Table.Column));
            Assert.AreEqual(1, org.Read(Table.EntityName, imported).GetAttributeValue<OptionSetValue>(Table.StateCode).Value);
        }

        private static Entity Row(string message, int kind, string? column = null, string? relatedTable = null, string? value = null)
        {
            var row = new Entity(Table.EntityName)
            {
                [Table.PrimaryName] = message,
                [Table.Stage] = new OptionSetValue(Qualify),
                [Table.Kind] = new OptionSetValue(kind),
                [Table.Message] = message,
            };
            if (column != null)
            {
                row[Table.Column] = column;
            }

            if (relatedTable != null)
            {
                row[Table.RelatedTable] = relatedTable;
            }

            if (value != null)
            {
                row[Table.Value] = value;
            }

            return row;
        }

    }
}
