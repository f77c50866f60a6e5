using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>A user as authority rows see them: the user, the teams they belong to, their security roles.</summary>
    public sealed class UserAuthorityProfile
    {
        private readonly HashSet<Guid> teamIds;
        private readonly HashSet<Guid> roleIds;

        public UserAuthorityProfile(Guid userId, IEnumerable<Guid>? teamIds = null, IEnumerable<Guid>? roleIds = null)
        {
            UserId = userId;
            this.teamIds = new HashSet<Guid>(teamIds ?? Enumerable.Empty<Guid>());
            this.roleIds = new HashSet<Guid>(roleIds ?? Enumerable.Empty<Guid>());
        }

        public Guid UserId { get; }

        public IReadOnlyCollection<Guid> TeamIds => teamIds;

        public IReadOnlyCollection<Guid> RoleIds => roleIds;

        public bool IsInTeam(Guid teamId) => teamIds.Contains(teamId);

        public bool HasRole(Guid roleId) => roleIds.Contains(roleId);
    }
}
