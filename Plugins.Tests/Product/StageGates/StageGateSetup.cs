using System;
using System.Linq;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Plugins.Schema;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using RequirementTable = CrmIndependence.Plugins.Schema.StageRequirement;

namespace CrmIndependence.Plugins.Tests.Product.StageGates
{
    /// <summary>How an admin configures stage requirements and how reps move and win deals, in the tests' words.</summary>
    internal static class StageGateSetup
    {
        public const string DecisionMaker = "Identify the decision maker";
        public const string TwoCalls = "Log at least 2 completed phone calls";
        public const string CloseDate = "Agree the close date";

        /// <summary>Qualify exit: the decision maker; Develop exit: 2 completed phone calls; Close: the close date.</summary>
        public static SalesOrg WithStandardRequirements(this SalesOrg org)
        {
            org.ColumnHasValue(Opportunity.SalesStageOption.Qualify, Opportunity.ParentContactId, DecisionMaker);
            org.Requirement(Opportunity.SalesStageOption.Develop, RequirementTable.KindOption.CompletedActivities, TwoCalls, activityType: "phonecall", count: 2);
            org.ColumnHasValue(Opportunity.SalesStageOption.Close, Opportunity.EstimatedCloseDate, CloseDate);
            return org;
        }

        public static Guid ColumnHasValue(this SalesOrg org, int stage, string column, string message, bool imported = false) =>
            org.Requirement(stage, RequirementTable.KindOption.ColumnHasValue, message, column: column, imported: imported);

        /// <summary>
        /// Creates a requirement row as an admin does (through the service, so the cache forgets and the row is validated);
        /// <paramref name="imported"/> stores it without any step, as a data import that bypasses validation would.
        /// </summary>
        public static Guid Requirement(
            this SalesOrg org, int stage, int kind, string? message,
            string? column = null, string? activityType = null, int? count = null, int? op = null, string? value = null, string? relatedTable = null,
            bool imported = false)
        {
            var row = new Entity(RequirementTable.EntityName)
            {
                [RequirementTable.PrimaryName] = message ?? "unnamed requirement",
                [RequirementTable.Stage] = new OptionSetValue(stage),
                [RequirementTable.Kind] = new OptionSetValue(kind),
            };
            Set(row, RequirementTable.Message, message);
            Set(row, RequirementTable.Column, column);
            Set(row, RequirementTable.ActivityType, activityType);
            Set(row, RequirementTable.Value, value);
            Set(row, RequirementTable.RelatedTable, relatedTable);
            if (count.HasValue)
            {
                row[RequirementTable.Count] = count.Value;
            }

            if (op.HasValue)
            {
                row[RequirementTable.Operator] = new OptionSetValue(op.Value);
            }

            return imported ? org.Org.Seed(row) : org.Org.AsSystem.Create(row);
        }

        public static void MoveTo(this SalesOrg org, User user, Guid deal, int stage) =>
            org.As(user).Update(new Entity(Opportunity.EntityName, deal) { [Opportunity.SalesStage] = new OptionSetValue(stage) });

        public static void Win(this SalesOrg org, User user, Guid deal) =>
            org.As(user).Execute(new WinOpportunityRequest
            {
                OpportunityClose = new Entity(OpportunityClose.EntityName)
                {
                    [OpportunityClose.OpportunityId] = new EntityReference(Opportunity.EntityName, deal),
                },
                Status = new OptionSetValue(-1),
            });

        public static int StageOf(this SalesOrg org, Guid deal) =>
            org.Read(Opportunity.EntityName, deal).GetAttributeValue<OptionSetValue>(Opportunity.SalesStage).Value;

        public static int StateOf(this SalesOrg org, Guid deal) =>
            org.Read(Opportunity.EntityName, deal).GetAttributeValue<OptionSetValue>(Opportunity.StateCode).Value;

        /// <summary>Arranges the deal's decision maker (a contact) without running plug-ins.</summary>
        public static void GiveDecisionMaker(this SalesOrg org, Guid deal)
        {
            var contact = org.Org.Seed(new Entity("contact") { ["lastname"] = "Decider" });
            org.Org.SeedUpdate(new Entity(Opportunity.EntityName, deal) { [Opportunity.ParentContactId] = new EntityReference("contact", contact) });
        }

        /// <summary>Arranges completed phone calls regarding the deal, without running plug-ins.</summary>
        public static void LogCompletedCalls(this SalesOrg org, Guid deal, User by, int calls)
        {
            for (var i = 0; i < calls; i++)
            {
                org.Org.Seed(
                    new Entity(PhoneCall.EntityName)
                    {
                        ["subject"] = "Call " + i,
                        [PhoneCall.RegardingObjectId] = new EntityReference(Opportunity.EntityName, deal),
                        [PhoneCall.OwnerId] = by.ToEntityReference(),
                        [ActivityPointer.StateCode] = new OptionSetValue(ActivityPointer.StateCodeOption.Completed),
                        [ActivityPointer.StatusCode] = new OptionSetValue(2),
                    },
                    by);
            }
        }

        public static Entity[] StageGateSignals(this SalesOrg org) => org.SignalsOf(DependencySignal.KindOption.StageGateBlocked);

        public static int CallsOf<TPlugin>(this SalesOrg org) =>
            org.Org.LastOperation!.StepsRan.Where(run => run.PluginType == typeof(TPlugin)).Sum(run => run.ServiceCalls);

        public static bool Ran<TPlugin>(this SalesOrg org) =>
            org.Org.LastOperation!.StepsRan.Any(run => run.PluginType == typeof(TPlugin));

        private static void Set(Entity row, string column, string? value)
        {
            if (value != null)
            {
                row[column] = value;
            }
        }
    }
}
