using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Solution.Source;
using Mono.Cecil;

namespace CrmIndependence.Solution.Plugins
{
    /// <summary>
    /// Reads what ships: the net462 plugin assembly's bytes, identity and types (with Mono.Cecil, which reads
    /// a .NET Framework assembly's metadata without loading it), and the registration model from the net10.0
    /// build of the same source through <see cref="RegistrationReader"/>, so the rules and the deterministic
    /// ids live in one place (the emulator uses the same reader). The two are checked against each other:
    /// same identity, every registered type present, public, concrete and with as many [Step]s in the net462
    /// build, and no [Step] class in the net462 build that the model misses.
    /// </summary>
    public static class PluginAssemblyReader
    {
        private const string StepAttributeName = "CrmIndependence.Plugins.Registration.StepAttribute";

        /// <summary>The AssemblyMetadata key naming the workflow activity group.</summary>
        public const string WorkflowActivityGroupKey = "WorkflowActivityGroupName";

        public static PluginAssemblyModel ReadPlugins(string net462Path, Assembly registrationAssembly)
        {
            var file = Path.GetFileName(net462Path);
            if (!File.Exists(net462Path))
            {
                throw new SolutionSourceException(net462Path, "(file)", "the built net462 plugin assembly is missing; build the solution first (build.ps1 build).");
            }

            var registration = RegistrationReader.Read(registrationAssembly);
            var content = File.ReadAllBytes(net462Path);
            using var definition = AssemblyDefinition.ReadAssembly(new MemoryStream(content));
            var fullName = RequireStrongName(file, definition);
            if (!string.Equals(definition.Name.Name, registration.Name, StringComparison.Ordinal))
            {
                throw new SolutionSourceException(file, "(assembly)", $"is '{definition.Name.Name}' but the registration model was read from '{registration.Name}'.");
            }

            var module = definition.MainModule;
            var types = new List<PluginTypeModel>();
            var steps = new List<StepModel>();
            foreach (var pluginType in registration.PluginTypes)
            {
                var name = pluginType.Type.FullName!;
                var built = module.GetType(name.Replace('+', '/'))
                    ?? throw new SolutionSourceException(file, $"(type {name})", "is registered (net10.0 build) but missing from the net462 build; rebuild both.");
                if (!(built.IsPublic || built.IsNestedPublic) || built.IsAbstract)
                {
                    throw new SolutionSourceException(file, $"(type {name})", "must be public and concrete for Dataverse to instantiate it.");
                }

                var stepCount = built.CustomAttributes.Count(attribute => attribute.AttributeType.FullName == StepAttributeName);
                if (stepCount != pluginType.Steps.Count)
                {
                    throw new SolutionSourceException(file, $"(type {name})", $"declares {stepCount} [Step] in the net462 build but {pluginType.Steps.Count} in the net10.0 build; the builds are out of step.");
                }

                var assemblyQualifiedName = $"{name}, {fullName}";
                types.Add(new PluginTypeModel(pluginType.Id, name, assemblyQualifiedName, null) { CustomApi = pluginType.CustomApi?.UniqueName });
                steps.AddRange(pluginType.Steps.Select(step => new StepModel(
                    step.Id,
                    step.Name,
                    assemblyQualifiedName,
                    pluginType.Id,
                    step.Message,
                    step.Table,
                    (int)step.Stage,
                    (int)step.Mode,
                    step.Rank,
                    step.FilteringAttributes,
                    step.Configuration,
                    step.Description,
                    step.Images.Select(image => new StepImageModel(image.Id, image.Alias, (int)image.Kind, image.Columns)).ToList())
                {
                    ImpersonatingUserName = step.RunAs == StepUser.System ? "SYSTEM" : null,
                }));
            }

            var unregistered = module.Types.Concat(module.Types.SelectMany(type => type.NestedTypes))
                .Where(type => type.CustomAttributes.Any(attribute => attribute.AttributeType.FullName == StepAttributeName))
                .Select(type => type.FullName.Replace('/', '+'))
                .Except(types.Select(type => type.Name), StringComparer.Ordinal)
                .FirstOrDefault();
            if (unregistered != null)
            {
                throw new SolutionSourceException(file, $"(type {unregistered})", "declares steps in the net462 build only; the registration model (net10.0 build) does not have it.");
            }

            return new PluginAssemblyModel(registration.Id, registration.Name, fullName, content, types, steps);
        }

        /// <summary>
        /// The custom workflow activity assembly (net462 only): every public concrete CodeActivity becomes a
        /// plugin type with its group name: the assembly's [AssemblyMetadata("WorkflowActivityGroupName", …)] when it
        /// declares one, else "Name (Version)" as the Plugin Registration Tool writes it; ids follow
        /// <see cref="DeterministicId"/> as plugin types do. Null when the assembly has no activity yet.
        /// </summary>
        public static PluginAssemblyModel? ReadWorkflows(string net462Path)
        {
            var file = Path.GetFileName(net462Path);
            if (!File.Exists(net462Path))
            {
                return null;
            }

            var content = File.ReadAllBytes(net462Path);
            using var definition = AssemblyDefinition.ReadAssembly(new MemoryStream(content));
            var fullName = RequireStrongName(file, definition);
            var module = definition.MainModule;
            var group = DeclaredGroup(definition) ?? $"{definition.Name.Name} ({definition.Name.Version})";
            var types = module.Types
                .Where(type => (type.IsPublic) && !type.IsAbstract && type.IsClass && IsCodeActivity(module, type))
                .Select(type => new PluginTypeModel(
                    DeterministicId.For("plugintype:" + type.FullName),
                    type.FullName,
                    $"{type.FullName}, {fullName}",
                    group))
                .OrderBy(type => type.Name, StringComparer.Ordinal)
                .ToList();
            if (types.Count == 0)
            {
                return null;
            }

            var name = definition.Name.Name;
            return new PluginAssemblyModel(DeterministicId.For("assembly:" + name), name, fullName, content, types, Array.Empty<StepModel>());
        }

        /// <summary>The value of [assembly: AssemblyMetadata("WorkflowActivityGroupName", "…")], or null.</summary>
        private static string? DeclaredGroup(AssemblyDefinition definition) =>
            definition.CustomAttributes
                .Where(attribute => attribute.AttributeType.FullName == "System.Reflection.AssemblyMetadataAttribute" && attribute.ConstructorArguments.Count == 2)
                .Where(attribute => (attribute.ConstructorArguments[0].Value as string) == WorkflowActivityGroupKey)
                .Select(attribute => attribute.ConstructorArguments[1].Value as string)
                .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));

        private static bool IsCodeActivity(ModuleDefinition module, TypeDefinition type)
        {
            var seen = 0;
            TypeReference? current = type.BaseType;
            while (current != null && seen++ < 32)
            {
                var name = current.IsGenericInstance ? current.GetElementType().FullName : current.FullName;
                if (name is "System.Activities.CodeActivity" or "System.Activities.CodeActivity`1")
                {
                    return true;
                }

                current = current.Scope == module ? module.GetType(current.FullName)?.BaseType : null;
            }

            return false;
        }

        private static string RequireStrongName(string file, AssemblyDefinition definition)
        {
            if (!definition.Name.HasPublicKey || definition.Name.PublicKeyToken.Length == 0)
            {
                throw new SolutionSourceException(file, "(assembly)", "is not strong-named; Dataverse requires a signed plugin assembly.");
            }

            return definition.Name.FullName;
        }
    }
}
