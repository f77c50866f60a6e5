using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Storage;

/// <summary>
/// Shares one instance of each lookup and choice value among all stored rows (a row holds half a dozen
/// references to the same users, business unit and currency). Safe because stored values are never
/// changed in place: every read copies them, and the query engine only reads.
/// </summary>
internal sealed class ValueInterner
{
    private readonly Dictionary<(string, Guid), EntityReference> references = new();
    private readonly Dictionary<int, OptionSetValue> options = new();

    public object Intern(object value)
    {
        switch (value)
        {
            case EntityReference reference when reference.LogicalName != null && reference.Name == null:
                if (!references.TryGetValue((reference.LogicalName, reference.Id), out var shared))
                {
                    shared = new EntityReference(reference.LogicalName, reference.Id);
                    references.Add((reference.LogicalName, reference.Id), shared);
                }

                return shared;
            case OptionSetValue option:
                if (!options.TryGetValue(option.Value, out var sharedOption))
                {
                    sharedOption = new OptionSetValue(option.Value);
                    options.Add(option.Value, sharedOption);
                }

                return sharedOption;
            default:
                return value;
        }
    }
}
