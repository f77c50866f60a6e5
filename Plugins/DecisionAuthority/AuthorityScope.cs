namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>
    /// Who an authority row applies to: the <c>cri_decisionauthority</c> applies-to choice (stable option
    /// values). The most specific row wins: User over Team over SecurityRole over Everyone.
    /// </summary>
    public enum AuthorityScope
    {
        Everyone = 100000000,
        SecurityRole = 100000001,
        Team = 100000002,
        User = 100000003,
    }

    /// <summary>Ranks scopes by how specific they are.</summary>
    public static class AuthorityScopes
    {
        /// <summary>0 for Everyone up to 3 for User: a higher rank wins.</summary>
        public static int Specificity(this AuthorityScope scope)
        {
            switch (scope)
            {
                case AuthorityScope.User: return 3;
                case AuthorityScope.Team: return 2;
                case AuthorityScope.SecurityRole: return 1;
                default: return 0;
            }
        }
    }
}
