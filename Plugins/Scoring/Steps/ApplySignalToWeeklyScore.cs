using System;
using System.Globalization;
using System.ServiceModel;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Involvement;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Scoring.Platform;
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
    /// manager views). Incremental: one read of the row by its alternate key, one write. A signal row is created
    /// once per idempotency key (later recordings update it), and this step runs on Create only, so a retried
    /// recording never counts twice. Concurrent signals for the same rep and week are saved with optimistic
    /// concurrency; two first signals of a week racing to create the row retry on the duplicate key.
    /// </summary>
    [Step("Create", DependencySignal.EntityName, PipelineStage.PostOperation,
        Mode = ExecutionMode.Asynchronous,
        Description = "Applies each new dependency signal to the rep's weekly independence score.")]
    public sealed class ApplySignalToWeeklyScore : PluginBase
    {
        public ApplySignalToWeeklyScore(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var execution = context.ExecutionContext;
            var fallback = execution.OperationCreatedOn == default(DateTime) ? DateTime.UtcNow : execution.OperationCreatedOn;
            var signal = ScoredSignal.From(context.Target, execution.PrimaryEntityId, fallback, out var problem);
            if (signal == null)
            {
                context.Trace(problem);
                return;
            }

            var weekStart = IndependenceScoring.WeekStart(signal.OccurredOnUtc);
            var week = weekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var policy = PolicyProvider.Current(context);
            var repManager = context.Target.GetAttributeValue<EntityReference>(DependencySignal.RepManagerId);
            ConcurrentWrites.Retry(context, $"the independence score of rep {signal.RepId} for the week of {week}", attempt =>
            {
                var service = context.SystemService;
                var row = Find(service, signal.RepId, weekStart);
                var before = row == null ? WeeklyScore.Empty(signal.RepId, weekStart) : ScoreRowColumns.FromRow(row, signal.RepId, weekStart);
                var after = before.Apply(signal);
                var dependent = after.IsDependent(policy);
                if (row == null)
                {
                    var created = ScoreRowColumns.WriteTo(new Entity(IndependenceScore.EntityName), after, dependent, repManager);
                    created[IndependenceScore.PrimaryName] = $"Week of {week}";
                    created[IndependenceScore.RepId] = new EntityReference(SystemUser.EntityName, signal.RepId);
                    // Owned by the rep: they read their own weeks, their managers reach them through the hierarchy.
                    created[IndependenceScore.OwnerId] = new EntityReference(SystemUser.EntityName, signal.RepId);
                    created[IndependenceScore.WeekStart] = weekStart;
                    service.Create(created);
                }
                else
                {
                    var update = ScoreRowColumns.WriteTo(new Entity(IndependenceScore.EntityName, row.Id) { RowVersion = row.RowVersion }, after, dependent, repManager);
                    service.Execute(new UpdateRequest { Target = update, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
                }

                context.Trace(
                    $"{SignalKinds.Label(signal.Kind)} (−{signal.Weight}) applied to the week of {week}: " +
                    $"{after.TotalSignals} signal(s), {after.Points} points, score {before.Score} → {after.Score}{(row == null ? " (new row)" : string.Empty)}; " +
                    (dependent ? $"dependent (below the threshold of {policy.DependencyScoreThreshold})." : $"not dependent (threshold {policy.DependencyScoreThreshold})."));
            });
        }

        /// <summary>
        /// The rep's row for the week, read by its alternate key (rep + week start) with its RowVersion; null when the
        /// week has no row yet. One Retrieve: its RowVersion is what the conditional Update is checked against.
        /// </summary>
        private static Entity? Find(IOrganizationService service, Guid repId, DateTime weekStart)
        {
            var key = new KeyAttributeCollection
            {
                { IndependenceScore.RepId, new EntityReference(SystemUser.EntityName, repId) },
                { IndependenceScore.WeekStart, weekStart },
            };
            try
            {
                var response = (RetrieveResponse)service.Execute(new RetrieveRequest
                {
                    Target = new EntityReference(IndependenceScore.EntityName, key),
                    ColumnSet = new ColumnSet(ScoreRowColumns.ReadColumns()),
                });
                return response.Entity;
            }
            catch (FaultException<OrganizationServiceFault> fault) when (ConcurrentWrites.IsNotFound(fault))
            {
                return null;
            }
        }
    }
}
