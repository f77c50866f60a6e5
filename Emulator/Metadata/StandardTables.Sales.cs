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
    }
}
