using System;
using System.Text.Json;
using CrmIndependence.Plugins.Policies;
using CrmIndependence.Solution.Source;

namespace CrmIndependence.Solution.Validation
{
    /// <summary>Environment variables: a known type, a default of that type, and a policy default the plugins accept.</summary>
    internal static class EnvironmentVariableCheck
    {
        public static void CheckEnvironmentVariables(SolutionSource source)
        {
            foreach (var variable in source.EnvironmentVariables)
            {
                var type = (string?)variable.Root.Element("type");
                if (type is not ("100000000" or "100000001" or "100000002" or "100000003" or "100000004" or "100000005"))
                {
                    throw new SolutionSourceException(variable.File, "<type>", $"'{type}' is not an environment variable type (100000000..100000005).");
                }

                var value = (string?)variable.Root.Element("defaultvalue");
                if (type == "100000003" && value != null)
                {
                    try
                    {
                        using var _ = JsonDocument.Parse(value);
                    }
                    catch (JsonException error)
                    {
                        throw new SolutionSourceException(variable.File, "<defaultvalue>", "is not valid JSON: " + error.Message);
                    }
                }

                if ((string?)variable.Root.Attribute("schemaname") == SuitePolicy.EnvironmentVariableSchemaName && PolicyParser.Parse(value) is { IsValid: false } policy)
                {
                    throw new SolutionSourceException(variable.File, "<defaultvalue>",
                        $"is not a policy the plugins accept, so every org would run on the built-in defaults: {policy.ErrorSummary} Use {SuitePolicy.Default.ToJson()}");
                }
            }
        }
    }
}
