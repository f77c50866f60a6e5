using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Policies;
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

        /// <summary>
        /// The table's "allowed" and "default" columns are what the parser does: the fields in the order the suite writes
        /// them; each default is the one <see cref="SuitePolicy.Default"/> holds; each end of a documented range is
        /// accepted and read back, and one past each end is refused with a message naming the field and that range.
        /// A row that says "At least `other`" gets the other field at a value that keeps the two consistent.
        /// </summary>
        [TestMethod]
        public void The_documented_defaults_and_ranges_are_the_ones_the_policy_parser_applies()
        {
            var rows = SettingsRows().Select(row => DocumentedSetting.Read(row.Field, row.Text)).ToList();
            var defaults = SuitePolicy.Default.ToJson();
            CollectionAssert.AreEqual(
                Regex.Matches(defaults, "\"([A-Za-z]+)\":").Cast<Match>().Select(match => match.Groups[1].Value).ToArray(),
                rows.Select(row => row.Field).ToArray(),
                "the table lists every policy field, in the order the suite writes them");
            var byField = rows.ToDictionary(row => row.Field);

            foreach (var row in rows)
            {
                Assert.AreEqual(row.Default, ValueIn(defaults, row.Field), $"`{row.Field}`: the documented default is SuitePolicy.Default's");
                if (row.Field == "mode")
                {
                    Assert.AreEqual("\"observe\" or \"enforce\"", row.Allowed, "`mode`: the documented values");
                    foreach (var mode in new[] { "observe", "enforce" })
                    {
                        var read = Parse($"{{\"mode\":\"{mode}\"}}");
                        Assert.IsTrue(read.IsValid, read.ErrorSummary);
                        Assert.AreEqual("\"" + mode + "\"", ValueIn(read.Policy!.ToJson(), "mode"));
                    }

                    Assert.AreEqual("mode must be \"observe\" or \"enforce\"; found the text \"strict\".", Parse("{\"mode\":\"strict\"}").Errors.Single().Message);
                    continue;
                }

                var step = row.WholeNumber ? 1m : 0.01m;
                foreach (var end in new[] { row.Minimum, row.Maximum })
                {
                    var json = "{\"" + row.Field + "\":" + Format(end) + Companion(row, end, byField) + "}";
                    var read = Parse(json);
                    Assert.IsTrue(read.IsValid, $"`{row.Field}`: {json} is inside the documented range, but: {read.ErrorSummary}");
                    Assert.AreEqual(end, decimal.Parse(ValueIn(read.Policy!.ToJson(), row.Field), CultureInfo.InvariantCulture), $"`{row.Field}`: {json} is read back");
                }

                var range = row.WholeNumber
                    ? $"a whole number from {Format(row.Minimum)} to {Format(row.Maximum)}"
                    : $"a number from {Format(row.Minimum)} to {Format(row.Maximum)} (for example 0.5)";
                foreach (var outside in new[] { row.Minimum - step, row.Maximum + step })
                {
                    var json = "{\"" + row.Field + "\":" + Format(outside) + "}";
                    var errors = Parse(json).Errors;
                    Assert.AreEqual(1, errors.Count, $"`{row.Field}`: {json} is outside the documented range and must be refused");
                    Assert.AreEqual(row.Field, errors[0].Field);
                    Assert.AreEqual($"{row.Field} must be {range}; found {Format(outside)}.", errors[0].Message);
                }
            }
        }

        /// <summary>For a row that must be "At least `other`" (or for that other field): the other field at a value that keeps the pair valid.</summary>
        private static string Companion(DocumentedSetting row, decimal value, IReadOnlyDictionary<string, DocumentedSetting> rows)
        {
            if (row.AtLeast != null)
            {
                var other = rows[row.AtLeast];
                return ",\"" + other.Field + "\":" + Format(Math.Min(value, decimal.Parse(other.Default, CultureInfo.InvariantCulture)));
            }

            var bound = rows.Values.FirstOrDefault(candidate => candidate.AtLeast == row.Field);
            return bound == null ? string.Empty : ",\"" + bound.Field + "\":" + Format(Math.Max(value, decimal.Parse(bound.Default, CultureInfo.InvariantCulture)));
        }

        private static PolicyParseResult Parse(string json) => PolicyParser.Parse(json);

        private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

        private static string ValueIn(string json, string field) =>
            Regex.Match(json, "\"" + field + "\":(\"[^\"]*\"|[^,}]+)").Groups[1].Value;

        /// <summary>One row of the settings table: its "allowed" column read as a range (or the modes) and its "default" column.</summary>
        private sealed class DocumentedSetting
        {
            private static readonly Regex Range = new Regex(@"^(?<kind>whole number|number) (?<min>-?[0-9.]+)–(?<max>-?[0-9.]+)$");
            private static readonly Regex AtLeastField = new Regex(@"At least `([A-Za-z]+)`");

            public string Field { get; private set; } = string.Empty;

            public string Allowed { get; private set; } = string.Empty;

            public string Default { get; private set; } = string.Empty;

            public bool WholeNumber { get; private set; }

            public decimal Minimum { get; private set; }

            public decimal Maximum { get; private set; }

            /// <summary>The field this one must be at least, when its meaning says so.</summary>
            public string? AtLeast { get; private set; }

            public static DocumentedSetting Read(string field, string text)
            {
                // text: " meaning | allowed | default |"
                var cells = text.Split('|').Select(cell => cell.Trim()).ToArray();
                Assert.AreEqual(4, cells.Length, $"`{field}`: a row is | field | meaning | allowed | default |");
                var setting = new DocumentedSetting
                {
                    Field = field,
                    Allowed = cells[1].Replace("`", string.Empty),
                    Default = cells[2].Replace("`", string.Empty),
                };
                var atLeast = AtLeastField.Match(cells[0]);
                setting.AtLeast = atLeast.Success ? atLeast.Groups[1].Value : null;
                if (field == "mode")
                {
                    return setting;
                }

                var range = Range.Match(setting.Allowed);
                Assert.IsTrue(range.Success, $"`{field}`: the allowed values \"{setting.Allowed}\" read as \"whole number A–B\" or \"number A–B\"");
                setting.WholeNumber = range.Groups["kind"].Value == "whole number";
                setting.Minimum = decimal.Parse(range.Groups["min"].Value, CultureInfo.InvariantCulture);
                setting.Maximum = decimal.Parse(range.Groups["max"].Value, CultureInfo.InvariantCulture);
                return setting;
            }
        }

        /// <summary>(field, the row's text) of the install guide's settings table.</summary>
        private static List<(string Field, string Text)> SettingsRows()
        {
            var readme = RepositoryLayout.Current.Text("docs/INSTALL.md");
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
