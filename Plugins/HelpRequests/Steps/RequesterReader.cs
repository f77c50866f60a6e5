using System;
using System.Collections.Generic;
using CrmIndependence.Plugins.DecisionAuthority;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.HelpRequests.Steps
{
    /// <summary>
    /// Reads the rep asking for help with ONE query: their manager (<c>parentsystemuserid</c>) and, when the
    /// request is about a decision, their teams and security roles (outer joins to the intersect tables), so
    /// authority rows for a team or role apply. A user who does not exist (deleted) is a clear error.
    /// </summary>
    internal static class RequesterReader
    {
        private const string TeamAlias = "membership";
        private const string RoleAlias = "userrole";

        public static Requester Read(IOrganizationService service, Guid userId, bool withMemberships)
        {
            var query = new QueryExpression(SystemUser.EntityName)
            {
                ColumnSet = new ColumnSet(SystemUser.ParentSystemUserId),
            };
            query.Criteria.AddCondition(SystemUser.PrimaryId, ConditionOperator.Equal, userId);
            if (withMemberships)
            {
                var teams = query.AddLink(TeamMembership.EntityName, SystemUser.PrimaryId, TeamMembership.SystemUserId, JoinOperator.LeftOuter);
                teams.EntityAlias = TeamAlias;
                teams.Columns = new ColumnSet(TeamMembership.TeamId);
                var roles = query.AddLink(SystemUserRoles.EntityName, SystemUser.PrimaryId, SystemUserRoles.SystemUserId, JoinOperator.LeftOuter);
                roles.EntityAlias = RoleAlias;
                roles.Columns = new ColumnSet(SystemUserRoles.RoleId);
            }

            var rows = service.RetrieveMultiple(query).Entities;
            if (rows.Count == 0)
            {
                throw new InvalidPluginExecutionException(
                    $"The owner of this help request (user {userId}) was not found: choose an active user as the owner and save again.");
            }

            var teamIds = new HashSet<Guid>();
            var roleIds = new HashSet<Guid>();
            foreach (var row in rows)
            {
                AddAliased(row, TeamAlias + "." + TeamMembership.TeamId, teamIds);
                AddAliased(row, RoleAlias + "." + SystemUserRoles.RoleId, roleIds);
            }

            var manager = rows[0].GetAttributeValue<EntityReference>(SystemUser.ParentSystemUserId)?.Id;
            return new Requester(new UserAuthorityProfile(userId, teamIds, roleIds), manager);
        }

        private static void AddAliased(Entity row, string name, HashSet<Guid> into)
        {
            var value = row.GetAttributeValue<AliasedValue>(name)?.Value;
            if (value is Guid id && id != Guid.Empty)
            {
                into.Add(id);
            }
            else if (value is EntityReference reference && reference.Id != Guid.Empty)
            {
                into.Add(reference.Id);
            }
        }
    }
}
