using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Storage;

/// <summary>
/// Shares one instance of each lookup and choice value among all stored rows (a row holds half a dozen
/// references to the same users, business unit and currency), and equal boxed dates and small numbers. Safe because stored values are never
/// changed in place: every read copies them, and the query engine only reads.
/// </summary>
internal sealed class ValueInterner
{
    private readonly Dictionary<(string, Guid), EntityReference> references = new();
    private readonly Dictionary<int, OptionSetValue> options = new();

    // Boxed values are immutable, so equal ones can be one object: the last date stored (createdon and
    // modifiedon of a row are the same instant, and rows written at one clock time share it), and whole
    // numbers from 0 to 1023.
    private static readonly object?[] SmallNumbers = new object?[1024];
    private object? lastDate;

    /// <summary>The shared reference to a row (what <see cref="Intern"/> turns an equal reference without a name into).</summary>
    public EntityReference Reference(string logicalName, Guid id)
    {
        if (!references.TryGetValue((logicalName, id), out var shared))
        {
            shared = new EntityReference(logicalName, id);
            references.Add((logicalName, id), shared);
        }

        return shared;
    }

    /// <summary>The shared choice value.</summary>
    public OptionSetValue Option(int value)
    {
        if (!options.TryGetValue(value, out var shared))
        {
            shared = new OptionSetValue(value);
            options.Add(value, shared);
        }

        return shared;
    }

    /// <summary>The boxed date stored last when it equals <paramref name="date"/> (without boxing it again), else a new box that becomes the last.</summary>
    public object Date(DateTime date)
    {
        if (lastDate is DateTime last && last.Ticks == date.Ticks && last.Kind == date.Kind)
        {
            return lastDate;
        }

        lastDate = date;
        return lastDate;
    }

    /// <summary>A boxed whole number: the shared box from 0 to 1023, a new one otherwise.</summary>
    public static object Number(int number) =>
        number >= 0 && number < SmallNumbers.Length ? SmallNumbers[number] ??= number : number;

    public object Intern(object value)
    {
        switch (value)
        {
            case EntityReference reference when reference.LogicalName != null && reference.Name == null:
                return Reference(reference.LogicalName, reference.Id);
            case OptionSetValue option:
                return Option(option.Value);
            case DateTime date:
                if (lastDate is DateTime last && last.Ticks == date.Ticks && last.Kind == date.Kind)
                {
                    return lastDate;
                }

                lastDate = value;
                return value;
            case int number when number >= 0 && number < SmallNumbers.Length:
                return SmallNumbers[number] ??= value;
            default:
                return value;
        }
    }
}
