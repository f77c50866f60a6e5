using System;
using System.Collections.Generic;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Involvement;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.DecisionAuthority.Platform
{
    /// <summary>Where the decision-authority steps defer their signals for <see cref="RecordAuthoritySignals"/>, and the won-without-approval signal.</summary>
    internal static class AuthoritySignals
    {
        public const string SharedVariable = "cri_authority_signals";

        /// <summary>
        /// The <see cref="SignalKind.WonWithoutApproval"/> signal for a Win observe mode let through. It is about the
        /// deal's owner (when a team owns the deal, the user who won it). Its key names the deal and the Win: the
        /// <c>opportunityclose</c> the Win creates (one per Win; the CorrelationId when the platform has not given the
        /// close activity its id yet), so a retried recorder counts it once and a deal reopened and won again counts again.
        /// The manager is left for <see cref="WithManagers"/> to fill in after the save, so the Win spends no call on it.
        /// </summary>
        public static Signal WonWithoutApproval(IPluginExecutionContext context, Guid closeId, Guid dealId, EntityReference owner, AuthoritySignal due)
        {
            var repId = owner.LogicalName == SystemUser.EntityName ? owner.Id : context.InitiatingUserId;
            var win = closeId != Guid.Empty ? closeId : context.CorrelationId;
            return new Signal(
                SignalKind.WonWithoutApproval,
                repId,
                OperationTime.Of(context),
                due.Details,
                IdempotencyKey.For(SignalKind.WonWithoutApproval, dealId, "win", win))
            {
                OpportunityId = dealId,
                RelatedActivityId = closeId != Guid.Empty ? closeId : (Guid?)null,
            };
        }

        /// <summary>
        /// The deferred signals with the manager each won-without-approval signal names
        /// (<see cref="WinApproval.ManagerOf"/>): one manager-chain query per rep, run in the asynchronous recorder
        /// and only when such a signal is pending. Other signals already name their manager and pass unchanged.
        /// </summary>
        public static IReadOnlyList<Signal> WithManagers(LocalPluginContext context, IReadOnlyList<Signal> signals)
        {
            var chains = new Dictionary<Guid, ManagerChain>();
            var completed = new List<Signal>(signals.Count);
            foreach (var signal in signals)
            {
                if (signal.Kind != SignalKind.WonWithoutApproval || signal.ManagerId.HasValue)
                {
                    completed.Add(signal);
                    continue;
                }

                if (!chains.TryGetValue(signal.RepId, out var chain))
                {
                    var depth = PolicyProvider.Current(context).ManagerChainDepth;
                    chain = ManagerChainReader.Load(context.SystemService, signal.RepId, depth);
                    chains.Add(signal.RepId, chain);
                    context.Trace($"Manager chain of rep {signal.RepId} (depth {depth}): {chain.Explanation}");
                }

                var manager = WinApproval.ManagerOf(chain, context.ExecutionContext.InitiatingUserId);
                context.Trace(manager.HasValue
                    ? $"Won without approval: the signal names manager {manager.Value}{(manager.Value == context.ExecutionContext.InitiatingUserId ? " (who won the deal)" : " (the rep's manager)")}."
                    : "Won without approval: the rep has no manager; the signal names none.");
                completed.Add(signal with { ManagerId = manager });
            }

            return completed;
        }
    }
}
