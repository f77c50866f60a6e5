using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.DecisionAuthority;
using CrmIndependence.Plugins.Involvement;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Platform
{
    /// <summary>
    /// Reads users as authority rows and the manager chain see them with ONE <c>systemuser</c> query: each user's
    /// manager (<c>parentsystemuserid</c>), name and whether they are disabled; optionally their teams and security roles (outer joins to the
    /// intersect tables, restricted to the users asked about); optionally everyone above one user
    /// (<c>eq-or-above</c>, or-ed with the users asked about) so their manager chain walks without another call.
    /// </summary>
    public static class UserAuthorityReader
    {
        private const string TeamAlias = "membership";
        private const string RoleAlias = "userrole";

        public static UserAuthorityRead Read(IOrganizationService service, IReadOnlyCollection<Guid> userIds, bool withMemberships, Guid? chainOf = null)
        {
            if (userIds.Count == 0 && !chainOf.HasValue)
            {
                return new UserAuthorityRead(new Dictionary<Guid, HierarchyUser>(), new Dictionary<Guid, HashSet<Guid>>(), new Dictionary<Guid, HashSet<Guid>>());
            }

            var asked = userIds.Cast<object>().ToArray();
            var query = new QueryExpression(SystemUser.EntityName)
            {
                ColumnSet = new ColumnSet(SystemUser.PrimaryId, SystemUser.ParentSystemUserId, SystemUser.FullName, SystemUser.IsDisabled),
            };
            // eq-or-above already returns the user whose chain is read: asking for them again by id would turn the
            // filter into an OR, which the hierarchy index cannot answer alone.
            var others = chainOf.HasValue ? asked.Where(id => !chainOf.Value.Equals(id)).ToArray() : asked;
            var filter = new FilterExpression(LogicalOperator.Or);
            if (others.Length > 0)
            {
                filter.AddCondition(SystemUser.PrimaryId, ConditionOperator.In, others);
            }

            if (chainOf.HasValue)
            {
                filter.AddCondition(SystemUser.PrimaryId, ConditionOperator.AboveOrEqual, chainOf.Value);
            }

            query.Criteria.AddFilter(filter);
            if (withMemberships && asked.Length > 0)
            {
                Join(query, TeamMembership.EntityName, TeamMembership.SystemUserId, TeamMembership.TeamId, TeamAlias, asked);
                Join(query, SystemUserRoles.EntityName, SystemUserRoles.SystemUserId, SystemUserRoles.RoleId, RoleAlias, asked);
            }

            var users = new Dictionary<Guid, HierarchyUser>();
            var teams = new Dictionary<Guid, HashSet<Guid>>();
            var roles = new Dictionary<Guid, HashSet<Guid>>();
            foreach (var row in service.RetrieveMultiple(query).Entities)
            {
                users[row.Id] = new HierarchyUser(row.Id, row.GetAttributeValue<EntityReference>(SystemUser.ParentSystemUserId)?.Id)
                {
                    Name = row.GetAttributeValue<string>(SystemUser.FullName),
                    IsDisabled = row.GetAttributeValue<bool?>(SystemUser.IsDisabled) == true,
                };
                AddAliased(row, TeamAlias + "." + TeamMembership.TeamId, teams);
                AddAliased(row, RoleAlias + "." + SystemUserRoles.RoleId, roles);
            }

            return new UserAuthorityRead(users, teams, roles);
        }

        /// <summary>An outer join to an intersect table whose rows are joined only for the users asked about.</summary>
        private static void Join(QueryExpression query, string table, string userColumn, string idColumn, string alias, object[] asked)
        {
            var link = query.AddLink(table, SystemUser.PrimaryId, userColumn, JoinOperator.LeftOuter);
            link.EntityAlias = alias;
            link.Columns = new ColumnSet(idColumn);
            link.LinkCriteria.AddCondition(userColumn, ConditionOperator.In, asked);
        }

        private static void AddAliased(Entity row, string name, Dictionary<Guid, HashSet<Guid>> into)
        {
            var value = row.GetAttributeValue<AliasedValue>(name)?.Value;
            var id = value is EntityReference reference ? reference.Id : value is Guid guid ? guid : Guid.Empty;
            if (id == Guid.Empty)
            {
                return;
            }

            if (!into.TryGetValue(row.Id, out var ids))
            {
                into[row.Id] = ids = new HashSet<Guid>();
            }

            ids.Add(id);
        }
    }

    /// <summary>What <see cref="UserAuthorityReader"/> read: the users found, their managers, names, teams and roles.</summary>
    public sealed class UserAuthorityRead
    {
        private readonly Dictionary<Guid, HierarchyUser> users;
        private readonly Dictionary<Guid, HashSet<Guid>> teams;
        private readonly Dictionary<Guid, HashSet<Guid>> roles;

        internal UserAuthorityRead(Dictionary<Guid, HierarchyUser> users, Dictionary<Guid, HashSet<Guid>> teams, Dictionary<Guid, HashSet<Guid>> roles)
        {
            this.users = users;
            this.teams = teams;
            this.roles = roles;
        }

        public bool Found(Guid userId) => users.ContainsKey(userId);

        public Guid? ManagerOf(Guid userId) => users.TryGetValue(userId, out var user) ? user.ManagerId : null;

        /// <summary>The user's full name, or null when not read.</summary>
        public string? NameOf(Guid userId) => users.TryGetValue(userId, out var user) ? user.Name : null;

        /// <summary>Whether the user was read and is disabled.</summary>
        public bool IsDisabled(Guid userId) => users.TryGetValue(userId, out var user) && user.IsDisabled;

        /// <summary>The user's teams and roles (none when memberships were not read or the user was not found).</summary>
        public UserAuthorityProfile ProfileOf(Guid userId) =>
            new UserAuthorityProfile(userId, teams.TryGetValue(userId, out var teamIds) ? teamIds : null, roles.TryGetValue(userId, out var roleIds) ? roleIds : null);

        /// <summary>The manager chain of a user read with <c>chainOf</c>, walked over the users read.</summary>
        public ManagerChain ChainOf(Guid ownerId, int depth) =>
            ManagerChain.Walk(ownerId, depth, users.Values);
    }
}
