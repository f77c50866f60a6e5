using System;
using CrmIndependence.Plugins.Schema;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Platform
{
    /// <summary>
    /// Shares a rep's record (a help request, a coaching session) with the manager it goes to, so that manager can act
    /// on it whoever they are: the manager hierarchy gives write access to a rep's DIRECT manager only (higher managers
    /// read), so the next active manager after a disabled one, or a manager the rep chose outside their chain, could
    /// otherwise read the request and not answer it
    /// (https://learn.microsoft.com/power-platform/admin/hierarchy-security). The rep's direct manager is not shared
    /// with: the hierarchy is how they reach their reports' rows (and without hierarchy security they see what the
    /// install guide says, nothing more). Read, write, append and append-to; one Retrieve of the rep's manager, and one
    /// GrantAccess as SYSTEM when needed. Sharing again what is shared changes nothing.
    /// </summary>
    public static class ManagerAccess
    {
        /// <summary>Shares <paramref name="record"/> with <paramref name="managerId"/> unless they are <paramref name="repId"/>'s direct manager; true when shared.</summary>
        public static bool GrantUnlessDirectManager(IOrganizationService service, EntityReference record, Guid repId, Guid managerId)
        {
            var direct = service.Retrieve(SystemUser.EntityName, repId, new ColumnSet(SystemUser.ParentSystemUserId))
                .GetAttributeValue<EntityReference>(SystemUser.ParentSystemUserId)?.Id;
            if (direct == managerId)
            {
                return false;
            }

            Grant(service, record, managerId);
            return true;
        }

        public static void Grant(IOrganizationService service, EntityReference record, Guid managerId) =>
            service.Execute(new GrantAccessRequest
            {
                Target = record,
                PrincipalAccess = new PrincipalAccess
                {
                    Principal = new EntityReference(SystemUser.EntityName, managerId),
                    AccessMask = AccessRights.ReadAccess | AccessRights.WriteAccess | AccessRights.AppendAccess | AccessRights.AppendToAccess,
                },
            });
    }
}
