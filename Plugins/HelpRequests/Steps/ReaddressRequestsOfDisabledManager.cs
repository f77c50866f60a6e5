using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.HelpRequests.Steps
{
    /// <summary>
    /// When a user is disabled, the open help requests addressed to them (parked or awaiting a response) go to each
    /// rep's nearest active manager, so no request waits on someone who can no longer answer; with nobody active a
    /// request stays where it is and the trace says whose user record needs an active manager. Asynchronous; re-running
    /// it finds nothing left addressed to the disabled user.
    /// <para>Service calls: one query for the requests; per request the rep's chain (one query) and one Update.</para>
    /// </summary>
    [Step("Update", SystemUser.EntityName, PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous,
        FilteringAttributes = SystemUser.IsDisabled, PostImage = ManagerHandOver.DisabledUserImage,
        Description = "Re-addresses a disabled manager's open help requests to each rep's nearest active manager.")]
    public sealed class ReaddressRequestsOfDisabledManager : PluginBase
    {
        public ReaddressRequestsOfDisabledManager(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var service = context.SystemService;
            ManagerHandOver.FromDisabledUser(
                context,
                "The user is not disabled: the requests addressed to them stay.",
                userId =>
                {
                    var query = new QueryExpression(HelpRequest.EntityName) { ColumnSet = new ColumnSet(HelpRequest.OwnerId, HelpRequest.PrimaryName) };
                    query.Criteria.AddCondition(HelpRequest.ManagerAddressedId, ConditionOperator.Equal, userId);
                    query.Criteria.AddCondition(HelpRequest.StateCode, ConditionOperator.Equal, HelpRequest.StateCodeOption.Open);
                    query.Criteria.AddCondition(HelpRequest.Disposition, ConditionOperator.In, (int)Disposition.ParkedForCoaching, (int)Disposition.AwaitingResponse);
                    return query;
                },
                count => $"{count} open help request(s) addressed to them",
                request =>
                {
                    var owner = request.GetAttributeValue<EntityReference>(HelpRequest.OwnerId);
                    if (owner == null || owner.LogicalName != SystemUser.EntityName)
                    {
                        return;
                    }

                    var manager = ManagerChainReader.NearestActiveManager(service, owner.Id, out var rep, SystemUser.FullName);
                    var repName = rep?.GetAttributeValue<string>(SystemUser.FullName) ?? owner.Id.ToString();
                    if (!manager.Found)
                    {
                        context.Trace($"Help request '{request.GetAttributeValue<string>(HelpRequest.PrimaryName)}': {manager.Explanation} Set an active manager on {repName}'s user record (Manager).");
                        return;
                    }

                    service.Update(new Entity(HelpRequest.EntityName, request.Id)
                    {
                        [HelpRequest.ManagerAddressedId] = new EntityReference(SystemUser.EntityName, manager.ManagerId!.Value),
                    });
                    context.Trace($"Help request '{request.GetAttributeValue<string>(HelpRequest.PrimaryName)}' now goes to {manager.Label}: {manager.Explanation}");
                });
        }
    }
}
