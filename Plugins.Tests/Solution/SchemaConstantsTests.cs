using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Solution.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.SolutionPackage
{
    /// <summary>
    /// Plugins/Schema is the one place code names a table, column or option; this keeps it and the solution
    /// source from drifting apart: every constant names something the solution (or the platform) has, and every
    /// column and option the solution defines has its constant.
    /// </summary>
    [TestClass]
    public sealed class SchemaConstantsTests
    {
        private static IEnumerable<Type> SchemaClasses =>
            typeof(HelpRequest).Assembly.GetTypes()
                .Where(type => type.Namespace == "CrmIndependence.Plugins.Schema" && type.IsClass && type.IsAbstract && type.IsSealed && !type.IsNested);

        private static SolutionModel Model => SolutionTestLayout.Source.Model;

        private static string Constant(Type type, string name) => (string)type.GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!;

        [TestMethod]
        public void Every_schema_class_names_a_table_and_every_column_constant_a_column_of_it()
        {
            var problems = new List<string>();
            foreach (var type in SchemaClasses)
            {
                var tableName = Constant(type, "EntityName");
                var table = Model.FindTable(tableName);
                if (table == null)
                {
                    problems.Add($"{type.Name}.EntityName = '{tableName}' is not a table");
                    continue;
                }

                foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
                {
                    var value = (string)field.GetRawConstantValue()!;
                    if (field.Name == "EntityName")
                    {
                        continue;
                    }

                    if (field.Name == nameof(EnvironmentVariableDefinition.PolicySchemaName))
                    {
                        if (!SolutionTestLayout.Source.EnvironmentVariables.Any(v => (string?)v.Root.Attribute("schemaname") == value))
                        {
                            problems.Add($"{type.Name}.{field.Name} = '{value}' is not an environment variable of the solution");
                        }

                        continue;
                    }

                    if (!table.HasColumn(value))
                    {
                        problems.Add($"{type.Name}.{field.Name} = '{value}' is not a column of {tableName}");
                    }
                }

                foreach (var nested in type.GetNestedTypes().Where(n => n.Name.EndsWith("Option", StringComparison.Ordinal)))
                {
                    var columnField = nested.Name.Substring(0, nested.Name.Length - "Option".Length);
                    var columnName = type.GetField(columnField)?.GetRawConstantValue() as string;
                    if (columnName == null)
                    {
                        problems.Add($"{type.Name}.{nested.Name} has no column constant {type.Name}.{columnField}");
                        continue;
                    }

                    var column = table.FindColumn(columnName);
                    foreach (var option in nested.GetFields().Where(f => f.IsLiteral))
                    {
                        var value = (int)option.GetRawConstantValue()!;
                        if (column != null && column.Options.Count > 0 && column.Options.All(o => o.Value != value))
                        {
                            problems.Add($"{type.Name}.{nested.Name}.{option.Name} = {value} is not an option of {tableName}.{columnName}");
                        }
                    }
                }
            }

            Assert.AreEqual(0, problems.Count, string.Join(Environment.NewLine, problems));
        }

        [TestMethod]
        public void Every_column_and_option_the_solution_defines_has_its_constant()
        {
            var problems = new List<string>();
            var classes = SchemaClasses.ToDictionary(type => Constant(type, "EntityName"), type => type, StringComparer.Ordinal);
            foreach (var table in Model.SolutionOnly)
            {
                if (!classes.TryGetValue(table.LogicalName, out var type))
                {
                    problems.Add($"no schema class for {table.LogicalName}");
                    continue;
                }

                var constants = type.GetFields().Where(f => f.IsLiteral && f.FieldType == typeof(string)).ToDictionary(f => (string)f.GetRawConstantValue()!, f => f, StringComparer.Ordinal);
                foreach (var column in table.Columns.Where(c => c.IsCustom))
                {
                    if (!constants.TryGetValue(column.LogicalName, out var field))
                    {
                        if (column.LogicalName != table.PrimaryNameAttribute)
                        {
                            problems.Add($"{type.Name} has no constant for {column.LogicalName}");
                        }

                        continue;
                    }

                    if (column.Type == ColumnType.Choice)
                    {
                        var nested = type.GetNestedType(field.Name + "Option");
                        var values = nested?.GetFields().Where(f => f.IsLiteral).Select(f => (int)f.GetRawConstantValue()!).ToHashSet() ?? new HashSet<int>();
                        foreach (var option in column.Options.Where(o => !values.Contains(o.Value)))
                        {
                            problems.Add($"{type.Name}.{field.Name}Option has no constant for {option.Value} ({option.Label})");
                        }
                    }
                }
            }

            Assert.AreEqual(0, problems.Count, string.Join(Environment.NewLine, problems));
        }

        [TestMethod]
        public void The_option_values_the_plugins_are_written_against_are_the_solution_s()
        {
            Assert.AreEqual(100000000, HelpRequest.UrgencyOption.NonUrgent);
            Assert.AreEqual(100000001, HelpRequest.UrgencyOption.Urgent);
            Assert.AreEqual(100000003, HelpRequest.DispositionOption.YoursToDecide);
            Assert.AreEqual(100000000, HelpRequest.DecisionTypeOption.DiscountPercent);
            Assert.AreEqual(100000009, DependencySignal.KindOption.CoachingSkipped);
            Assert.AreEqual(100000010, DependencySignal.KindOption.WonWithoutApproval);
            Assert.AreEqual(100000004, CoachingSession.SessionStatusOption.Cancelled);
            Assert.AreEqual(3, StageRequirement.StageOption.Close);
            Assert.AreEqual(100000006, StageRequirement.OperatorOption.Contains);
            Assert.AreEqual(100000003, DecisionAuthorityTable.AppliesToOption.User);
            Assert.AreEqual("cri_policy", EnvironmentVariableDefinition.PolicySchemaName);
        }
    }
}
