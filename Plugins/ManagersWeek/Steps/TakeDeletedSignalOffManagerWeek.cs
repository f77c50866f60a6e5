using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.ManagersWeek.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;

namespace CrmIndependence.Plugins.ManagersWeek.Steps
{
    /// <summary>
    /// Deleting a dependency signal takes what it counted off the manager's week too (as <c>TakeDeletedSignalOffScore</c>
    /// does off the rep's), in the delete's transaction, so a manager's figures always add up to the signals that
    /// exist. Synchronous; a week being updated at the same moment refuses the delete with a message to try again.
    /// <para>Service calls: none for a signal about the rep alone; otherwise the week's row by its key, the manager's
    /// user record (their director) and one conditional Update (plus one query of earlier weeks when the fast-response
    /// window reaches back before this week).</para>
    /// </summary>
    [Step("Delete", DependencySignal.EntityName, PipelineStage.PostOperation,
        PreImage = SignalHabitEvents.Columns,
        Description = "Takes a deleted dependency signal off the manager's week it counted on.")]
    public sealed class TakeDeletedSignalOffManagerWeek : PluginBase
    {
        public TakeDeletedSignalOffManagerWeek(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            if (!context.TryPreImage("No pre-image: the step registration is missing its image; the manager's week is unchanged.", out var deleted))
            {
                return;
            }

            var habitEvent = SignalHabitEvents.From(deleted, context.ExecutionContext, out var whyNone);
            if (habitEvent == null)
            {
                context.Trace(whyNone);
                return;
            }

            ManagerWeekWriter.TakeOff(
                context,
                habitEvent,
                $"The signal was not deleted: the manager's week it counts on (manager {habitEvent.ManagerId}) was being updated at the same moment. Delete the signal again.");
        }
    }
}
