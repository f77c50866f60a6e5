using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Involvement.Platform;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Involvement.Steps
{
    /// <summary>
    /// A manager in the owner's chain editing a key field of a rep's deal (stage, value, probability, close
    /// date, discount) records "manager edited deal"; assigning the rep's deal to themselves records "manager
    /// took over deal" (Assign runs Update steps with ownerid in the Target). The pre-image holds the owner
    /// BEFORE the change, and the Target against it tells what really changed. Asynchronous: recording never
    /// delays or blocks the user's save, in observe and enforce mode alike. Sets cri_lastmanagertouch.
    /// </summary>
    [Step("Update", Opportunity.EntityName, PipelineStage.PostOperation,
        Mode = ExecutionMode.Asynchronous,
        FilteringAttributes = WatchedColumns,
        PreImage = WatchedColumns + "," + Opportunity.PrimaryName,
        Description = "Records manager edits of key deal fields and take-overs (assign to self) as dependency signals.")]
    public sealed class DetectManagerDealChanges : PluginBase
    {
        /// <summary>The key fields and the owner.</summary>
        public const string WatchedColumns = KeyDealFields.FilteringAttributes + "," + Opportunity.OwnerId;

        public DetectManagerDealChanges(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var target = context.Target;
            if (!context.TryPreImage("No pre-image: cannot tell what changed or who owned the deal before. Register the step's PreImage (ownerid and the key fields).", out var before))
            {
                return;
            }

            var deal = DealTranslation.Deal(
                context.ExecutionContext.PrimaryEntityId, before.GetAttributeValue<EntityReference>(Opportunity.OwnerId), before.GetAttributeValue<string>(Opportunity.PrimaryName));
            if (deal == null)
            {
                context.Trace("The deal had no owner before the change: nobody's manager can be over-involved.");
                return;
            }

            var action = DealTranslation.Action(context, target);
            var chain = DealTranslation.ChainLoader(context, deal.OwnerId);
            var outcomes = new List<InvolvementOutcome>();

            var newOwner = target.GetAttributeValue<EntityReference>(Opportunity.OwnerId);
            if (newOwner != null && newOwner.Id != deal.OwnerId)
            {
                outcomes.Add(InvolvementDetector.Assigned(deal, action, newOwner.Id, DealTranslation.OwnerType(newOwner), chain));
            }

            var changed = ChangedKeyColumns(target, before);
            if (changed.Count > 0)
            {
                outcomes.Add(InvolvementDetector.KeyFieldsEdited(deal, action, changed, chain));
            }

            if (outcomes.Count == 0)
            {
                context.Trace("Neither the owner nor a key field changed value: nothing to record.");
                return;
            }

            var touched = false;
            foreach (var outcome in outcomes)
            {
                touched |= SignalWriter.Write(context, outcome);
            }

            if (touched)
            {
                context.SystemService.Update(new Entity(Opportunity.EntityName, deal.OpportunityId) { [Opportunity.LastManagerTouch] = action.OccurredOnUtc });
                context.Trace($"Set {Opportunity.LastManagerTouch} to {action.OccurredOnUtc:u}.");
            }
        }

        /// <summary>The key columns the Target sets to a value different from the pre-image's.</summary>
        private static IReadOnlyList<string> ChangedKeyColumns(Entity target, Entity before) =>
            target.Attributes
                .Where(pair => KeyDealFields.IsKeyField(pair.Key))
                .Where(pair => !ColumnValues.AreSame(pair.Value, before.Contains(pair.Key) ? before[pair.Key] : null))
                .Select(pair => pair.Key)
                .ToList();
    }
}
