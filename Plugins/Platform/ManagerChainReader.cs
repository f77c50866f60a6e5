using System;
using System.Linq;
using CrmIndependence.Plugins.Involvement;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Platform
{
    /// <summary>Loads a user's manager chain with one query: the user and everyone above them (<c>eq-or-above</c>), with their names.</summary>
    public static class ManagerChainReader
    {
        public static ManagerChain Load(IOrganizationService service, Guid ownerId, int depth)
        {
            var query = new QueryExpression(SystemUser.EntityName)
            {
                ColumnSet = new ColumnSet(SystemUser.PrimaryId, SystemUser.ParentSystemUserId, SystemUser.FullName),
            };
            query.Criteria.AddCondition(SystemUser.PrimaryId, ConditionOperator.AboveOrEqual, ownerId);
            var users = service.RetrieveMultiple(query).Entities
                .Select(user => new HierarchyUser(user.Id, user.GetAttributeValue<EntityReference>(SystemUser.ParentSystemUserId)?.Id)
                {
                    Name = user.GetAttributeValue<string>(SystemUser.FullName),
                })
                .ToList();
            return ManagerChain.Walk(ownerId, depth, users);
        }
    }
}
