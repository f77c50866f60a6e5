using System.Collections.Generic;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Storage;

namespace CrmIndependence.Emulator.Writing;

/// <summary>Columns the platform computes on write: fullname of contact and systemuser from first and last name.</summary>
internal static class ComputedColumns
{
    public static void Apply(TableDefinition table, IDictionary<string, object?> values, StoredRow? existing)
    {
        if (table.LogicalName is not ("contact" or "systemuser"))
        {
            return;
        }

        if (!values.ContainsKey("firstname") && !values.ContainsKey("lastname"))
        {
            return;
        }

        var first = values.TryGetValue("firstname", out var f) ? f as string : existing?["firstname"] as string;
        var last = values.TryGetValue("lastname", out var l) ? l as string : existing?["lastname"] as string;
        var full = string.Join(" ", new[] { first, last }).Trim();
        values["fullname"] = full.Length == 0 ? null : full;
    }
}
