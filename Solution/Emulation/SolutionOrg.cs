using System;
using System.IO;
using CrmIndependence.Emulator;

namespace CrmIndependence.Solution.Emulation
{
    /// <summary>
    /// An emulated org with the standard tables and the solution's own, in one line:
    /// <c>var org = SolutionOrg.Create(new SimulatedClock());</c>. The solution source is the <c>Solution/</c> folder
    /// of the repository the code runs from (found by walking up from the running assembly), or the folder given.
    /// </summary>
    public static class SolutionOrg
    {
        private const string Marker = "Other/Solution.xml";

        public static Org Create(IClock? clock = null, Action<OrgOptions>? configure = null, string? solutionFolder = null) =>
            Org.Create(clock, configure, SolutionTables.CreateCatalog(solutionFolder ?? FindSolutionFolder()));

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
