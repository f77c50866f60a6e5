using System;

namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>A valid authority row: up to <see cref="Limit"/> of <see cref="Decision"/> for whom <see cref="Scope"/> says.</summary>
    public sealed record AuthorityRule(Guid RowId, Decision Decision, AuthorityScope Scope, Guid? PrincipalId, decimal Limit)
    {
        /// <summary>Whether the rule applies to a user (directly, through a team, a role, or to everyone).</summary>
        public bool AppliesTo(UserAuthorityProfile user)
        {
            switch (Scope)
            {
                case AuthorityScope.User: return PrincipalId == user.UserId;
                case AuthorityScope.Team: return PrincipalId.HasValue && user.IsInTeam(PrincipalId.Value);
                case AuthorityScope.SecurityRole: return PrincipalId.HasValue && user.HasRole(PrincipalId.Value);
                default: return true;
            }
        }
    }
}
