using System.ServiceModel;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Involvement.Steps
{
    /// <summary>
    /// A new dependency signal carries the rep's manager (<c>cri_repmanagerid</c>, the rep's <c>parentsystemuserid</c> when
    /// the signal is written), so "my team" views filter with <c>eq-userid</c> and work with or without the manager
    /// hierarchy security model. In the Target, saved with the signal: one Retrieve of the rep, on Create only (a retried
    /// recording updates its row and never runs this again), nothing when the recorder already set the column. The
    /// weekly score row copies the column from the signal (<c>Scoring/Steps/ApplySignalToWeeklyScore.cs</c>), so the
    /// score costs no extra call. A rep without a manager leaves the column empty: the signal shows in no manager's view.
    /// </summary>
    [Step("Create", DependencySignal.EntityName, PipelineStage.PreOperation,
        Description = "Stamps the rep's manager on a new dependency signal, for the manager views.")]
    public sealed class StampRepManager : PluginBase
    {
        public StampRepManager(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var target = context.Target;
            if (target.Contains(DependencySignal.RepManagerId))
            {
                context.Trace("The signal already names the rep's manager.");
                return;
            }

            var rep = target.GetAttributeValue<EntityReference>(DependencySignal.RepId);
            if (rep == null)
            {
                context.Trace("The signal names no rep: no manager to stamp.");
                return;
            }

            var manager = ManagerOf(context, rep);
            if (manager == null)
            {
                context.Trace($"Rep {rep.Id} has no manager (or no longer exists): the signal shows in no manager's view.");
                return;
            }

            target[DependencySignal.RepManagerId] = new EntityReference(SystemUser.EntityName, manager.Id) { Name = manager.Name };
            context.Trace($"Rep {rep.Id}'s manager is {manager.Id}.");
        }

        private static EntityReference? ManagerOf(LocalPluginContext context, EntityReference rep)
        {
            try
            {
                return context.SystemService.Retrieve(SystemUser.EntityName, rep.Id, new ColumnSet(SystemUser.ParentSystemUserId))
                    .GetAttributeValue<EntityReference>(SystemUser.ParentSystemUserId);
            }
            catch (FaultException<OrganizationServiceFault> fault) when (ConcurrentWrites.IsNotFound(fault))
            {
                return null;
            }
        }
    }
}
