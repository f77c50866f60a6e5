using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Mono.Cecil;

namespace CrmIndependence.Plugins.Tests.SdkConformance
{
    /// <summary>
    /// Writes the visible members of a type as listing lines: fields (or enum members), constructors,
    /// properties and indexers, events, then methods. Property and event accessors appear only through
    /// their property or event; static constructors never appear.
    /// </summary>
    public static class MemberLineRenderer
    {
        private const string ImplementationFinal = "/*impl-final*/";

        public static IReadOnlyList<string> Render(TypeDefinition type)
        {
            var lines = new List<string>();
            lines.AddRange(type.Fields.Where(field => !field.IsRuntimeSpecialName && Visibility.IsVisible(field)).Select(field => Field(type, field)));
            lines.AddRange(type.Methods.Where(method => method.IsConstructor && !method.IsStatic && Visibility.IsVisible(method)).Select(Constructor));
            lines.AddRange(type.Properties.Select(Property).OfType<string>());
            lines.AddRange(type.Events.Select(Event).OfType<string>());
            lines.AddRange(type.Methods
                .Where(method => !method.IsConstructor && method.SemanticsAttributes == MethodSemanticsAttributes.None && Visibility.IsVisible(method))
                .Select(Method));
            return lines;
        }

        private static string Field(TypeDefinition type, FieldDefinition field)
        {
            if (type.IsEnum)
            {
                return $"{field.Name} = {Constant(field.Constant)},";
            }

            var fieldType = TypeNameFormatter.Format(field.FieldType);
            var access = Visibility.AccessOf(field);
            if (field.IsLiteral)
            {
                return $"{access} const {fieldType} {field.Name} = {Constant(field.Constant)};";
            }

            var modifiers = (field.IsStatic ? " static" : string.Empty) + (field.IsInitOnly ? " readonly" : string.Empty);
            return $"{access}{modifiers} {fieldType} {field.Name};";
        }

        private static string Constructor(MethodDefinition constructor) =>
            $"{Visibility.AccessOf(constructor)} {TypeNameFormatter.ConstructorName(constructor.DeclaringType)}({Parameters(constructor)});";

        private static string? Property(PropertyDefinition property)
        {
            var accessors = new[] { property.GetMethod, property.SetMethod }.Where(Visibility.IsVisible).Cast<MethodDefinition>().ToList();
            if (accessors.Count == 0)
            {
                return null;
            }

            var main = accessors.OrderByDescending(Visibility.Rank).First();
            var name = property.HasParameters
                ? $"this[{string.Join(", ", property.Parameters.Select(Parameter))}]"
                : property.Name;
            var accessorList = string.Join(" ", accessors.Select(accessor => Accessor(accessor, main)));
            return $"{Prefix(main)}{TypeNameFormatter.Format(property.PropertyType)} {name} {{ {accessorList} }}";
        }

        private static string Accessor(MethodDefinition accessor, MethodDefinition main)
        {
            var access = Visibility.AccessOf(accessor) == Visibility.AccessOf(main) || accessor.DeclaringType.IsInterface
                ? string.Empty
                : Visibility.AccessOf(accessor) + " ";
            var keyword = !accessor.IsSetter ? "get"
                : IsInitOnly(accessor) ? "init"
                : "set";
            return $"{access}{keyword};";
        }

        private static bool IsInitOnly(MethodDefinition setter) =>
            setter.ReturnType is RequiredModifierType modifier
            && modifier.ModifierType.FullName == "System.Runtime.CompilerServices.IsExternalInit";

        private static string? Event(EventDefinition @event)
        {
            var add = @event.AddMethod;
            return Visibility.IsVisible(add)
                ? $"{Prefix(add)}event {TypeNameFormatter.Format(@event.EventType)} {@event.Name};"
                : null;
        }

        private static string Method(MethodDefinition method)
        {
            var name = method.HasGenericParameters
                ? $"{method.Name}<{string.Join(", ", method.GenericParameters.Select(parameter => parameter.Name))}>"
                : method.Name;
            var returnType = method.ReturnType is ByReferenceType
                ? "ref " + TypeNameFormatter.Format(method.ReturnType)
                : TypeNameFormatter.Format(method.ReturnType);
            return $"{Prefix(method)}{returnType} {name}({Parameters(method)});{Constraints(method)}";
        }

        /// <summary>
        /// Access and virtuality, each followed by a space; nothing for interface members, as the listing
        /// writes them. <c>/*impl-final*/</c> is a non-virtual (C# implicit) interface implementation.
        /// </summary>
        private static string Prefix(MethodDefinition method)
        {
            if (method.DeclaringType.IsInterface)
            {
                return string.Empty;
            }

            var modifiers = new List<string> { Visibility.AccessOf(method) };
            if (method.IsStatic)
            {
                modifiers.Add("static");
            }
            else if (method.IsAbstract)
            {
                modifiers.Add(method.IsNewSlot ? "abstract" : "abstract override");
            }
            else if (method.IsVirtual)
            {
                modifiers.Add((method.IsFinal, method.IsNewSlot) switch
                {
                    (true, true) => ImplementationFinal,
                    (true, false) => "sealed override",
                    (false, true) => "virtual",
                    (false, false) => "override",
                });
            }

            return string.Join(" ", modifiers) + " ";
        }

        /// <summary>The parameter list; an extension method's first parameter is written <c>this T name</c>.</summary>
        private static string Parameters(MethodDefinition method)
        {
            var parameters = string.Join(", ", method.Parameters.Select(Parameter));
            return IsExtension(method) ? "this " + parameters : parameters;
        }

        private static bool IsExtension(MethodDefinition method) =>
            method.IsStatic
            && method.HasParameters
            && method.CustomAttributes.Any(attribute => attribute.AttributeType.FullName == "System.Runtime.CompilerServices.ExtensionAttribute");

        private static string Parameter(ParameterDefinition parameter)
        {
            var modifier = string.Empty;
            if (parameter.CustomAttributes.Any(attribute => attribute.AttributeType.FullName == "System.ParamArrayAttribute"))
            {
                modifier = "params ";
            }
            else if (parameter.ParameterType is ByReferenceType)
            {
                modifier = parameter.IsOut && !parameter.IsIn ? "out "
                    : parameter.IsIn ? "in "
                    : "ref ";
            }

            var text = $"{modifier}{TypeNameFormatter.Format(parameter.ParameterType)} {parameter.Name}";
            return parameter.HasDefault ? $"{text} = {Constant(parameter.HasConstant ? parameter.Constant : null)}" : text;
        }

        /// <summary>
        /// <c> // constraints: T:Microsoft.Xrm.Sdk.Entity</c>; special constraints come first, each followed by
        /// a comma (<c>T:class,</c>, <c>T2:new(),Microsoft.Xrm.Sdk.Metadata.ConstantsBase&lt;T&gt;</c>).
        /// </summary>
        private static string Constraints(MethodDefinition method)
        {
            var constrained = method.GenericParameters
                .Select(parameter => (parameter.Name, Text: ConstraintsOf(parameter)))
                .Where(parameter => parameter.Text.Length > 0)
                .Select(parameter => $"{parameter.Name}:{parameter.Text}")
                .ToList();
            return constrained.Count == 0 ? string.Empty : " // constraints: " + string.Join("; ", constrained);
        }

        private static string ConstraintsOf(GenericParameter parameter)
        {
            var special = (parameter.HasReferenceTypeConstraint ? "class," : string.Empty)
                + (parameter.HasNotNullableValueTypeConstraint ? "struct," : string.Empty)
                + (parameter.HasDefaultConstructorConstraint ? "new()," : string.Empty);
            var types = parameter.Constraints.Select(constraint => TypeNameFormatter.Format(constraint.ConstraintType));
            return special + string.Join(",", types);
        }

        /// <summary>Constant values as the listing writes them: invariant culture, strings quoted, null as <c>null</c>.</summary>
        private static string Constant(object? value) => value switch
        {
            null => "null",
            string text => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "null",
        };
    }
}
