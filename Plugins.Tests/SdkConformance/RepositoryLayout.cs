using System;
using System.IO;
using System.Reflection;
using System.Text.RegularExpressions;

namespace CrmIndependence.Plugins.Tests.SdkConformance
{
    /// <summary>
    /// Where things are in the clone the tests run from: the folder holding <c>CrmIndependence.sln</c>,
    /// found by walking up from the test assembly, and the build configuration the tests were built with.
    /// </summary>
    public sealed class RepositoryLayout
    {
        private const string SolutionFile = "CrmIndependence.sln";

        private RepositoryLayout(string root, string configuration)
        {
            Root = root;
            Configuration = configuration;
        }

        public static RepositoryLayout Current { get; } = Locate(typeof(RepositoryLayout).Assembly);

        public string Root { get; }

        /// <summary><c>Debug</c> or <c>Release</c>: the configuration of the test assembly itself.</summary>
        public string Configuration { get; }

        public string OfficialListing(string assemblyName) => Path.Combine(Root, "Sdk", "OfficialApi", assemblyName + ".txt");

        /// <summary><c>Sdk/&lt;name&gt;/bin/&lt;Configuration&gt;/&lt;tfm&gt;/&lt;name&gt;.dll</c>.</summary>
        public string SdkAssembly(string assemblyName, string targetFramework) =>
            BuiltAssembly(Path.Combine("Sdk", assemblyName), assemblyName, targetFramework);

        /// <summary><c>&lt;projectFolder&gt;/bin/&lt;Configuration&gt;/&lt;tfm&gt;/&lt;name&gt;.dll</c>.</summary>
        public string BuiltAssembly(string projectFolder, string assemblyName, string targetFramework) =>
            Path.Combine(Root, projectFolder, "bin", Configuration, targetFramework, assemblyName + ".dll");

        public string ProjectKeyFile => Path.Combine(Root, "CrmIndependence.snk");

        /// <summary>The text of a file of the repository (a path relative to the root, forward slashes), with "\n" line ends.</summary>
        public string Text(string relativePath) =>
            File.ReadAllText(Path.Combine(Root, relativePath)).Replace("\r\n", "\n", StringComparison.Ordinal);

        /// <summary>A path relative to the repository root, with forward slashes, for messages.</summary>
        public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

        private static RepositoryLayout Locate(Assembly testAssembly)
        {
            var start = Path.GetDirectoryName(testAssembly.Location) ?? AppContext.BaseDirectory;
            var directory = new DirectoryInfo(start);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                directory = directory.Parent;
            }

            if (directory is null)
            {
                throw new InvalidOperationException($"No {SolutionFile} above {start}: the tests must run from a clone of the repository.");
            }

            return new RepositoryLayout(directory.FullName, ConfigurationOf(testAssembly, start));
        }

        /// <summary>From the assembly's <see cref="AssemblyConfigurationAttribute"/>, else from its path <c>bin/&lt;Configuration&gt;/&lt;tfm&gt;</c>.</summary>
        private static string ConfigurationOf(Assembly testAssembly, string directory)
        {
            var configuration = testAssembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration;
            if (!string.IsNullOrEmpty(configuration))
            {
                return configuration;
            }

            var fromPath = Regex.Match(directory.Replace('\\', '/'), @"/bin/([^/]+)/[^/]+/?$");
            if (fromPath.Success)
            {
                return fromPath.Groups[1].Value;
            }

            throw new InvalidOperationException($"Cannot tell the build configuration of {testAssembly.Location}.");
        }
    }
}
