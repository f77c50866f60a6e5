using System;
using System.IO;

namespace CrmIndependence.Demo.Playing
{
    /// <summary>Finds the repository's folders (the solution source the tables come from, out/, the sample scenario).</summary>
    public static class RepositoryFolders
    {
        /// <summary>The folder holding CrmIndependence.sln, searched upward from the working directory, then from the program.</summary>
        public static string Root
        {
            get
            {
                foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
                {
                    for (var folder = new DirectoryInfo(start); folder != null; folder = folder.Parent)
                    {
                        if (File.Exists(Path.Combine(folder.FullName, "CrmIndependence.sln")) && Directory.Exists(Path.Combine(folder.FullName, "Solution")))
                        {
                            return folder.FullName;
                        }
                    }
                }

                throw new InvalidOperationException("Cannot find the repository (CrmIndependence.sln with Solution/) above the working directory or the program; run from the repository or pass --solution.");
            }
        }

        public static string SolutionSource => Path.Combine(Root, "Solution");

        public static string SampleScenario => Path.Combine(Root, "Demo", "Scenarios", "sample.json");

        public static string DemoOutput => Path.Combine(Root, "out", "demo");
    }
}
