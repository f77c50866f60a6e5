using System;
using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;

namespace CrmIndependence.Plugins.Tests.SdkConformance
{
    /// <summary>
    /// Renders the public and protected surface of a built assembly in the listing format of
    /// <c>Sdk/OfficialApi</c>. Internal and private types and members are left out, as are attributes.
    /// </summary>
    public static class ApiRenderer
    {
        public static ApiSurface Render(string assemblyPath)
        {
            var parameters = new ReaderParameters { InMemory = true, ReadingMode = ReadingMode.Deferred };
            using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath, parameters);
            return Render(assembly);
        }

        public static ApiSurface Render(AssemblyDefinition assembly)
        {
            var types = assembly.Modules
                .SelectMany(module => module.Types)
                .SelectMany(WithNestedTypes)
                .Where(Visibility.IsVisible)
                .Select(RenderType)
                .ToList();
            var publicKey = assembly.Name.PublicKey ?? Array.Empty<byte>();
            return new ApiSurface(assembly.Name.FullName, Convert.ToHexString(publicKey).ToLowerInvariant(), types);
        }

        public static ApiType RenderType(TypeDefinition type) => new(RenderHeader(type), MemberLineRenderer.Render(type));

        public static ApiTypeHeader RenderHeader(TypeDefinition type)
        {
            var interfaces = type.Interfaces
                .Select(implementation => implementation.InterfaceType)
                .Where(Visibility.IsVisibleReference)
                .Select(TypeNameFormatter.Format)
                .ToList();
            return new ApiTypeHeader(Declaration(type), TypeNameFormatter.DeclarationName(type), BaseType(type), interfaces);
        }

        private static string Declaration(TypeDefinition type)
        {
            var access = Visibility.AccessOf(type);
            if (type.IsInterface)
            {
                return $"{access} interface";
            }

            if (type.IsEnum)
            {
                return $"{access} enum";
            }

            if (type.IsValueType)
            {
                return $"{access} struct";
            }

            var modifier = (type.IsAbstract, type.IsSealed) switch
            {
                (true, true) => "static ",
                (true, false) => "abstract ",
                (false, true) => "sealed ",
                _ => string.Empty,
            };
            return $"{access} {modifier}class";
        }

        private static string? BaseType(TypeDefinition type)
        {
            if (type.IsEnum)
            {
                var underlying = type.Fields.First(field => field.IsRuntimeSpecialName && !field.IsStatic);
                return TypeNameFormatter.Format(underlying.FieldType);
            }

            if (type.IsInterface || type.IsValueType || type.BaseType is null || type.BaseType.FullName == "System.Object")
            {
                return null;
            }

            return TypeNameFormatter.Format(type.BaseType);
        }

        private static IEnumerable<TypeDefinition> WithNestedTypes(TypeDefinition type) =>
            new[] { type }.Concat(type.NestedTypes.SelectMany(WithNestedTypes));
    }
}
