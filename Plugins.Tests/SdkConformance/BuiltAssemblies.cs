using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Mono.Cecil;

namespace CrmIndependence.Plugins.Tests.SdkConformance
{
    /// <summary>Opens assemblies of the solution's build output; a missing one fails the test, it is never skipped.</summary>
    public static class BuiltAssemblies
    {
        public static string Require(string path)
        {
            var layout = RepositoryLayout.Current;
            if (!File.Exists(path))
            {
                Assert.Fail(
                    $"{layout.Relative(path)} is not built. Build the solution first: "
                    + $"'dotnet build CrmIndependence.sln -c {layout.Configuration}' (or 'dotnet pwsh ./build.ps1 -Configuration {layout.Configuration}'); "
                    + "building only the test project does not build the net462 targets.");
            }

            return path;
        }

        /// <summary>Reads the metadata without loading the assembly or locking the file.</summary>
        public static AssemblyDefinition Read(string path) =>
            AssemblyDefinition.ReadAssembly(Require(path), new ReaderParameters { InMemory = true, ReadingMode = ReadingMode.Deferred });
    }
}
