using System;
using System.IO;
using System.Reflection;
using System.Text.RegularExpressions;
using CrmIndependence.Solution.Packing;
using CrmIndependence.Solution.Source;

namespace CrmIndependence.Plugins.Tests.SolutionPackage
{
    /// <summary>
    /// Where the solution source and the built assemblies are, and one shared pack of them (packing is the
    /// slow part; every read-only test uses the same zips).
    /// </summary>
    public static class SolutionTestLayout
    {
        private static readonly Lazy<string> RootValue = new(FindRoot);
        private static readonly Lazy<PackResult> PackedValue = new(() => PackTo(NewTempFolder("pack")));
        private static readonly Lazy<SolutionSource> SourceValue = new(() => SolutionSource.Load(SourceFolder));

        public static string Root => RootValue.Value;

        public static string SourceFolder => Path.Combine(Root, "Solution");

        /// <summary>Debug or Release: the configuration the tests were built with (the shipped dlls are built alike).</summary>
        public static string Configuration
        {
            get
            {
                var assembly = typeof(SolutionTestLayout).Assembly;
                var configuration = assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration;
                if (!string.IsNullOrEmpty(configuration))
                {
                    return configuration;
                }

                var match = Regex.Match(Path.GetDirectoryName(assembly.Location)!.Replace('\\', '/'), @"/bin/([^/]+)/[^/]+/?$");
                return match.Success ? match.Groups[1].Value : "Debug";
            }
        }

        public static string PluginAssemblyPath => Path.Combine(Root, "Plugins", "bin", Configuration, "net462", "CrmIndependence.Plugins.dll");

        public static string WorkflowAssemblyPath => Path.Combine(Root, "Workflows", "bin", Configuration, "net462", "CrmIndependence.Workflows.dll");

        public static SolutionSource Source => SourceValue.Value;

        /// <summary>The zips of one pack of the repository's source, shared by the read-only tests.</summary>
        public static PackResult Packed => PackedValue.Value;

        public static PackOptions Options(string sourceFolder, string outputFolder) =>
            new(sourceFolder, PluginAssemblyPath, WorkflowAssemblyPath, outputFolder);

        public static PackResult PackTo(string outputFolder, string? sourceFolder = null) =>
            SolutionPacker.Pack(Options(sourceFolder ?? SourceFolder, outputFolder));

        public static string NewTempFolder(string purpose)
        {
            var folder = Path.Combine(Path.GetTempPath(), "crmindependence-tests", purpose + "-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return folder;
        }

        /// <summary>A writable copy of the solution source, to break on purpose.</summary>
        public static string CopyOfSource()
        {
            var target = NewTempFolder("source");
            foreach (var file in Directory.GetFiles(SourceFolder, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(SourceFolder, file);
                if (relative.StartsWith("Packer" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    continue;
                }

                var destination = Path.Combine(target, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination);
            }

            return target;
        }

        private static string FindRoot()
        {
            var directory = new DirectoryInfo(Path.GetDirectoryName(typeof(SolutionTestLayout).Assembly.Location)!);
            while (directory != null && !File.Exists(Path.Combine(directory.FullName, "CrmIndependence.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("No CrmIndependence.sln above the test assembly.");
        }
    }
}
