using System;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.ManagersWeek.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.ManagersWeek.Steps
{
    /// <summary>
    /// Every new dependency signal that says what a manager did counts on that manager's week: edits, closes,
    /// take-overs and activities on a rep's deal and overrides inside a rep's authority on the acting manager's
    /// (<c>cri_managerid</c>), an unnecessary escalation ("yours to decide") on the manager it was addressed to
    /// (<c>cri_managerid</c>), a stage-gate block on the rep's manager's (<c>cri_repmanagerid</c>: the team's blocks).
    /// The other kinds are about the rep alone and count nothing here. Create only, keyed by the signal row: a signal
    /// is created once per idempotency key and a retried job finds its key in the week's log.
    /// </summary>
    [Step("Create", DependencySignal.EntityName, PipelineStage.PostOperation,
        Mode = ExecutionMode.Asynchronous,
        Description = "Counts each new manager-involvement, yours-to-decide or stage-gate signal on the manager's week.")]
    public sealed class CountSignalOnManagerWeek : PluginBase
    {
        public CountSignalOnManagerWeek(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var signal = context.Target;
            var kindValue = signal.GetAttributeValue<OptionSetValue>(DependencySignal.Kind)?.Value;
            var kind = kindValue.HasValue ? SignalKinds.FromOptionValue(kindValue.Value) : null;
            var habit = kind.HasValue ? HabitOf(kind.Value) : null;
            if (habit == null)
            {
                context.Trace($"The signal ({(kind.HasValue ? SignalKinds.Label(kind.Value) : "no known kind")}) is not about a manager's habit: nothing counted on a manager's week.");
                return;
            }

            var managerColumn = habit == HabitEventKind.TeamStageGateBlock ? DependencySignal.RepManagerId : DependencySignal.ManagerId;
            var manager = signal.GetAttributeValue<EntityReference>(managerColumn);
            if (manager == null || manager.Id == Guid.Empty)
            {
                context.Trace($"The {SignalKinds.Label(kind!.Value)} signal names no manager ({managerColumn} is empty): nothing counted on a manager's week.");
                return;
            }

            var execution = context.ExecutionContext;
            var occurredOn = signal.GetAttributeValue<DateTime?>(DependencySignal.OccurredOn)
                ?? OperationTime.Of(execution);
            ManagerWeekWriter.Apply(context, new HabitEvent(habit.Value, manager.Id, UtcTime.Normalize(occurredOn), "signal:" + execution.PrimaryEntityId.ToString("N")));
        }

        /// <summary>The habit figure a signal kind counts toward on a manager's week; null for the kinds about the rep alone.</summary>
        public static HabitEventKind? HabitOf(SignalKind kind)
        {
            switch (kind)
            {
                case SignalKind.ManagerEditedDeal: return HabitEventKind.DealEdit;
                case SignalKind.ManagerClosedDeal: return HabitEventKind.DealClose;
                case SignalKind.ManagerTookOverDeal: return HabitEventKind.DealTakeOver;
                case SignalKind.ManagerActivityOnDeal: return HabitEventKind.DealActivity;
                case SignalKind.ManagerOverrideWithinAuthority: return HabitEventKind.OverrideInsideAuthority;
                case SignalKind.UnnecessaryEscalation: return HabitEventKind.YoursToDecide;
                case SignalKind.StageGateBlocked: return HabitEventKind.TeamStageGateBlock;
                default: return null;
            }
        }
    }
}
