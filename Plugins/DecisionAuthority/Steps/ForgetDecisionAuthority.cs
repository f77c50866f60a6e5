using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using Table = CrmIndependence.Plugins.Schema.DecisionAuthorityTable;

namespace CrmIndependence.Plugins.DecisionAuthority.Steps
{
    /// <summary>
    /// Forgets the cached decision-authority matrix on this server as soon as an admin changes a row (other
    /// servers pick the change up within the cache's minute). No service call.
    /// </summary>
    [Step("Create", Table.EntityName, PipelineStage.PostOperation)]
    [Step("Update", Table.EntityName, PipelineStage.PostOperation,
        FilteringAttributes = Table.DecisionType + "," + Table.Column + "," + Table.AppliesTo + "," + Table.UserId + "," +
            Table.TeamId + "," + Table.RoleId + "," + Table.Limit + "," + Table.PrimaryName + "," + Table.StateCode)]
    [Step("Delete", Table.EntityName, PipelineStage.PostOperation)]
    public sealed class ForgetDecisionAuthority : PluginBase
    {
        public ForgetDecisionAuthority(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            AuthorityMatrixCache.Forget(context.ExecutionContext.OrganizationId);
            context.Trace("Decision authority changed: the cached matrix of this organization was forgotten.");
        }
    }
}
