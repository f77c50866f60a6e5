using System.IO;
using System.Linq;
using CrmIndependence.Plugins.Tests.SdkConformance;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Architecture
{
    /// <summary>
    /// The dependency rules of docs/ARCHITECTURE.md, checked on the source and the built assemblies, so a change
    /// that breaks the design fails with the rule it breaks. (The structure rules: <see cref="StructureRuleTests"/>.)
    /// </summary>
    [TestClass]
    public sealed class LayerRuleTests
    {
        private static RepositoryLayout Layout => RepositoryLayout.Current;

        [TestMethod]
        public void No_rule_file_uses_the_sdk()
        {
            var offenders = (
                from capability in StructureRuleTests.CapabilityFolders()
                from file in Directory.GetFiles(capability, "*.cs", SearchOption.TopDirectoryOnly)
                where File.ReadLines(file).Any(line => line.TrimStart().StartsWith("using Microsoft.Xrm", System.StringComparison.Ordinal))
                select Layout.Relative(file)).ToList();

            Assert.IsTrue(StructureRuleTests.CapabilityFolders().Any(folder => Path.GetFileName(folder) == "Signals"), "the signal kernel's rules are checked too");
            Assert.AreEqual(
                0,
                offenders.Count,
                "Rule: the business rules of a capability (Plugins/<Capability>/*.cs) take and return plain values; " +
                "rows and SDK types belong in its Platform/ or Steps/ folder. These rule files import Microsoft.Xrm: " +
                string.Join(", ", offenders));
        }

        [TestMethod]
        public void The_emulator_uses_nothing_of_the_plugin_assembly_but_its_registration_model()
        {
            var emulator = BuiltAssemblies.Read(Layout.BuiltAssembly("Emulator", "CrmIndependence.Emulator", SdkAssemblies.Modern));
            var used = emulator.MainModule.GetTypeReferences()
                .Where(type => type.Scope.Name == "CrmIndependence.Plugins")
                .Select(type => type.Namespace.Length > 0 ? type.FullName : type.DeclaringType?.FullName ?? type.FullName)
                .Distinct()
                .ToList();
            var outside = used.Where(name => !name.StartsWith("CrmIndependence.Plugins.Registration.", System.StringComparison.Ordinal)).ToList();

            Assert.IsTrue(used.Count > 0, "the emulator should read step registrations from the plugin assembly");
            Assert.AreEqual(
                0,
                outside.Count,
                "Rule: the emulator is a Dataverse, not part of the product; it may read the plugin assembly's registration " +
                "model (CrmIndependence.Plugins.Registration) and nothing else. It uses: " + string.Join(", ", outside));
        }
    }
}
