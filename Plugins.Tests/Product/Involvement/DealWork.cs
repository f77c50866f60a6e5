using System;
using System.Linq;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Involvement
{
    /// <summary>What people do to deals in the involvement tests, in the words of the business rule.</summary>
    internal static class DealWork
    {
        /// <summary>A new value for a key field, by its column name.</summary>
        public static object NewValueOf(string column)
        {
            switch (column)
            {
                case Opportunity.SalesStage: return new OptionSetValue(Opportunity.SalesStageOption.Develop);
                case Opportunity.EstimatedValue: return new Money(75_000m);
                case Opportunity.CloseProbability: return 80;
                case Opportunity.EstimatedCloseDate: return new DateTime(2031, 3, 31, 0, 0, 0, DateTimeKind.Utc);
                case Opportunity.DiscountPercentage: return 10m;
                case Opportunity.DiscountAmount: return new Money(500m);
                default: throw new ArgumentOutOfRangeException(nameof(column), column, "Not a key field these tests know.");
            }
        }

        public static void Edit(this SalesOrg org, User who, Guid deal, string column, object? value) =>
            org.As(who).Update(new Entity(Opportunity.EntityName, deal) { [column] = value });

        public static void Edit(this SalesOrg org, User who, Guid deal, string column) => org.Edit(who, deal, column, NewValueOf(column));

        public static void AssignToSelf(this SalesOrg org, User who, Guid deal) =>
            org.As(who).Execute(new AssignRequest { Target = new EntityReference(Opportunity.EntityName, deal), Assignee = who.ToEntityReference() });

        public static void Win(this SalesOrg org, User who, Guid deal) =>
            org.As(who).Execute(new WinOpportunityRequest { OpportunityClose = Close(deal), Status = new OptionSetValue(-1) });

        public static void Lose(this SalesOrg org, User who, Guid deal) =>
            org.As(who).Execute(new LoseOpportunityRequest { OpportunityClose = Close(deal), Status = new OptionSetValue(-1) });

        /// <summary>An activity of <paramref name="table"/> (email, phonecall, task, appointment) regarding the deal, created by <paramref name="who"/>.</summary>
        public static Guid LogActivity(this SalesOrg org, User who, Guid deal, string table = TaskActivity.EntityName) =>
            org.As(who).Create(new Entity(table)
            {
                [ActivityPointer.Subject] = $"{who.FullName}: follow-up",
                [ActivityPointer.RegardingObjectId] = new EntityReference(Opportunity.EntityName, deal),
            });

        public static Entity[] SignalsOf(this SalesOrg org, SignalKind kind) => org.SignalsOf((int)kind);

        public static int RepCount(this SalesOrg org, Guid deal) => org.Read(Opportunity.EntityName, deal).GetAttributeValue<int?>(Opportunity.RepActivityCount) ?? 0;

        public static int ManagerCount(this SalesOrg org, Guid deal) => org.Read(Opportunity.EntityName, deal).GetAttributeValue<int?>(Opportunity.ManagerActivityCount) ?? 0;

        public static Guid RepOf(Entity signal) => signal.GetAttributeValue<EntityReference>(DependencySignal.RepId).Id;

        public static Guid? ManagerOf(Entity signal) => signal.GetAttributeValue<EntityReference>(DependencySignal.ManagerId)?.Id;

        /// <summary>No asynchronous step failed; otherwise the first failure's message.</summary>
        public static string AsyncFailureText(this SalesOrg org) =>
            string.Join(" | ", org.Org.AsyncFailures.Select(failure => failure.Run.StepName + ": " + failure.Fault.Detail.Message));

        private static Entity Close(Guid deal) =>
            new Entity(OpportunityClose.EntityName) { [OpportunityClose.OpportunityId] = new EntityReference(Opportunity.EntityName, deal), ["subject"] = "Closed" };
    }
}
