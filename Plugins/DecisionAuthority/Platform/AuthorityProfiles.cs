using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Involvement;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.DecisionAuthority.Platform
{
    /// <summary>
    /// Users as authority rows see them. Teams and roles are read only when a rule applies to a team or a role,
    /// with ONE <see cref="UserAuthorityReader"/> query for every user asked about, which can bring a manager
    /// chain along at no extra call. With Everyone and User rows only and no chain asked for, no query at all.
    /// A team that owns a deal is seen as a member of itself, so Team and Everyone rows apply to team-owned deals.
    /// Roles are matched by the id held directly (a role copied into a child business unit has its own id).
    /// </summary>
    internal sealed class AuthorityProfiles
    {
        private readonly Dictionary<Guid, UserAuthorityProfile> profiles;
        private readonly UserAuthorityRead? read;
        private readonly Guid? chainOf;

        private AuthorityProfiles(Dictionary<Guid, UserAuthorityProfile> profiles, UserAuthorityRead? read, Guid? chainOf)
        {
            this.profiles = profiles;
            this.read = read;
            this.chainOf = chainOf;
        }

        public UserAuthorityProfile this[Guid principalId] => profiles[principalId];

        /// <summary>True when a rule applies to a team or a role: the profiles then need a query.</summary>
        public static bool NeedMemberships(AuthorityMatrix matrix) =>
            matrix.Rules.Any(rule => rule.Scope == AuthorityScope.Team || rule.Scope == AuthorityScope.SecurityRole);

        /// <summary>
        /// The principals' profiles. <paramref name="chainOf"/> (a user) is read along when a query runs anyway
        /// (memberships needed); <see cref="PreloadedChain"/> then serves their manager chain without a call.
        /// </summary>
        public static AuthorityProfiles Load(IOrganizationService service, AuthorityMatrix matrix, IEnumerable<EntityReference> principals, Guid? chainOf = null)
        {
            var all = principals.GroupBy(principal => principal.Id).Select(group => group.First()).ToList();
            var userIds = all.Where(principal => principal.LogicalName == SystemUser.EntityName).Select(principal => principal.Id).ToArray();
            var read = NeedMemberships(matrix) && userIds.Length > 0 ? UserAuthorityReader.Read(service, userIds, withMemberships: true, chainOf) : null;

            var profiles = new Dictionary<Guid, UserAuthorityProfile>();
            foreach (var principal in all)
            {
                profiles[principal.Id] = principal.LogicalName == Team.EntityName
                    ? new UserAuthorityProfile(principal.Id, new[] { principal.Id })
                    : read?.ProfileOf(principal.Id) ?? new UserAuthorityProfile(principal.Id);
            }

            return new AuthorityProfiles(profiles, read, read == null ? null : chainOf);
        }

        /// <summary>The manager chain of <paramref name="ownerId"/> when it was read with the profiles; otherwise null.</summary>
        public ManagerChain? PreloadedChain(Guid ownerId, int depth) =>
            read != null && chainOf == ownerId ? read.ChainOf(ownerId, depth) : null;
    }
}
