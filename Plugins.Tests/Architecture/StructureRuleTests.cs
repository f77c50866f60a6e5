using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Tests.SdkConformance;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Architecture
{
    /// <summary>
    /// The structure rules of docs/ARCHITECTURE.md ("The layers", "The solution"), checked on the source, the built
    /// assemblies and the project files, so a change that breaks the layout fails with the rule it breaks.
    /// </summary>
    [TestClass]
    public sealed class StructureRuleTests
    {
        private static RepositoryLayout Layout => RepositoryLayout.Current;

        private static readonly Regex TypeDeclaration = new Regex(
            @"^\s*(?:\[[^\]]*\]\s*)*(?:(?:public|internal|private|protected|sealed|static|abstract|partial|readonly)\s+)*(?:class|record|struct|enum|interface)\s+(?<name>\w+)",
            RegexOptions.Multiline);

        [TestMethod]
        public void Steps_folders_hold_only_plugin_classes()
        {
            var pluginTypes = typeof(PluginBase).Assembly.GetTypes();
            var plugins = new HashSet<string>(
                pluginTypes.Where(type => typeof(IPlugin).IsAssignableFrom(type) && !type.IsAbstract).Select(type => type.Name),
                StringComparer.Ordinal);

            var declaredInSteps = (
                from file in CapabilityFolders().SelectMany(folder => StepFiles(folder))
                from Match declaration in TypeDeclaration.Matches(File.ReadAllText(file))
                let name = declaration.Groups["name"].Value
                where !plugins.Contains(name)
                select $"{name} ({Layout.Relative(file)})").ToList();
            var inStepsNamespace = pluginTypes
                .Where(type => type.Namespace != null && type.Namespace.EndsWith(".Steps", StringComparison.Ordinal))
                .Where(type => !type.IsNested && !type.Name.StartsWith("<", StringComparison.Ordinal))
                .Where(type => !typeof(IPlugin).IsAssignableFrom(type))
                .Select(type => type.FullName!)
                .ToList();

            Assert.IsTrue(plugins.Count > 20, "the plugin assembly should hold the suite's steps");
            Assert.AreEqual(
                0,
                declaredInSteps.Count + inStepsNamespace.Count,
                "Rule: a capability's Steps/ folder (and namespace) holds only IPlugin classes, the steps Dataverse runs; a " +
                "helper goes to the capability's Platform/ folder (it reads or writes rows) or beside its rules (plain C#). " +
                "Not plugins: " + string.Join(", ", declaredInSteps.Concat(inStepsNamespace)));
        }

        [TestMethod]
        public void No_capability_uses_another_capabilitys_steps()
        {
            var capabilities = CapabilityFolders().Select(Path.GetFileName).ToList();
            var offenders = (
                from folder in SharedFolders().Concat(CapabilityFolders()).Concat(new[] { Path.Combine(Layout.Root, "Workflows") })
                let own = Path.GetFileName(folder)
                from file in Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
                where !IsBuildOutput(file)
                let text = File.ReadAllText(file)
                from other in capabilities
                where other != own && Regex.IsMatch(text, $@"\b{other}\.Steps\b")
                select $"{Layout.Relative(file)} uses {other}.Steps").ToList();

            Assert.IsTrue(capabilities.Contains("Coaching") && capabilities.Contains("HelpRequests"), "the capabilities should be found under Plugins/");
            Assert.AreEqual(
                0,
                offenders.Count,
                "Rule: a capability uses another only through a service meant for it (its Platform/ folder or its rules, e.g. " +
                "Coaching/Platform/CoachingPlanner.cs), never through its Steps namespace: a step is the platform's entry point, " +
                "not an API. " + string.Join("; ", offenders));
        }

        [TestMethod]
        [DataRow("CrmIndependence.Plugins")]
        [DataRow("CrmIndependence.Workflows")]
        public void A_shipped_assembly_references_only_the_framework_and_the_sdk(string name)
        {
            var shipped = ShippedAssembly.Named(name);
            using var assembly = BuiltAssemblies.Read(shipped.Path);
            var references = assembly.MainModule.AssemblyReferences.Select(reference => reference.FullName).ToList();
            var other = references.Where(reference => !shipped.AllowedReferences.Contains(reference)).ToList();

            Assert.IsTrue(references.Count > 0, $"{name} should reference at least the framework");
            Assert.AreEqual(
                0,
                other.Count,
                $"Rule: {name} runs in the Dataverse sandbox, where only the .NET Framework and the SDK are present; it may " +
                "reference nothing else (no emulator, no packer, no NuGet library). It references: " + string.Join("; ", other));
        }

        [TestMethod]
        public void The_packer_does_not_reference_the_emulator()
        {
            var packerProject = Path.Combine(Layout.Root, "Solution", "Packer", "CrmIndependence.Solution.Packer.csproj");
            var projects = ProjectClosure(packerProject).Select(Layout.Relative).ToList();
            using var packer = BuiltAssemblies.Read(Layout.BuiltAssembly(Path.Combine("Solution", "Packer"), "CrmIndependence.Solution.Packer", SdkAssemblies.Modern));
            var assemblies = packer.MainModule.AssemblyReferences.Select(reference => reference.Name).ToList();

            Assert.IsTrue(projects.Contains("Plugins/CrmIndependence.Plugins.csproj"), "the packer reads the plugin assembly's registrations: " + string.Join(", ", projects));
            Assert.IsFalse(
                projects.Any(project => project.StartsWith("Emulator/", StringComparison.Ordinal)) || assemblies.Contains("CrmIndependence.Emulator"),
                "Rule: the packer writes the shipped zips and must not build or load the test bed; what reads the solution into " +
                "the emulator lives in Solution/Emulation (referenced by the tests, the demo and the benchmarks). The packer's " +
                "projects: " + string.Join(", ", projects) + "; its assemblies: " + string.Join(", ", assemblies));
        }

        /// <summary>Plugins/&lt;Capability&gt;/: every folder of the plugin project but the shared ones.</summary>
        internal static IEnumerable<string> CapabilityFolders() =>
            Directory.GetDirectories(Path.Combine(Layout.Root, "Plugins"))
                .Where(folder => !SharedFolderNames.Contains(Path.GetFileName(folder)) && !IsBuildOutput(folder + Path.DirectorySeparatorChar))
                .OrderBy(folder => folder, StringComparer.Ordinal);

        private static readonly string[] SharedFolderNames = { "Infrastructure", "Platform", "Registration", "Schema", "bin", "obj" };

        private static IEnumerable<string> SharedFolders() =>
            new[] { "Infrastructure", "Platform", "Registration", "Schema" }.Select(name => Path.Combine(Layout.Root, "Plugins", name));

        private static IEnumerable<string> StepFiles(string capabilityFolder)
        {
            var steps = Path.Combine(capabilityFolder, "Steps");
            return Directory.Exists(steps) ? Directory.GetFiles(steps, "*.cs", SearchOption.AllDirectories) : Array.Empty<string>();
        }

        private static bool IsBuildOutput(string path) =>
            path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ||
            path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

        /// <summary>The project and every project it references, directly or through another.</summary>
        private static IReadOnlyCollection<string> ProjectClosure(string project)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>(new[] { Path.GetFullPath(project) });
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                if (!seen.Add(current))
                {
                    continue;
                }

                foreach (var reference in XDocument.Load(current).Descendants("ProjectReference"))
                {
                    var include = reference.Attribute("Include")?.Value.Replace('\\', '/');
                    if (include != null)
                    {
                        pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current)!, include)));
                    }
                }
            }

            return seen;
        }
    }
}
