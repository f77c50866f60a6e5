using System;
using System.IO;
using CrmIndependence.Emulator;

namespace CrmIndependence.Solution.Emulation
{
    /// <summary>
    /// An emulated org set up as the install guide sets up Dataverse, in one line:
    /// <c>var org = SolutionOrg.Create(new SimulatedClock());</c> — the standard tables and the solution's own,
    /// security on with the solution's roles (<c>Roles/</c>) beside the standard ones, and the manager hierarchy
    /// security model on (the install guide asks for it) at Dataverse's default depth. Give its users their roles with
    /// <see cref="SuiteUsers"/> (<c>org.AddRep</c>, <c>org.AddManager</c>, <c>org.AddSuiteAdmin</c>); a user without
    /// a role can do nothing, as in Dataverse. <paramref name="configure"/> changes any of it (e.g.
    /// <c>options.HierarchySecurity = false</c>). The solution source is the <c>Solution/</c> folder of the
    /// repository the code runs from (found by walking up from the running assembly), or the folder given.
    /// </summary>
    public static class SolutionOrg
    {
        private const string Marker = "Other/Solution.xml";

        public static Org Create(IClock? clock = null, Action<OrgOptions>? configure = null, string? solutionFolder = null)
        {
            var folder = solutionFolder ?? FindSolutionFolder();
            var catalog = SolutionTables.CreateCatalog(folder);
            return Org.CreateSecured(
                clock,
                rolesFolder: Path.Combine(folder, "Roles"),
                configure: options =>
                {
                    options.HierarchySecurity = true;   // at Dataverse's default depth (3), above managerChainDepth's default (2)
                    configure?.Invoke(options);
                },
                metadata: catalog);
        }

        /// <summary>The <c>Solution/</c> folder above the running code; a clear error when there is none.</summary>
        public static string FindSolutionFolder()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "Solution");
                if (File.Exists(Path.Combine(candidate, Marker)))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException(
                $"No Solution/ folder (with {Marker}) above {AppContext.BaseDirectory}. Run from inside the repository, or pass solutionFolder.");
        }
    }
}
