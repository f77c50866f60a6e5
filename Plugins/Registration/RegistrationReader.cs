using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Registration
{
    /// <summary>
    /// Turns the <see cref="StepAttribute"/> and <see cref="CustomApiAttribute"/> declarations of an
    /// assembly into the registration model, refusing declarations Dataverse would reject or run wrongly.
    /// </summary>
    public static class RegistrationReader
    {
        public static PluginAssemblyRegistration Read(Assembly assembly)
        {
            var name = assembly.GetName().Name ?? throw new RegistrationException("The assembly has no name.");
            var pluginTypes = assembly.GetTypes()
                .Where(IsDeclaredPlugin)
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .Select(ReadType)
                .ToList();
            return new PluginAssemblyRegistration(DeterministicId.For("assembly:" + name), name, pluginTypes);
        }

        public static PluginTypeRegistration ReadType(Type pluginType)
        {
            var className = pluginType.FullName ?? pluginType.Name;
            if (!typeof(IPlugin).IsAssignableFrom(pluginType) || pluginType.IsAbstract || !pluginType.IsClass)
            {
                throw new RegistrationException(
                    $"{className} declares steps but is not a concrete class implementing IPlugin; Dataverse can only register such classes.");
            }

            var steps = pluginType.GetCustomAttributes<StepAttribute>(inherit: false)
                .Select(step => ReadStep(pluginType, step))
                .OrderBy(step => step.Message, StringComparer.Ordinal)
                .ThenBy(step => step.Table, StringComparer.Ordinal)
                .ThenBy(step => step.Stage)
                .ThenBy(step => step.Mode)
                .ToList();
            RefuseDuplicates(className, steps);

            var customApi = pluginType.GetCustomAttribute<CustomApiAttribute>(inherit: false);
            return new PluginTypeRegistration(
                DeterministicId.For("plugintype:" + className),
                pluginType,
                steps,
                customApi == null ? null : ReadCustomApi(pluginType, customApi));
        }

        private static bool IsDeclaredPlugin(Type type) =>
            type.IsDefined(typeof(StepAttribute), inherit: false) || type.IsDefined(typeof(CustomApiAttribute), inherit: false);

        private static StepRegistration ReadStep(Type pluginType, StepAttribute step)
        {
            var className = pluginType.FullName ?? pluginType.Name;
            var declaration = new StepDeclaration(className, step);
            declaration.Validate();

            var key = $"step:{className}:{step.Message}:{step.Table}:{(int)step.Stage}:{(int)step.Mode}";
            var id = DeterministicId.For(key);
            var images = new List<ImageRegistration>();
            if (step.PreImage != null)
            {
                images.Add(Image(id, ImageKind.PreImage, step.PreImageAlias, step.PreImage));
            }

            if (step.PostImage != null)
            {
                images.Add(Image(id, ImageKind.PostImage, step.PostImageAlias, step.PostImage));
            }

            return new StepRegistration(
                id,
                $"{className}: {step.Message} of {step.Table}",
                pluginType,
                step.Message,
                step.Table,
                step.Stage,
                step.Mode,
                step.Rank,
                ColumnList.Parse(step.FilteringAttributes),
                step.Configuration,
                images)
            {
                Description = step.Description,
                RunAs = step.RunAs,
            };
        }

        private static ImageRegistration Image(Guid stepId, ImageKind kind, string alias, string columns) =>
            new ImageRegistration(
                DeterministicId.For($"image:{stepId:D}:{alias}"),
                kind,
                alias,
                columns.Trim() == ColumnList.AllColumns ? Array.Empty<string>() : ColumnList.Parse(columns));

        private static CustomApiRegistration ReadCustomApi(Type pluginType, CustomApiAttribute customApi)
        {
            if (string.IsNullOrWhiteSpace(customApi.UniqueName))
            {
                throw new RegistrationException($"{pluginType.FullName} declares a custom API without a unique name.");
            }

            return new CustomApiRegistration(
                DeterministicId.For("customapi:" + customApi.UniqueName),
                customApi.UniqueName,
                pluginType,
                customApi.BoundTable);
        }

        private static void RefuseDuplicates(string className, IReadOnlyList<StepRegistration> steps)
        {
            var duplicate = steps.GroupBy(step => step.Id).FirstOrDefault(group => group.Count() > 1);
            if (duplicate != null)
            {
                var step = duplicate.First();
                throw new RegistrationException(
                    $"{className} declares the {step.Message} of {step.Table} step at stage {step.Stage} ({step.Mode}) twice; " +
                    "a duplicate registration runs the plugin twice (Solution Checker rule meta-remove-dup-reg).");
            }
        }
    }
}
