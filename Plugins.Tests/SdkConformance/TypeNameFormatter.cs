using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Mono.Cecil;

namespace CrmIndependence.Plugins.Tests.SdkConformance
{
    /// <summary>
    /// Writes a type reference as the listing does: fully qualified, generic arguments in angle brackets
    /// without arity (<c>System.Nullable&lt;System.Guid&gt;</c>), C# keywords only for the few types the
    /// listing writes that way (<c>System.Byte</c> and <c>System.Int16</c> stay full names there).
    /// </summary>
    public static class TypeNameFormatter
    {
        private static readonly Regex Arity = new(@"`\d+", RegexOptions.CultureInvariant);

        private static readonly IReadOnlyDictionary<string, string> Keywords = new Dictionary<string, string>
        {
            ["System.Void"] = "void",
            ["System.Boolean"] = "bool",
            ["System.Int32"] = "int",
            ["System.Int64"] = "long",
            ["System.Double"] = "double",
            ["System.Decimal"] = "decimal",
            ["System.String"] = "string",
            ["System.Object"] = "object",
        };

        public static string Format(TypeReference type)
        {
            switch (type)
            {
                case GenericParameter parameter:
                    return parameter.Name;
                case ByReferenceType byReference:
                    return Format(byReference.ElementType);
                case ArrayType array:
                    return $"{Format(array.ElementType)}[{new string(',', array.Rank - 1)}]";
                case PointerType pointer:
                    return $"{Format(pointer.ElementType)}*";
                case RequiredModifierType required:
                    // A modreq is part of the binary signature (init setters, in parameters, volatile): show it.
                    return $"{Format(required.ElementType)} modreq({Format(required.ModifierType)})";
                case OptionalModifierType optional:
                    return $"{Format(optional.ElementType)} modopt({Format(optional.ModifierType)})";
                case PinnedType pinned:
                    return Format(pinned.ElementType);
                case GenericInstanceType instance:
                    return $"{NameWithoutArity(instance.ElementType)}<{string.Join(", ", instance.GenericArguments.Select(Format))}>";
                default:
                    var name = FullName(type);
                    if (Keywords.TryGetValue(name, out var keyword))
                    {
                        return keyword;
                    }

                    return type.HasGenericParameters
                        ? $"{NameWithoutArity(type)}<{string.Join(", ", type.GenericParameters.Select(Format))}>"
                        : name;
            }
        }

        /// <summary>The name a type header shows: <c>Microsoft.Xrm.Sdk.DataCollection`2&lt;TKey, TValue&gt;</c>.</summary>
        public static string DeclarationName(TypeDefinition type)
        {
            var name = FullName(type);
            return type.HasGenericParameters
                ? $"{name}<{string.Join(", ", type.GenericParameters.Select(parameter => parameter.Name))}>"
                : name;
        }

        /// <summary>A constructor's name: the simple type name without arity (<c>DataCollection</c>).</summary>
        public static string ConstructorName(TypeDefinition type) => Arity.Replace(type.Name, string.Empty);

        /// <summary>Namespace-qualified name with arity; a nested type is written <c>Outer+Inner</c>.</summary>
        public static string FullName(TypeReference type) => type.FullName.Replace('/', '+');

        private static string NameWithoutArity(TypeReference type) => Arity.Replace(FullName(type), string.Empty);
    }
}
