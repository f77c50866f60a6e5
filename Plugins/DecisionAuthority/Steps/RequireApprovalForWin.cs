using System.Linq;
using CrmIndependence.Plugins.DecisionAuthority.Platform;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Policies;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals.Platform;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.DecisionAuthority.Steps
{
    /// <summary>
    /// Refuses a Win (enforce mode) while the deal's governed values are beyond its owner's authority and not
    /// approved (<see cref="WinApproval"/>, measured again at Win). Registered on the <c>opportunityclose</c>
    /// Create the platform runs inside Win, so refusing rolls the whole Win back. Observe mode allows it, traces
    /// what enforce would refuse and defers a won-without-approval signal for the deal's owner, recorded after the
    /// Win by <see cref="RecordAuthoritySignals"/> (which also finds the manager it names).
    /// <para>Service calls: one Retrieve (owner, approval status, governed columns); one <c>systemuser</c> query
    /// for the owner's teams and roles only when Team/Role rows exist. None when no authority row exists. The
    /// signal costs none here.</para>
    /// </summary>
    [Step("Create", OpportunityClose.EntityName, PipelineStage.PreOperation, Rank = 2,
        Description = "Decision authority: approval required before Win.")]
    public sealed class RequireApprovalForWin : PluginBase
    {
        public RequireApprovalForWin(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            if (!WinOperation.IsWin(context.ExecutionContext))
            {
                context.Trace("This close activity is not part of a Win: no approval to check.");
                return;
            }

            var deal = context.Target.GetAttributeValue<EntityReference>(OpportunityClose.OpportunityId);
            var matrix = AuthorityMatrixCache.Current(context);
            if (deal == null || matrix.Rules.Count == 0)
            {
                context.Trace("Decision authority: no authority row applies (or no deal named); the Win needs no approval.");
                return;
            }

            var columns = matrix.GovernedDecisions.Select(GovernedColumns.ColumnOf)
                .Concat(new[] { Opportunity.OwnerId, Opportunity.ApprovalStatus })
                .Distinct(System.StringComparer.OrdinalIgnoreCase).ToArray();
            var stored = context.SystemService.Retrieve(Opportunity.EntityName, deal.Id, new ColumnSet(columns));
            var owner = stored.GetAttributeValue<EntityReference>(Opportunity.OwnerId);
            if (owner == null)
            {
                context.Trace("Decision authority: the deal has no owner; the Win needs no approval.");
                return;
            }

            var ownerProfile = AuthorityProfiles.Load(context.SystemService, matrix, new[] { owner })[owner.Id];
            var values = matrix.GovernedDecisions.Select(decision => new DecisionValue(decision, GovernedColumns.Number(stored, GovernedColumns.ColumnOf(decision))));
            var status = ApprovalStatuses.FromOptionValue(stored.GetAttributeValue<OptionSetValue>(Opportunity.ApprovalStatus)?.Value);
            var enforce = PolicyProvider.Current(context).ResponseToViolation == ViolationResponse.Block;
            var decision = WinApproval.Check(matrix, values, ownerProfile, status, enforce);
            context.Trace(decision.Summary);
            if (!decision.IsAllowed)
            {
                throw new InvalidPluginExecutionException(decision.RefusalMessage);
            }

            foreach (var due in decision.Signals.Where(signal => signal.Kind == AuthoritySignalKind.WonWithoutApproval))
            {
                var execution = context.ExecutionContext;
                var closeId = context.Target.Id != System.Guid.Empty ? context.Target.Id : execution.PrimaryEntityId;
                var signal = AuthoritySignals.WonWithoutApproval(execution, closeId, deal.Id, owner, due);
                DeferredSignals.Defer(execution, AuthoritySignals.SharedVariable, signal);
                context.Trace($"Won-without-approval signal deferred for rep {signal.RepId} ({due.Details}): recorded after the Win by {nameof(RecordAuthoritySignals)}.");
            }
        }
    }
}
