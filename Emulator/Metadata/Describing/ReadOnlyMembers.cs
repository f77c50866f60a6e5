using System;
using System.Reflection;

namespace CrmIndependence.Emulator.Metadata.Describing;

/// <summary>
/// Sets the members of the SDK's metadata classes that are read-only to callers (EntityMetadata.Attributes,
/// AttributeMetadata.IsPrimaryId…): the platform fills them when it answers, through their non-public setter,
/// which the official assembly has too.
/// </summary>
internal static class ReadOnlyMembers
{
    public static T Set<T>(this T target, string property, object? value)
        where T : class
    {
        var setter = typeof(T).GetProperty(property, BindingFlags.Instance | BindingFlags.Public)?.GetSetMethod(nonPublic: true)
            ?? FindSetter(target.GetType(), property)
            ?? throw new InvalidOperationException($"{typeof(T).FullName}.{property} has no setter the emulator can fill.");
        setter.Invoke(target, new[] { value });
        return target;
    }

    private static MethodInfo? FindSetter(Type type, string property)
    {
        for (var current = type; current != null; current = current.BaseType)
        {
            var setter = current.GetProperty(property, BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)?.GetSetMethod(nonPublic: true);
            if (setter != null)
            {
                return setter;
            }
        }

        return null;
    }
}
