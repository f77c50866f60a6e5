using System;
using System.ServiceModel;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.ManagersWeek.Platform;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.ManagersWeek.Steps
{
    /// <summary>
    /// Every new dependency signal that says what a manager did counts on that manager's week: edits, closes,
    /// take-overs and activities on a rep's deal and overrides inside a rep's authority on the acting manager's
    /// (<c>cri_managerid</c>), an unnecessary escalation ("yours to decide") on the manager it was addressed to
    /// (<c>cri_managerid</c>), a stage-gate block on the rep's manager's (<c>cri_repmanagerid</c>: the team's blocks).
    /// The other kinds are about the rep alone and count nothing here (<see cref="SignalHabits"/>). Create only, keyed by
    /// the signal row: a signal is created once per idempotency key and a retried job finds its key in the week's log;
    /// a job that runs after its signal was deleted counts nothing (one Retrieve of the signal, after the week's row).
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
            var execution = context.ExecutionContext;
            var habitEvent = SignalHabitEvents.From(context.Target, execution, out var whyNone);
            if (habitEvent == null)
            {
                context.Trace(whyNone);
                return;
            }

            // The job may run after the signal was deleted (TakeDeletedSignalOffManagerWeek found nothing to take off then).
            ManagerWeekWriter.Apply(context, habitEvent, service => SignalStillExists(service, execution.PrimaryEntityId));
        }

        private static bool SignalStillExists(IOrganizationService service, Guid signalId)
        {
            try
            {
                service.Retrieve(DependencySignal.EntityName, signalId, new ColumnSet(false));
                return true;
            }
            catch (FaultException<OrganizationServiceFault> fault) when (ConcurrentWrites.IsNotFound(fault))
            {
                return false;
            }
        }
    }
}
