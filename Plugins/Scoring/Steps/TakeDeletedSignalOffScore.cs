using System;
using System.ServiceModel;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Scoring.Platform;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Scoring.Steps
{
    /// <summary>
    /// Deleting a dependency signal takes its points off its rep's weekly score, in the same transaction as the delete,
    /// so the week's figures always add up to the signals it holds. Only a signal its score job had counted
    /// (<c>cri_countedinscore</c>, from the pre-image) is taken off; one deleted before its job ran was never on the
    /// row, and that job finds it gone and counts nothing. Synchronous, so the score is right the moment the signal is
    /// gone; inside the delete's transaction a conflicting score update cannot be retried, so in that rare case the
    /// delete is refused with a message saying to delete it again. (Who may delete signals is the security roles':
    /// the shipped roles give it to no one; a System Administrator cleaning up a signal recorded in error can.)
    /// <para>Service calls: none for a signal that was not counted; otherwise the row by its key and one conditional Update.</para>
    /// </summary>
    [Step("Delete", DependencySignal.EntityName, PipelineStage.PostOperation,
        PreImage = DependencySignal.Kind + "," + DependencySignal.RepId + "," + DependencySignal.OccurredOn + "," + DependencySignal.Details + "," +
            DependencySignal.IdempotencyKey + "," + DependencySignal.CountedInScore,
        Description = "Takes a deleted dependency signal's points off its rep's weekly independence score.")]
    public sealed class TakeDeletedSignalOffScore : PluginBase
    {
        public TakeDeletedSignalOffScore(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            if (!context.TryPreImage("No pre-image: the step registration is missing its image; the score is unchanged.", out var deleted))
            {
                return;
            }

            var signalId = context.ExecutionContext.PrimaryEntityId;
            if (deleted.GetAttributeValue<bool?>(DependencySignal.CountedInScore) != true)
            {
                context.Trace($"Signal {signalId} was not counted on a weekly score yet: nothing to take off.");
                return;
            }

            var signal = ScoredSignal.From(deleted, signalId, default, out var problem);
            if (signal == null)
            {
                context.Trace(problem);
                return;
            }

            var weekStart = IndependenceScoring.WeekStart(signal.OccurredOnUtc);
            var week = WeekRow.Name(weekStart);
            var service = context.SystemService;
            var row = WeekRow.Find(service, signal.RepId, weekStart);
            if (row == null)
            {
                context.Trace($"Rep {signal.RepId} has no score row for the week of {week} (deleted?): nothing to take off.");
                return;
            }

            var before = ScoreRowColumns.FromRow(row, signal.RepId, weekStart);
            var after = before.Remove(signal);
            var dependent = after.IsDependent(PolicyProvider.Current(context));
            try
            {
                service.Execute(WeekRow.ConditionalUpdate(row, after, dependent, row.GetAttributeValue<EntityReference>(IndependenceScore.RepManagerId)));
            }
            catch (FaultException<OrganizationServiceFault> fault) when (ConcurrentWrites.IsRace(fault))
            {
                throw new InvalidPluginExecutionException(
                    $"The signal was not deleted: the weekly score it counts on (rep {signal.RepId}, week of {week}) was being updated at the same moment. " +
                    "Delete the signal again.",
                    fault);
            }

            context.Trace(
                $"{SignalKinds.Label(signal.Kind)} (+{signal.Weight}) taken off the week of {week}: {after.TotalSignals} signal(s), score {before.Score} → {after.Score}.");
        }
    }
}
