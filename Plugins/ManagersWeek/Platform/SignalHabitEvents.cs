using System;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.ManagersWeek.Platform
{
    /// <summary>A <c>cri_dependencysignal</c> row read as the event it counts on a manager's week.</summary>
    internal static class SignalHabitEvents
    {
        /// <summary>The columns <see cref="From"/> reads (a Delete step's pre-image names them).</summary>
        public const string Columns = DependencySignal.Kind + "," + DependencySignal.ManagerId + "," + DependencySignal.RepManagerId + "," + DependencySignal.OccurredOn;

        /// <summary>
        /// The event <paramref name="signal"/> (the step's Target or pre-image) counts on a manager's week, keyed by
        /// the signal's id; null, with the reason in <paramref name="whyNone"/>, for a signal about the rep alone or one
        /// that names no manager. A signal without its occurred-on time counts at the operation's time.
        /// </summary>
        public static HabitEvent? From(Entity signal, IPluginExecutionContext execution, out string whyNone)
        {
            var kindValue = signal.GetAttributeValue<OptionSetValue>(DependencySignal.Kind)?.Value;
            var kind = kindValue.HasValue ? SignalKinds.FromOptionValue(kindValue.Value) : null;
            var habit = kind.HasValue ? SignalHabits.HabitOf(kind.Value) : null;
            if (habit == null)
            {
                whyNone = $"The signal ({(kind.HasValue ? SignalKinds.Label(kind.Value) : "no known kind")}) is not about a manager's habit: it counts on no manager's week.";
                return null;
            }

            var managerColumn = SignalHabits.CountsOnTheRepsManager(habit.Value) ? DependencySignal.RepManagerId : DependencySignal.ManagerId;
            var manager = signal.GetAttributeValue<EntityReference>(managerColumn);
            if (manager == null || manager.Id == Guid.Empty)
            {
                whyNone = $"The {SignalKinds.Label(kind!.Value)} signal names no manager ({managerColumn} is empty): it counts on no manager's week.";
                return null;
            }

            whyNone = string.Empty;
            var occurredOn = signal.GetAttributeValue<DateTime?>(DependencySignal.OccurredOn)
                ?? OperationTime.Of(execution);
            return new HabitEvent(habit.Value, manager.Id, UtcTime.Normalize(occurredOn), SignalHabits.KeyOf(execution.PrimaryEntityId));
        }
    }
}
