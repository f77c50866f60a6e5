using System;
using System.Linq;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product
{
    /// <summary>
    /// The Opportunity Sales Process on a <see cref="SalesOrg"/>, in the tests' words: the flow's definition as the
    /// Sales solution installs it, a deal's flow instance as the platform starts it (at Qualify), and a user moving
    /// the stage bar, which saves the instance's activestageid and traversedpath as the form does.
    /// </summary>
    internal static class SalesProcessFlow
    {
        public static readonly Guid Qualify = Org.OpportunitySalesProcess.Qualify;
        public static readonly Guid Develop = Org.OpportunitySalesProcess.Develop;
        public static readonly Guid Propose = Org.OpportunitySalesProcess.Propose;
        public static readonly Guid Close = Org.OpportunitySalesProcess.Close;

        /// <summary>
        /// The deal's Opportunity Sales Process instance, at <paramref name="stage"/> (Qualify unless given), as the platform
        /// creates it when the deal is opened with the flow active; the flow's definition is added on first use.
        /// </summary>
        public static Guid StartSalesProcess(this SalesOrg org, Guid deal, Guid? stage = null)
        {
            if (org.Org.Read("workflow", Org.OpportunitySalesProcess.ProcessId) == null)
            {
                org.Org.AddOpportunitySalesProcess();
            }

            var at = stage ?? Qualify;
            return org.Org.Seed(new Entity(OpportunitySalesProcess.EntityName)
            {
                ["name"] = "Opportunity Sales Process",
                [OpportunitySalesProcess.OpportunityId] = new EntityReference(Opportunity.EntityName, deal),
                [OpportunitySalesProcess.ProcessId] = new EntityReference("workflow", Org.OpportunitySalesProcess.ProcessId),
                [OpportunitySalesProcess.ActiveStageId] = new EntityReference(ProcessStage.EntityName, at),
                [OpportunitySalesProcess.TraversedPath] = PathTo(at),
            });
        }

        /// <summary>The user moves the flow to <paramref name="stage"/> with the stage bar (Next Stage, or selecting a stage to go back).</summary>
        public static void MoveFlowTo(this SalesOrg org, User user, Guid instance, Guid stage, string table = OpportunitySalesProcess.EntityName) =>
            org.As(user).Update(new Entity(table, instance)
            {
                [OpportunitySalesProcess.ActiveStageId] = new EntityReference(ProcessStage.EntityName, stage),
                [OpportunitySalesProcess.TraversedPath] = PathTo(stage),
            });

        /// <summary>The stage the flow instance is at.</summary>
        public static Guid FlowStageOf(this SalesOrg org, Guid instance, string table = OpportunitySalesProcess.EntityName) =>
            org.Read(table, instance).GetAttributeValue<EntityReference>(OpportunitySalesProcess.ActiveStageId).Id;

        /// <summary>A stage of the Opportunity Sales Process whose category is not a sales stage (an admin added it in the designer).</summary>
        public static Guid AddStage(this SalesOrg org, string name, int? category)
        {
            if (org.Org.Read("workflow", Org.OpportunitySalesProcess.ProcessId) == null)
            {
                org.Org.AddOpportunitySalesProcess();
            }

            return org.Org.AddProcessStage(Guid.NewGuid(), name, category, Org.OpportunitySalesProcess.ProcessId);
        }

        // The stages of the Opportunity Sales Process up to and including the one given, as the bar writes them.
        private static string PathTo(Guid stage)
        {
            var order = Org.OpportunitySalesProcess.Stages.Select(s => s.Id).ToList();
            var index = order.IndexOf(stage);
            return index < 0 ? stage.ToString() : string.Join(",", order.Take(index + 1));
        }

        /// <summary>The category of a process stage (processstage.stagecategory), for the test's own arrangements.</summary>
        public const int Identify = StandardTables.StageCategory.Identify;
    }
}
