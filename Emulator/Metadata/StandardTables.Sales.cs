using System.Collections.Generic;

namespace CrmIndependence.Emulator.Metadata;

public static partial class StandardTables
{
    /// <summary>opportunity statecode values.</summary>
    public static class OpportunityState
    {
        public const int Open = 0;
        public const int Won = 1;
        public const int Lost = 2;
    }

    /// <summary>opportunity statuscode values.</summary>
    public static class OpportunityStatus
    {
        public const int InProgress = 1;
        public const int OnHold = 2;
        public const int Won = 3;
        public const int Canceled = 4;
        public const int OutSold = 5;
    }

    /// <summary>opportunity salesstage values.</summary>
    public static class SalesStage
    {
        public const int Qualify = 0;
        public const int Develop = 1;
        public const int Propose = 2;
        public const int Close = 3;
    }

    /// <summary>processstage stagecategory values (Microsoft Learn, processstage table reference; the client API's stage.getCategory()).</summary>
    public static class StageCategory
    {
        public const int Qualify = 0;
        public const int Develop = 1;
        public const int Propose = 2;
        public const int Close = 3;
        public const int Identify = 4;
        public const int Research = 5;
        public const int Resolve = 6;
        public const int Approval = 7;
    }

    /// <summary>statecode and statuscode of a business process flow instance (opportunitysalesprocess and every flow table).</summary>
    public static class ProcessInstanceState
    {
        public const int Active = 0;
        public const int Inactive = 1;

        /// <summary>statuscode Active (state Active).</summary>
        public const int ActiveStatus = 1;

        /// <summary>statuscode Finished (state Inactive): the flow was completed.</summary>
        public const int Finished = 2;

        /// <summary>statuscode Aborted (state Inactive): the flow was abandoned.</summary>
        public const int Aborted = 3;
    }

    /// <summary>workflow category values (the kinds of process a workflow row defines).</summary>
    public static class WorkflowCategory
    {
        public const int Workflow = 0;
        public const int Dialog = 1;
        public const int BusinessRule = 2;
        public const int Action = 3;
        public const int BusinessProcessFlow = 4;
        public const int ModernFlow = 5;
    }

    private static IEnumerable<TableDefinition> Sales()
    {
        yield return TableBuilder.Define("transactioncurrency", primaryName: "currencyname", primaryNameMaxLength: 100)
            .ObjectTypeCode(9105).OrganizationOwned()
            .Text("isocurrencycode", 5).Text("currencysymbol", 10)
            .Decimal("exchangerate", precision: 10)
            .WholeNumber("currencyprecision", 0, 4)
            .Build();

        yield return TableBuilder.Define("account", primaryName: "name", primaryNameMaxLength: 160)
            .ObjectTypeCode(1).HasActivities().HasNotes().Hierarchy("parentaccountid")
            .Text("accountnumber", 20)
            .Lookup("parentaccountid", "account")
            .Lookup("primarycontactid", "contact")
            .Text("telephone1", 50).Text("emailaddress1", 100).Text("websiteurl", 200).Text("address1_city", 80)
            .Money("revenue")
            .WholeNumber("numberofemployees", 0, 1_000_000_000)
            .MultilineText("description")
            .Choice(
                "industrycode",
                new OptionDefinition(1, "Accounting"),
                new OptionDefinition(7, "Consulting"),
                new OptionDefinition(12, "Financial"),
                new OptionDefinition(33, "Service Retail"),
                new OptionDefinition(19, "Manufacturing"))
            .Lookup("transactioncurrencyid", "transactioncurrency")
            .Build();

        yield return TableBuilder.Define("contact", primaryName: "fullname", primaryNameMaxLength: 160)
            .ObjectTypeCode(2).HasActivities().HasNotes()
            .Text("firstname", 50).Text("lastname", 50).Text("jobtitle", 100)
            .Customer("parentcustomerid", DeleteBehavior.Cascade)
            .Text("emailaddress1", 100).Text("telephone1", 50)
            .MultilineText("description")
            .Lookup("transactioncurrencyid", "transactioncurrency")
            .Build();

        yield return TableBuilder.Define("opportunity", primaryName: "name", primaryNameMaxLength: 300)
            .ObjectTypeCode(3).HasActivities().HasNotes()
            .StateModel(
                new[]
                {
                    new StateDefinition(OpportunityState.Open, "Open", OpportunityStatus.InProgress),
                    new StateDefinition(OpportunityState.Won, "Won", OpportunityStatus.Won),
                    new StateDefinition(OpportunityState.Lost, "Lost", OpportunityStatus.Canceled),
                },
                new[]
                {
                    new StatusDefinition(OpportunityStatus.InProgress, "In Progress", OpportunityState.Open),
                    new StatusDefinition(OpportunityStatus.OnHold, "On Hold", OpportunityState.Open),
                    new StatusDefinition(OpportunityStatus.Won, "Won", OpportunityState.Won),
                    new StatusDefinition(OpportunityStatus.Canceled, "Canceled", OpportunityState.Lost),
                    new StatusDefinition(OpportunityStatus.OutSold, "Out-Sold", OpportunityState.Lost),
                })
            .Column(ColumnDefinition.Choice(
                "salesstage",
                new OptionDefinition(SalesStage.Qualify, "Qualify"),
                new OptionDefinition(SalesStage.Develop, "Develop"),
                new OptionDefinition(SalesStage.Propose, "Propose"),
                new OptionDefinition(SalesStage.Close, "Close")) with { DefaultValue = SalesStage.Qualify })
            .Text("stepname", 200)
            .UniqueIdentifier("stageid")
            .Money("estimatedvalue")
            .Column(ColumnDefinition.Decimal("discountpercentage", precision: 2, min: 0m, max: 100m))
            .Money("discountamount")
            .WholeNumber("closeprobability", 0, 100)
            .DateTime("estimatedclosedate", DateTimeBehavior.DateOnly)
            .DateTime("actualclosedate", DateTimeBehavior.DateOnly)
            .Money("actualvalue")
            .Money("budgetamount")
            .Customer("customerid", DeleteBehavior.Cascade)
            .Lookup("parentaccountid", "account")
            .Lookup("parentcontactid", "contact")
            .MultilineText("description")
            .Column(ColumnDefinition.Choice(
                "opportunityratingcode",
                new OptionDefinition(1, "Hot"),
                new OptionDefinition(2, "Warm"),
                new OptionDefinition(3, "Cold")) with { DefaultValue = 2 })
            .Lookup("transactioncurrencyid", "transactioncurrency")
            .Build();

        foreach (var table in Processes())
        {
            yield return table;
        }
    }

    /// <summary>
    /// A business process flow as Dataverse stores it: its definition is a <c>workflow</c> row (category
    /// Business Process Flow), its stages are <c>processstage</c> rows (stagecategory says which sales stage a
    /// stage is), and each record running the flow has an instance row in the flow's own table, for the
    /// Opportunity Sales Process <c>opportunitysalesprocess</c>: the bar on the form writes its
    /// <c>activestageid</c> and <c>traversedpath</c> when a user moves the stage. Columns as the table references
    /// on Microsoft Learn name them (the instance's lookup to the deal is <c>opportunityid</c>; a flow made in
    /// the designer names it <c>bpf_opportunityid</c>). Only the columns the suite reads or tests write.
    /// </summary>
    private static IEnumerable<TableDefinition> Processes()
    {
        yield return TableBuilder.Define("workflow", primaryName: "name", primaryNameMaxLength: 100)
            .ObjectTypeCode(4703).DisplayName("Process")
            .StateModel(
                new[] { new StateDefinition(0, "Draft", 1), new StateDefinition(1, "Activated", 2) },
                new[] { new StatusDefinition(1, "Draft", 0), new StatusDefinition(2, "Activated", 1) })
            .Column(ColumnDefinition.Choice(
                "category",
                new OptionDefinition(WorkflowCategory.Workflow, "Workflow"),
                new OptionDefinition(WorkflowCategory.Dialog, "Dialog"),
                new OptionDefinition(WorkflowCategory.BusinessRule, "Business Rule"),
                new OptionDefinition(WorkflowCategory.Action, "Action"),
                new OptionDefinition(WorkflowCategory.BusinessProcessFlow, "Business Process Flow"),
                new OptionDefinition(WorkflowCategory.ModernFlow, "Modern Flow")) with { DefaultValue = WorkflowCategory.Workflow })
            .Text("primaryentity", 100)
            .Text("uniquename", 256)
            .Build();

        yield return TableBuilder.Define("processstage", primaryName: "stagename", primaryNameMaxLength: 100)
            .ObjectTypeCode(4724).OrganizationOwned().WithoutStateModel().DisplayName("Process Stage")
            .Choice(
                "stagecategory",
                new OptionDefinition(StageCategory.Qualify, "Qualify"),
                new OptionDefinition(StageCategory.Develop, "Develop"),
                new OptionDefinition(StageCategory.Propose, "Propose"),
                new OptionDefinition(StageCategory.Close, "Close"),
                new OptionDefinition(StageCategory.Identify, "Identify"),
                new OptionDefinition(StageCategory.Research, "Research"),
                new OptionDefinition(StageCategory.Resolve, "Resolve"),
                new OptionDefinition(StageCategory.Approval, "Approval"))
            .Text("primaryentitytypecode", 100)
            .Lookup("processid", DeleteBehavior.Cascade, "workflow")
            .Build();

        yield return BusinessProcessFlowTable("opportunitysalesprocess", "opportunityid", "opportunity")
            .DisplayName("Opportunity Sales Process")
            .Build();
    }

    /// <summary>
    /// The table of a business process flow's instances: one row per record running the flow, keyed
    /// <c>businessprocessflowinstanceid</c>, organization-owned, Active/Inactive with the statuses Active,
    /// Finished and Aborted, the lookup to the record it runs for (<paramref name="recordLookup"/>), the active
    /// stage and the traversed path. A flow made in the designer has one like it (<c>new_myflow</c>, lookup
    /// <c>bpf_opportunityid</c>): define it with this method to test a custom flow.
    /// </summary>
    public static TableBuilder BusinessProcessFlowTable(string logicalName, string recordLookup, string recordTable) =>
        TableBuilder.Define(logicalName, primaryName: "name", primaryNameMaxLength: 200)
            .PrimaryId("businessprocessflowinstanceid").OrganizationOwned()
            .StateModel(
                new[]
                {
                    new StateDefinition(ProcessInstanceState.Active, "Active", ProcessInstanceState.ActiveStatus),
                    new StateDefinition(ProcessInstanceState.Inactive, "Inactive", ProcessInstanceState.Finished),
                },
                new[]
                {
                    new StatusDefinition(ProcessInstanceState.ActiveStatus, "Active", ProcessInstanceState.Active),
                    new StatusDefinition(ProcessInstanceState.Finished, "Finished", ProcessInstanceState.Inactive),
                    new StatusDefinition(ProcessInstanceState.Aborted, "Aborted", ProcessInstanceState.Inactive),
                })
            .Lookup(recordLookup, DeleteBehavior.Cascade, recordTable)
            .Lookup("activestageid", "processstage")
            .Lookup("processid", "workflow")
            .Text("traversedpath", 1250)
            .DateTime("activestagestartedon")
            .DateTime("completedon");
}
