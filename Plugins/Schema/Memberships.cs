namespace CrmIndependence.Plugins.Schema
{
    /// <summary>The system intersect table <c>teammembership</c>: which users belong to which teams.</summary>
    public static class TeamMembership
    {
        public const string EntityName = "teammembership";
        public const string TeamId = "teamid";
        public const string SystemUserId = "systemuserid";
    }

    /// <summary>The system intersect table <c>systemuserroles</c>: which security roles users hold directly.</summary>
    public static class SystemUserRoles
    {
        public const string EntityName = "systemuserroles";
        public const string RoleId = "roleid";
        public const string SystemUserId = "systemuserid";
    }
}
