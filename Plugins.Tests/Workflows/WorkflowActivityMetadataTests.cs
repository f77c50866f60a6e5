using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmIndependence.Plugins.Tests.SdkConformance;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Mono.Cecil;

namespace CrmIndependence.Plugins.Tests.Workflows
{
    /// <summary>
    /// Reads the built net462 workflow assembly's metadata with Mono.Cecil (no System.Activities runtime on net10.0, so
    /// the activities cannot run here) and checks every activity's arguments against what Dataverse accepts: only the
    /// argument types it supports, [Input]/[Output] on every argument, [ReferenceTarget] on every EntityReference,
    /// [Default] values that parse as their type, and [RequiredArgument] on the inputs that cannot be left out.
    /// </summary>
    [TestClass]
    public sealed class WorkflowActivityMetadataTests
    {
        private const string Sdk = "Microsoft.Xrm.Sdk.";
        private const string Workflow = "Microsoft.Xrm.Sdk.Workflow.";

        private static readonly HashSet<string> SupportedTypes = new(StringComparer.Ordinal)
        {
            "System.Boolean", "System.DateTime", "System.Decimal", "System.Double", "System.Int32", "System.String",
            Sdk + "Money", Sdk + "OptionSetValue", Sdk + "EntityReference",
        };

        private static readonly Dictionary<string, string[]> RequiredInputs = new(StringComparer.Ordinal)
        {
            ["CrmIndependence.Workflows.Activities.CalculateIndependenceScore"] = new[] { "Rep" },
            ["CrmIndependence.Workflows.Activities.OpenCoachingSession"] = new[] { "Rep" },
            ["CrmIndependence.Workflows.Activities.CheckStageRequirements"] = new[] { "Opportunity", "TargetStage" },
        };

        [TestMethod]
        public void The_assembly_holds_the_three_activities_as_public_sealed_CodeActivities()
        {
            using var assembly = Read();

            CollectionAssert.AreEquivalent(RequiredInputs.Keys.ToList(), Activities(assembly).Select(type => type.FullName).ToList());
        }

        [TestMethod]
        public void Every_argument_has_a_supported_type_and_its_Input_or_Output_attribute()
        {
            using var assembly = Read();
            foreach (var (activity, property, direction, type) in Arguments(assembly))
            {
                var where = $"{activity.Name}.{property.Name}";
                Assert.IsTrue(SupportedTypes.Contains(type.FullName), $"{where} is a {type.FullName}, which workflow arguments cannot be");
                var expected = direction == "System.Activities.InArgument`1" ? Workflow + "InputAttribute" : Workflow + "OutputAttribute";
                var label = Attribute(property, expected);
                Assert.IsNotNull(label, $"{where} needs [{expected.Substring(Workflow.Length).Replace("Attribute", "")}]");
                Assert.IsFalse(string.IsNullOrWhiteSpace(label!.ConstructorArguments[0].Value as string), $"{where}: the designer label is empty");
            }
        }

        [TestMethod]
        public void Every_EntityReference_argument_names_its_table()
        {
            using var assembly = Read();
            var checkedAny = false;
            foreach (var (activity, property, _, type) in Arguments(assembly).Where(argument => argument.Type.FullName == Sdk + "EntityReference"))
            {
                var target = Attribute(property, Workflow + "ReferenceTargetAttribute");
                Assert.IsNotNull(target, $"{activity.Name}.{property.Name} is an EntityReference without [ReferenceTarget]");
                StringAssert.Matches((string)target!.ConstructorArguments[0].Value, new System.Text.RegularExpressions.Regex("^[a-z][a-z0-9_]*$"));
                checkedAny = true;
            }

            Assert.IsTrue(checkedAny);
        }

        [TestMethod]
        public void Default_values_parse_as_their_type_and_only_inputs_have_one()
        {
            using var assembly = Read();
            var defaults = 0;
            foreach (var (activity, property, direction, type) in Arguments(assembly))
            {
                var attribute = Attribute(property, Workflow + "DefaultAttribute");
                if (attribute == null)
                {
                    continue;
                }

                defaults++;
                var where = $"{activity.Name}.{property.Name}";
                Assert.AreEqual("System.Activities.InArgument`1", direction, $"{where}: only an input has a default");
                var value = (string)attribute.ConstructorArguments[0].Value;
                Assert.IsTrue(Parses(value, type.FullName), $"{where}: the default '{value}' is not a {type.FullName}");
            }

            Assert.IsTrue(defaults > 0, "Calculate independence score defaults its period to 28 days");
        }

        [TestMethod]
        public void Inputs_that_cannot_be_left_out_are_RequiredArgument()
        {
            using var assembly = Read();
            foreach (var (activity, property, direction, _) in Arguments(assembly))
            {
                var required = Attribute(property, "System.Activities.RequiredArgumentAttribute") != null;
                var expected = RequiredInputs[activity.FullName].Contains(property.Name);
                Assert.AreEqual(expected, required, $"{activity.Name}.{property.Name}: [RequiredArgument] {(expected ? "missing" : "unexpected")}");
                Assert.IsFalse(required && Attribute(property, Workflow + "DefaultAttribute") != null, $"{activity.Name}.{property.Name}: required with a default");
            }
        }

        [TestMethod]
        public void The_assembly_names_its_designer_group_CrmIndependence()
        {
            using var assembly = Read();

            var group = assembly.CustomAttributes
                .Where(attribute => attribute.AttributeType.FullName == "System.Reflection.AssemblyMetadataAttribute")
                .Single(attribute => (string)attribute.ConstructorArguments[0].Value == "WorkflowActivityGroupName");
            Assert.AreEqual("CrmIndependence", group.ConstructorArguments[1].Value);
        }

        [TestMethod]
        public void The_install_guide_lists_each_activitys_designer_labels_required_inputs_and_defaults()
        {
            using var assembly = Read();
            var guide = RepositoryLayout.Current.Text("docs/INSTALL.md");
            var section = guide.Substring(guide.IndexOf("### Workflow activities (classic processes)", StringComparison.Ordinal));
            var rows = System.Text.RegularExpressions.Regex.Matches(section, @"^\| (?<activity>[A-Z][a-z ]+) \| (?<inputs>[^|]+) \| (?<outputs>[^|]+) \|\s*$", System.Text.RegularExpressions.RegexOptions.Multiline)
                .ToDictionary(row => row.Groups["activity"].Value, row => (Inputs: Items(row.Groups["inputs"].Value), Outputs: Items(row.Groups["outputs"].Value)));

            var activities = Activities(assembly).ToList();
            CollectionAssert.AreEquivalent(activities.Select(a => Humanized(a.Name)).ToList(), rows.Keys.ToList(), "one row per activity, named as the designer lists it");
            foreach (var activity in activities)
            {
                var documented = rows[Humanized(activity.Name)];
                var arguments = Arguments(assembly).Where(argument => argument.Activity == activity).ToList();
                var inputs = arguments.Where(a => a.Direction == "System.Activities.InArgument`1").ToList();
                var outputs = arguments.Where(a => a.Direction == "System.Activities.OutArgument`1").ToList();

                CollectionAssert.AreEqual(outputs.Select(a => Label(a.Property, "OutputAttribute")).ToList(), documented.Outputs.Select(item => item.Label).ToList(), activity.Name + " outputs, in the designer's order");
                CollectionAssert.AreEqual(inputs.Select(a => Label(a.Property, "InputAttribute")).ToList(), documented.Inputs.Select(item => item.Label).ToList(), activity.Name + " inputs");
                foreach (var (input, item) in inputs.Zip(documented.Inputs))
                {
                    var where = $"{activity.Name}.{input.Property.Name}";
                    Assert.AreEqual(Attribute(input.Property, "System.Activities.RequiredArgumentAttribute") != null, item.Required, where + ": bold in the guide exactly when required");
                    var value = Attribute(input.Property, Workflow + "DefaultAttribute")?.ConstructorArguments[0].Value as string;
                    Assert.AreEqual(value, item.Default, where + ": the guide's default is the [Default] value");
                }
            }
        }

        // "Calculate independence score" from CalculateIndependenceScore.
        private static string Humanized(string name) =>
            System.Text.RegularExpressions.Regex.Replace(name, "(?<!^)([A-Z])", match => " " + match.Value.ToLowerInvariant());

        // The designer label without its parenthesis: "Target stage (0 Qualify, …)" is listed as "Target stage".
        private static string Label(PropertyDefinition property, string attribute)
        {
            var label = (string)Attribute(property, Workflow + attribute)!.ConstructorArguments[0].Value;
            var open = label.IndexOf(" (", StringComparison.Ordinal);
            return open < 0 ? label : label.Substring(0, open);
        }

        // The items of a cell, split on the commas outside parentheses: "**Rep** (user, required), Period in days (whole number, default 28)".
        private static List<(string Label, bool Required, string? Default)> Items(string cell)
        {
            var items = new List<(string, bool, string?)>();
            var depth = 0;
            var start = 0;
            for (var i = 0; i <= cell.Length; i++)
            {
                if (i == cell.Length || (cell[i] == ',' && depth == 0))
                {
                    var item = cell.Substring(start, i - start).Trim();
                    var open = item.IndexOf(" (", StringComparison.Ordinal);
                    var name = open < 0 ? item : item.Substring(0, open);
                    var remark = open < 0 ? string.Empty : item.Substring(open);
                    var fallback = System.Text.RegularExpressions.Regex.Match(remark, @"default (\S+?)\)");
                    items.Add((name.Trim('*'), name.StartsWith("**", StringComparison.Ordinal), fallback.Success ? fallback.Groups[1].Value : null));
                    start = i + 1;
                }
                else if (cell[i] == '(')
                {
                    depth++;
                }
                else if (cell[i] == ')')
                {
                    depth--;
                }
            }

            return items;
        }

        private static AssemblyDefinition Read() =>
            BuiltAssemblies.Read(RepositoryLayout.Current.BuiltAssembly("Workflows", "CrmIndependence.Workflows", "net462"));

        private static IEnumerable<TypeDefinition> Activities(AssemblyDefinition assembly) =>
            assembly.MainModule.Types.Where(type => type.IsPublic && type.IsClass && !type.IsAbstract && IsCodeActivity(type));

        private static bool IsCodeActivity(TypeDefinition type)
        {
            for (var current = type.BaseType; current != null; current = (current as TypeDefinition ?? TryResolveLocal(type.Module, current))?.BaseType)
            {
                if (current.FullName == "System.Activities.CodeActivity")
                {
                    Assert.IsTrue(type.IsSealed, $"{type.Name} should be sealed");
                    return true;
                }

                if (current.Scope != type.Module)
                {
                    return false;
                }
            }

            return false;
        }

        private static TypeDefinition? TryResolveLocal(ModuleDefinition module, TypeReference reference) => module.GetType(reference.FullName);

        /// <summary>(activity, property, In/OutArgument`1, T) for every argument property.</summary>
        private static List<(TypeDefinition Activity, PropertyDefinition Property, string Direction, TypeReference Type)> Arguments(AssemblyDefinition assembly)
        {
            var list = new List<(TypeDefinition, PropertyDefinition, string, TypeReference)>();
            foreach (var activity in Activities(assembly))
            {
                foreach (var property in activity.Properties)
                {
                    if (property.PropertyType is GenericInstanceType generic && generic.ElementType.Namespace == "System.Activities")
                    {
                        var direction = generic.ElementType.FullName;
                        Assert.AreNotEqual("System.Activities.InOutArgument`1", direction, $"{activity.Name}.{property.Name}: keep inputs and outputs apart");
                        list.Add((activity, property, direction, generic.GenericArguments[0]));
                    }
                }
            }

            Assert.IsTrue(list.Count > 0);
            return list;
        }

        private static CustomAttribute? Attribute(PropertyDefinition property, string fullName) =>
            property.CustomAttributes.FirstOrDefault(attribute => attribute.AttributeType.FullName == fullName);

        private static bool Parses(string value, string type) => type switch
        {
            "System.Int32" => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
            "System.Decimal" => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
            "System.Double" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            "System.Boolean" => value is "true" or "false" or "True" or "False",
            "System.DateTime" => DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _),
            "System.String" => true,
            "Microsoft.Xrm.Sdk.OptionSetValue" or "Microsoft.Xrm.Sdk.Money" => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
            _ => false,
        };
    }
}
