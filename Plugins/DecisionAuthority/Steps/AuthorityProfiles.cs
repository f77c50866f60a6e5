using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.DecisionAuthority.Steps
{
    /// <summary>
    /// Users as authority rows see them. Teams are read (one <c>teammembership</c> query for every user asked
    /// about) only when a rule applies to a team; roles (one <c>systemuserroles</c> query) only when a rule
    /// applies to a role. With Everyone and User rows only, no query at all. A team that owns a deal is seen
    /// as a member of itself, so Team and Everyone rows apply to team-owned deals.
    /// Roles are matched by the id held directly (a role copied into a child business unit has its own id).
    /// </summary>
    internal static class AuthorityProfiles
    {
        public static Dictionary<Guid, UserAuthorityProfile> Load(IOrganizationService service, AuthorityMatrix matrix, IEnumerable<EntityReference> principals)
        {
            var all = principals.GroupBy(principal => principal.Id).Select(group => group.First()).ToList();
            var userIds = all.Where(principal => principal.LogicalName == SystemUser.EntityName).Select(principal => principal.Id).ToArray();
            var needsTeams = matrix.Rules.Any(rule => rule.Scope == AuthorityScope.Team);
            var needsRoles = matrix.Rules.Any(rule => rule.Scope == AuthorityScope.SecurityRole);
            var teams = needsTeams && userIds.Length > 0 ? Memberships(service, TeamMembership.EntityName, TeamMembership.TeamId, TeamMembership.SystemUserId, userIds) : null;
            var roles = needsRoles && userIds.Length > 0 ? Memberships(service, SystemUserRoles.EntityName, SystemUserRoles.RoleId, SystemUserRoles.SystemUserId, userIds) : null;

            var profiles = new Dictionary<Guid, UserAuthorityProfile>();
            foreach (var principal in all)
            {
                profiles[principal.Id] = principal.LogicalName == Team.EntityName
                    ? new UserAuthorityProfile(principal.Id, new[] { principal.Id })
                    : new UserAuthorityProfile(principal.Id, IdsOf(teams, principal.Id), IdsOf(roles, principal.Id));
            }

            return profiles;
        }

        private static ILookup<Guid, Guid> Memberships(IOrganizationService service, string table, string idColumn, string userColumn, Guid[] userIds)
        {
            var query = new QueryExpression(table) { ColumnSet = new ColumnSet(idColumn, userColumn) };
            query.Criteria.AddCondition(userColumn, ConditionOperator.In, userIds.Cast<object>().ToArray());
            return service.RetrieveMultiple(query).Entities
                .Where(row => row.Contains(userColumn) && row.Contains(idColumn))
                .ToLookup(row => IdOf(row[userColumn]), row => IdOf(row[idColumn]));
        }

        private static Guid IdOf(object value) => value is EntityReference reference ? reference.Id : value is Guid id ? id : Guid.Empty;

        private static IEnumerable<Guid> IdsOf(ILookup<Guid, Guid>? lookup, Guid userId) =>
            lookup == null ? Enumerable.Empty<Guid>() : lookup[userId];
    }
}
