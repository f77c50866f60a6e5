using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Tests.SdkConformance;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace CrmIndependence.Plugins.Tests.Product.Policies
{
    /// <summary>
    /// The install guide's settings table (docs/INSTALL.md) is true about which settings do something: every field it documents is read by the
    /// plugins outside the policy code itself (the parser, the validation step, the JSON writer), unless the row says
    /// "Not used yet" — and then nothing reads it. Read from the built plugin assembly's IL, so a setting that starts
    /// (or stops) being used fails this test until the install guide says so.
    /// </summary>
    [TestClass]
    public sealed class SettingsReadmeTests
    {
        private const string PolicyNamespace = "CrmIndependence.Plugins.Policies";

        [TestMethod]
        public void Every_documented_setting_is_read_by_the_plugins_unless_the_readme_says_not_used_yet()
        {
            var rows = SettingsRows();
            Assert.AreEqual(14, rows.Count, "the settings table has a row per policy field");
            var read = SettingsReadOutsideThePolicyCode();
            foreach (var (field, text) in rows)
            {
                var property = char.ToUpperInvariant(field[0]) + field.Substring(1);
                var notUsed = text.Contains("**Not used yet**", StringComparison.Ordinal);
                Assert.AreEqual(!notUsed, read.Contains(property),
                    notUsed ? $"`{field}` is documented as not used yet, but the plugins read {property}" : $"`{field}` is documented as a setting, but no step reads {property}");
            }

        }

        /// <summary>(field, the row's text) of the install guide's settings table.</summary>
        private static List<(string Field, string Text)> SettingsRows()
        {
            var readme = File.ReadAllText(Path.Combine(RepositoryLayout.Current.Root, "docs", "INSTALL.md"));
            var start = readme.IndexOf("## Settings", StringComparison.Ordinal);
            var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
            return readme.Substring(start, end - start).Split('\n')
                .Select(line => Regex.Match(line, @"^\| `([A-Za-z]+)` \|(.*)$"))
                .Where(match => match.Success)
                .Select(match => (match.Groups[1].Value, match.Groups[2].Value))
                .ToList();
        }

        /// <summary>
        /// The SuitePolicy properties read by code outside the policy namespace: directly, or through a policy method
        /// that reads them (SuitePolicy.IsDependent reads DependencyScoreThreshold, Enforcement reads Mode…).
        /// </summary>
        private static HashSet<string> SettingsReadOutsideThePolicyCode()
        {
            using var module = ModuleDefinition.ReadModule(typeof(PluginBase).Assembly.Location);
            var methods = module.GetTypes().SelectMany(type => type.Methods).Where(method => method.HasBody).ToList();
            var callees = methods.ToDictionary(
                method => method.FullName,
                method => method.Body.Instructions
                    .Where(instruction => instruction.OpCode == OpCodes.Call || instruction.OpCode == OpCodes.Callvirt || instruction.OpCode == OpCodes.Newobj || instruction.OpCode == OpCodes.Ldftn)
                    .Select(instruction => (MethodReference)instruction.Operand)
                    .ToList());

            // What each policy-namespace method reads, transitively within the policy code.
            var reads = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            HashSet<string> ReadsOf(string method, HashSet<string> visiting)
            {
                if (reads.TryGetValue(method, out var known))
                {
                    return known;
                }

                var found = new HashSet<string>(StringComparer.Ordinal);
                if (!visiting.Add(method) || !callees.TryGetValue(method, out var calls))
                {
                    return found;
                }

                foreach (var call in calls)
                {
                    if (call.DeclaringType.FullName == PolicyNamespace + ".SuitePolicy" && call.Name.StartsWith("get_", StringComparison.Ordinal))
                    {
                        found.Add(call.Name.Substring(4));
                    }
                    else if (call.DeclaringType.Namespace == PolicyNamespace)
                    {
                        found.UnionWith(ReadsOf(call.FullName, visiting));
                    }
                }

                reads[method] = found;
                return found;
            }

            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var method in methods.Where(method => !(method.DeclaringType.Namespace ?? string.Empty).StartsWith(PolicyNamespace, StringComparison.Ordinal)
                                                           && !(DeclaringRoot(method.DeclaringType).Namespace ?? string.Empty).StartsWith(PolicyNamespace, StringComparison.Ordinal)))
            {
                foreach (var call in callees[method.FullName])
                {
                    if (call.DeclaringType.FullName == PolicyNamespace + ".SuitePolicy" && call.Name.StartsWith("get_", StringComparison.Ordinal))
                    {
                        used.Add(call.Name.Substring(4));
                    }
                    else if (call.DeclaringType.Namespace == PolicyNamespace)
                    {
                        used.UnionWith(ReadsOf(call.FullName, new HashSet<string>(StringComparer.Ordinal)));
                    }
                }
            }

            return used;
        }

        private static TypeDefinition DeclaringRoot(TypeDefinition type) => type.DeclaringType == null ? type : DeclaringRoot(type.DeclaringType);
    }
}
