using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.StageGates.Platform;
using Table = CrmIndependence.Plugins.Schema.StageRequirement;

namespace CrmIndependence.Plugins.StageGates.Steps
{
    /// <summary>
    /// Forgets the cached stage requirements on this server as soon as an admin changes one, so the next
    /// stage move reads them again (other servers pick the change up within the cache's minute). No service call.
    /// </summary>
    [Step("Create", Table.EntityName, PipelineStage.PostOperation)]
    [Step("Update", Table.EntityName, PipelineStage.PostOperation,
        FilteringAttributes = Table.Stage + "," + Table.Kind + "," + Table.Column + "," +
            Table.Operator + "," + Table.Value + "," + Table.ActivityType + "," +
            Table.RelatedTable + "," + Table.Count + "," + Table.Message + "," +
            Table.PrimaryName + "," + Table.StateCode)]
    [Step("Delete", Table.EntityName, PipelineStage.PostOperation)]
    public sealed class ForgetStageRequirements : PluginBase
    {
        public ForgetStageRequirements(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            StageRequirementsProvider.Forget(context.ExecutionContext.OrganizationId);
            context.Trace("Stage requirements changed: the cached requirements of this organization were forgotten.");
        }
    }
}
