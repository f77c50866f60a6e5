using System;
using CrmIndependence.Plugins.Involvement;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Coaching.Steps
{
    /// <summary>The rep a session is for, read with one Retrieve: name, manager (with name) and since when the suite follows them.</summary>
    internal sealed record CoachedRep(Guid Id, string Name, Guid? ManagerId, string? ManagerName, DateTime TrackingSinceUtc)
    {
        public static CoachedRep Read(IOrganizationService service, Guid repId, DateTime nowUtc)
        {
            var user = service.Retrieve(SystemUser.EntityName, repId, new ColumnSet(SystemUser.FullName, SystemUser.ParentSystemUserId, SystemUser.CreatedOn));
            var manager = user.GetAttributeValue<EntityReference>(SystemUser.ParentSystemUserId);
            var createdOn = user.GetAttributeValue<DateTime?>(SystemUser.CreatedOn);
            return new CoachedRep(
                repId,
                user.GetAttributeValue<string>(SystemUser.FullName) ?? "the rep",
                manager?.Id,
                manager?.Name,
                UtcTime.Normalize(createdOn ?? nowUtc));
        }
    }
}
