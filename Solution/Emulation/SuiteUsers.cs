using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Emulator.Security;

namespace CrmIndependence.Solution.Emulation
{
    /// <summary>
    /// The people of an org running the suite, with the roles the install guide gives them (docs/INSTALL.md, "Install into
    /// Dataverse"): a rep holds the standard Salesperson role and the suite's Rep role, a sales manager the standard
    /// Sales Manager role and the suite's Manager role, whoever configures the suite the suite's Admin role. The
    /// suite's roles are the solution's <c>Roles/</c>, which <see cref="SolutionOrg.Create"/> imports.
    /// </summary>
    public static class SuiteUsers
    {
        public const string RepRole = "CrmIndependence Rep";
        public const string ManagerRole = "CrmIndependence Manager";
        public const string AdminRole = "CrmIndependence Admin";

        public static readonly string[] RepRoles = { StandardRoles.Salesperson, RepRole };
        public static readonly string[] ManagerRoles = { StandardRoles.SalesManager, ManagerRole };
        public static readonly string[] AdminRoles = { AdminRole };

        /// <summary>A new rep reporting to <paramref name="reportsTo"/>, with the rep's roles.</summary>
        public static User AddRep(this Org org, string fullName, User? reportsTo = null) => WithRoles(org, org.Users.Add(fullName, reportsTo: reportsTo), RepRoles);

        /// <summary>A new sales manager (or director) reporting to <paramref name="reportsTo"/>, with the manager's roles.</summary>
        public static User AddManager(this Org org, string fullName, User? reportsTo = null) => WithRoles(org, org.Users.Add(fullName, reportsTo: reportsTo), ManagerRoles);

        /// <summary>A new user who configures the suite, with the suite's Admin role only.</summary>
        public static User AddSuiteAdmin(this Org org, string fullName) => WithRoles(org, org.Users.Add(fullName), AdminRoles);

        private static User WithRoles(Org org, User user, string[] roles)
        {
            org.Security.AssignRoles(user, roles);
            return user;
        }
    }
}
