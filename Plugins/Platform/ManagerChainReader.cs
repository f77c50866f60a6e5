using System;
using System.Linq;
using CrmIndependence.Plugins.Involvement;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Platform
{
    /// <summary>
    /// Loads a user's manager chain with one query: the user and everyone above them (<c>eq-or-above</c>), with their names
    /// and whether they are disabled (<see cref="ManagerChain.FirstActive"/> passes over those).
    /// </summary>
    public static class ManagerChainReader
    {
        public static ManagerChain Load(IOrganizationService service, Guid ownerId, int depth) => LoadWithOwner(service, ownerId, depth, out _);

        /// <summary>
        /// Who the rep's work goes to: the nearest active manager up the whole hierarchy (<see cref="ManagerChain.FirstActive"/>),
        /// with the rep's own row (<paramref name="repColumns"/>; null when the rep does not exist). One query.
        /// </summary>
        public static ActiveManager NearestActiveManager(IOrganizationService service, Guid repId, out Entity? rep, params string[] repColumns) =>
            LoadWithOwner(service, repId, ManagerChain.WholeHierarchy, out rep, repColumns).FirstActive();

        /// <summary>
        /// The chain and, in the same query, the owner's own row with <paramref name="ownerColumns"/> (null when the owner
        /// does not exist).
        /// </summary>
        public static ManagerChain LoadWithOwner(IOrganizationService service, Guid ownerId, int depth, out Entity? owner, params string[] ownerColumns)
        {
            var columns = new[] { SystemUser.PrimaryId, SystemUser.ParentSystemUserId, SystemUser.FullName, SystemUser.IsDisabled }
                .Concat(ownerColumns ?? new string[0]).Distinct().ToArray();
            var query = new QueryExpression(SystemUser.EntityName) { ColumnSet = new ColumnSet(columns) };
            query.Criteria.AddCondition(SystemUser.PrimaryId, ConditionOperator.AboveOrEqual, ownerId);
            var rows = service.RetrieveMultiple(query).Entities;
            var users = rows
                .Select(user => new HierarchyUser(user.Id, user.GetAttributeValue<EntityReference>(SystemUser.ParentSystemUserId)?.Id)
                {
                    Name = user.GetAttributeValue<string>(SystemUser.FullName),
                    IsDisabled = user.GetAttributeValue<bool?>(SystemUser.IsDisabled) == true,
                })
                .ToList();
            owner = rows.FirstOrDefault(row => row.Id == ownerId);
            return ManagerChain.Walk(ownerId, depth, users);
        }
    }
}
