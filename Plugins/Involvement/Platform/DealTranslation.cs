using System;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Involvement.Platform
{
    /// <summary>
    /// Translates what the platform hands a deal step into the involvement domain: the deal and its owner, the
    /// action (initiating user, time, operation id) and the owner's manager chain, loaded at most once and only
    /// when the rules ask for it.
    /// </summary>
    internal static class DealTranslation
    {
        /// <summary>The deal as the rules need it, or null when the owner is unknown (the caller traces why).</summary>
        public static OwnedDeal? Deal(Guid opportunityId, EntityReference? owner, string? name)
        {
            if (opportunityId == Guid.Empty || owner == null || owner.Id == Guid.Empty)
            {
                return null;
            }

            return new OwnedDeal(opportunityId, owner.Id, OwnerType(owner)) { Name = name, OwnerName = owner.Name };
        }

        public static DealOwnerType OwnerType(EntityReference owner) =>
            string.Equals(owner.LogicalName, Team.EntityName, StringComparison.OrdinalIgnoreCase) ? DealOwnerType.Team : DealOwnerType.User;

        /// <summary>
        /// The action, attributed to the INITIATING user. Its time is when the operation was queued (an
        /// asynchronous step may run later); its id is the CorrelationId, which a retried job keeps.
        /// </summary>
        public static DealAction Action(LocalPluginContext context, Entity? target)
        {
            var execution = context.ExecutionContext;
            var occurredOn = OperationTime.Of(execution);
            return new DealAction(execution.InitiatingUserId, occurredOn, execution.CorrelationId)
            {
                InitiatingUserName = NameOf(execution.InitiatingUserId, target),
            };
        }

        /// <summary>
        /// Loads the owner's manager chain on first use (the policy's depth, one query) and traces it; later
        /// calls in the same execution reuse it.
        /// </summary>
        public static Func<ManagerChain> ChainLoader(LocalPluginContext context, Guid ownerId)
        {
            ManagerChain? loaded = null;
            return () =>
            {
                if (loaded == null)
                {
                    var depth = PolicyProvider.Current(context).ManagerChainDepth;
                    loaded = ManagerChainReader.Load(context.SystemService, ownerId, depth);
                    context.Trace($"Manager chain of the owner (depth {depth}): {loaded.Explanation}");
                }

                return loaded;
            };
        }

        // The initiating user's name when the Target already names them (modifiedby / createdby); no extra call.
        private static string? NameOf(Guid userId, Entity? target)
        {
            if (target == null)
            {
                return null;
            }

            foreach (var column in new[] { Opportunity.ModifiedBy, ActivityPointer.CreatedBy })
            {
                var reference = target.GetAttributeValue<EntityReference>(column);
                if (reference != null && reference.Id == userId && !string.IsNullOrWhiteSpace(reference.Name))
                {
                    return reference.Name;
                }
            }

            return null;
        }
    }
}
