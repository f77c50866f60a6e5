using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.HelpRequests.Steps
{
    /// <summary>
    /// A help request is shared with the manager it is addressed to (<see cref="ManagerAccess"/>), when it is filed and
    /// when it is re-addressed (a manager disabled, the rep choosing another one), so whoever it goes to can answer it;
    /// the rep's direct manager already can, through the manager hierarchy.
    /// Synchronous, in the same transaction as the save: the request is never addressed to someone who cannot answer it.
    /// <para>Service calls: one Retrieve of the rep's manager and, beyond the direct manager, one GrantAccess; none when
    /// the request is addressed to nobody or to its own owner.</para>
    /// </summary>
    [Step("Create", HelpRequest.EntityName, PipelineStage.PostOperation, Description = Purpose)]
    [Step("Update", HelpRequest.EntityName, PipelineStage.PostOperation, Description = Purpose,
        FilteringAttributes = HelpRequest.ManagerAddressedId, PostImage = HelpRequest.ManagerAddressedId + "," + HelpRequest.OwnerId)]
    public sealed class ShareRequestWithAddressee : PluginBase
    {
        private const string Purpose = "Shares a help request with the manager it is addressed to, so they can answer it.";

        public ShareRequestWithAddressee(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var request = ManagerHandOver.SavedRow(context);
            var addressee = request.GetAttributeValue<EntityReference>(HelpRequest.ManagerAddressedId);
            var owner = request.GetAttributeValue<EntityReference>(HelpRequest.OwnerId);
            if (addressee == null || addressee.Id == owner?.Id)
            {
                context.Trace("The request is addressed to nobody else: nothing to share.");
                return;
            }

            var shared = ManagerHandOver.ShareWith(context, HelpRequest.EntityName, owner, addressee);
            context.Trace(shared
                ? $"Shared with {addressee.Name ?? addressee.Id.ToString()}, who the request is addressed to."
                : "Addressed to the rep's direct manager: the manager hierarchy gives them the request.");
        }
    }
}
