using System;
using System.ServiceModel;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Scoring.Platform;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Scoring.Steps
{
    /// <summary>
    /// Every new dependency signal updates its rep's weekly independence score (one <c>cri_independencescore</c>
    /// row per rep and week, alternate key rep + week start): that kind's counter plus one, the total, and the
    /// score (100 − points, never below 0), the dependent flag (the score below the policy's <c>dependencyScoreThreshold</c>,
    /// so a policy change applies from the next change of each row) and the rep's manager the signal names (for the
    /// manager views). Incremental: nothing re-reads the rep's history.
    /// <para><b>Each signal counts once, whatever runs twice.</b> A recording run twice upserts the same signal row
    /// (its idempotency key), and this step runs on Create only. This step run twice (Dataverse may retry or repeat an
    /// asynchronous job) finds the signal's <c>cri_countedinscore</c> set: the row's counters and that mark are saved in
    /// ONE transaction (<c>ExecuteTransaction</c>: the row's Create, or its Update conditional on the RowVersion read,
    /// and the signal's Update), so both are saved or neither. Each attempt reads the row first and the signal second:
    /// a run that committed in between changed the row, so this attempt's conditional write fails and its retry, from
    /// a fresh read, finds the mark. A signal deleted before its job ran is not counted
    /// (<see cref="TakeDeletedSignalOffScore"/> takes off one deleted after). Concurrent signals for the same rep and
    /// week retry on the RowVersion mismatch; two first signals of a week racing to create the row, on the duplicate key.</para>
    /// <para>Service calls: three (the row by its key, the signal's mark, the transaction), three more per lost race (the attempt repeats from a fresh read).
    /// ExecuteTransaction is used here because the step is asynchronous: Microsoft's guidance against batch requests
    /// concerns synchronous steps (https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/avoid-batch-requests-plugin).</para>
    /// </summary>
    [Step("Create", DependencySignal.EntityName, PipelineStage.PostOperation,
        Mode = ExecutionMode.Asynchronous,
        Description = "Applies each new dependency signal to the rep's weekly independence score, once.")]
    public sealed class ApplySignalToWeeklyScore : PluginBase
    {
        public ApplySignalToWeeklyScore(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var execution = context.ExecutionContext;
            var fallback = OperationTime.Of(execution);
            var signalId = execution.PrimaryEntityId;
            var signal = ScoredSignal.From(context.Target, signalId, fallback, out var problem);
            if (signal == null)
            {
                context.Trace(problem);
                return;
            }

            var weekStart = IndependenceScoring.WeekStart(signal.OccurredOnUtc);
            var week = WeekRow.Name(weekStart);
            var policy = PolicyProvider.Current(context);
            var repManager = context.Target.GetAttributeValue<EntityReference>(DependencySignal.RepManagerId);
            ConcurrentWrites.Retry(context, $"the independence score of rep {signal.RepId} for the week of {week}", attempt =>
            {
                var service = context.SystemService;
                var row = WeekRow.Find(service, signal.RepId, weekStart);
                var counted = CountedAlready(service, signalId);
                if (counted != false)
                {
                    context.Trace(counted == true
                        ? $"Signal {signalId} is already on the week of {week} (an earlier run of this job counted it): nothing counted again."
                        : $"Signal {signalId} was deleted before its score job ran: it is not counted.");
                    return;
                }

                var before = row == null ? WeeklyScore.Empty(signal.RepId, weekStart) : ScoreRowColumns.FromRow(row, signal.RepId, weekStart);
                var after = before.Apply(signal);
                var dependent = after.IsDependent(policy);
                var write = row == null ? (OrganizationRequest)new CreateRequest { Target = WeekRow.New(after, dependent, repManager) } : WeekRow.ConditionalUpdate(row, after, dependent, repManager);
                if (!SaveWithMark(context, write, signalId))
                {
                    return;
                }

                context.Trace(
                    $"{SignalKinds.Label(signal.Kind)} (−{signal.Weight}) applied to the week of {week}: " +
                    $"{after.TotalSignals} signal(s), {after.Points} points, score {before.Score} → {after.Score}{(row == null ? " (new row)" : string.Empty)}; " +
                    (dependent ? $"dependent (below the threshold of {policy.DependencyScoreThreshold})." : $"not dependent (threshold {policy.DependencyScoreThreshold})."));
            });
        }

        /// <summary>Whether the signal is counted on its week already; null when it no longer exists.</summary>
        private static bool? CountedAlready(IOrganizationService service, Guid signalId)
        {
            try
            {
                return service.Retrieve(DependencySignal.EntityName, signalId, new ColumnSet(DependencySignal.CountedInScore))
                    .GetAttributeValue<bool?>(DependencySignal.CountedInScore) == true;
            }
            catch (FaultException<OrganizationServiceFault> fault) when (ConcurrentWrites.IsNotFound(fault))
            {
                return null;
            }
        }

        /// <summary>
        /// The row's write and the signal's mark in one transaction. False (traced) when the signal was deleted in
        /// between: the transaction rolled back, nothing was counted. A lost race propagates, for the retry.
        /// </summary>
        private static bool SaveWithMark(LocalPluginContext context, OrganizationRequest write, Guid signalId)
        {
            var mark = new UpdateRequest { Target = new Entity(DependencySignal.EntityName, signalId) { [DependencySignal.CountedInScore] = true } };
            try
            {
                context.SystemService.Execute(new ExecuteTransactionRequest { Requests = new OrganizationRequestCollection { write, mark } });
                return true;
            }
            catch (FaultException<OrganizationServiceFault> fault) when (ConcurrentWrites.IsNotFound(fault) && (fault.Detail as ExecuteTransactionFault)?.FaultedRequestIndex == 1)
            {
                context.Trace($"Signal {signalId} was deleted while its score was being saved: nothing was counted.");
                return false;
            }
        }
    }
}
