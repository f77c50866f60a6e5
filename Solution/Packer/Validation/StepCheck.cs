using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Solution.Plugins;
using CrmIndependence.Solution.Source;

namespace CrmIndependence.Solution.Validation
{
    /// <summary>Plug-in steps: every step names a real message, table and columns, once.</summary>
    internal static class StepCheck
    {
        public static void CheckSteps(SolutionSource source, IReadOnlyList<PluginAssemblyModel> assemblies)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var assembly in assemblies)
            {
                var file = assembly.Name + ".dll";
                foreach (var step in assembly.Steps)
                {
                    var where = $"[Step(\"{step.Message}\", \"{step.Table}\")] on {step.PluginTypeName.Split(',')[0]}";
                    if (!SdkMessages.TryGetId(step.Message, out _))
                    {
                        throw new SolutionSourceException(file, where, SdkMessages.UnknownMessageHelp(step.Message));
                    }

                    var table = source.Model.FindTable(step.Table)
                        ?? throw new SolutionSourceException(file, where, $"is registered on the unknown table '{step.Table}'.");
                    if (step.Message == "Update" && step.FilteringAttributes.Count == 0)
                    {
                        throw new SolutionSourceException(file, where, "an Update step needs filtering attributes (meta-avoid-reg-no-attribute).");
                    }

                    if (step.Message is "Retrieve" or "RetrieveMultiple")
                    {
                        throw new SolutionSourceException(file, where, "steps on Retrieve/RetrieveMultiple slow every read (meta-avoid-reg-retrieve).");
                    }

                    foreach (var column in step.FilteringAttributes.Where(column => !table.HasColumn(column)))
                    {
                        throw new SolutionSourceException(file, where, $"filters on '{column}', which '{table.LogicalName}' does not have.");
                    }

                    foreach (var image in step.Images)
                    {
                        if (SdkMessages.ImagePropertyName(step.Message) == null)
                        {
                            throw new SolutionSourceException(file, where, $"asks for the image '{image.Alias}' on {step.Message}, which has no entity images.");
                        }

                        foreach (var column in image.Columns.Where(column => !table.HasColumn(column)))
                        {
                            throw new SolutionSourceException(file, where, $"its image '{image.Alias}' holds '{column}', which '{table.LogicalName}' does not have.");
                        }
                    }

                    var key = $"{step.PluginTypeName}|{step.Message}|{step.Table}|{step.Stage}|{step.Mode}";
                    if (!seen.Add(key) | !seen.Add("id:" + step.Id))
                    {
                        throw new SolutionSourceException(file, where, "is registered twice (meta-remove-dup-reg).");
                    }
                }
            }
        }
    }
}
