namespace CrmIndependence.Plugins.Schema
{
    /// <summary>The system table <c>systemuser</c>: the manager chain is <see cref="ParentSystemUserId"/>, walked upward.</summary>
    public static class SystemUser
    {
        public const string EntityName = "systemuser";
        public const string PrimaryId = "systemuserid";
        public const string PrimaryName = "fullname";
        public const string FullName = "fullname";
        public const string ParentSystemUserId = "parentsystemuserid";
        public const string BusinessUnitId = "businessunitid";
        public const string IsDisabled = "isdisabled";
        public const string InternalEmailAddress = "internalemailaddress";
        public const string CreatedOn = "createdon";
    }

    /// <summary>The system table <c>team</c>.</summary>
    public static class Team
    {
        public const string EntityName = "team";
        public const string PrimaryId = "teamid";
        public const string PrimaryName = "name";
        public const string BusinessUnitId = "businessunitid";
    }

    /// <summary>The system table <c>role</c> (security roles).</summary>
    public static class Role
    {
        public const string EntityName = "role";
        public const string PrimaryId = "roleid";
        public const string PrimaryName = "name";
        public const string ParentRootRoleId = "parentrootroleid";
    }
}
