using System;
using System.Collections.Generic;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Writing;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Messages;

/// <summary>
/// The split Update ("Behavior of specialized update operations",
/// https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior): an
/// Update carrying statecode/statuscode and other columns runs its PreOperation and PostOperation steps once
/// for the other columns, then once for state and status; on a business-owned table (systemuser, team,
/// businessunit) an Update carrying an owner field (businessunitid, the manager parentsystemuserid,
/// parentbusinessunitid) and other columns splits the same way. PreValidation runs once, on the whole Target.
/// </summary>
internal static class UpdateSplit
{
    private static readonly HashSet<string> StateColumns = new(StringComparer.Ordinal) { "statecode", "statuscode" };

    /// <summary>The owner fields of the business-owned tables: the columns the deprecated SetParent/SetBusiness messages updated.</summary>
    private static readonly Dictionary<string, HashSet<string>> OwnerColumns = new(StringComparer.Ordinal)
    {
        ["systemuser"] = new(StringComparer.Ordinal) { "businessunitid", "parentsystemuserid" },
        ["team"] = new(StringComparer.Ordinal) { "businessunitid" },
        ["businessunit"] = new(StringComparer.Ordinal) { "parentbusinessunitid" },
        ["equipment"] = new(StringComparer.Ordinal) { "businessunitid" },
    };

    /// <summary>The Targets of each part in the order they run (other columns, owner fields, state and status), or null when the Update does not split.</summary>
    public static IReadOnlyList<Entity>? PartsOf(TableDefinition table, Entity target)
    {
        var owner = table.Ownership == TableOwnership.BusinessUnit && OwnerColumns.TryGetValue(table.LogicalName, out var columns) ? columns : null;
        var other = Part(target);
        var ownerPart = Part(target);
        var statePart = Part(target);
        foreach (var pair in target.Attributes)
        {
            var part = StateColumns.Contains(pair.Key) ? statePart : owner != null && owner.Contains(pair.Key) ? ownerPart : other;
            part[pair.Key] = ValueCopier.Copy(pair.Value);
        }

        var parts = new List<Entity>(3);
        foreach (var part in new[] { other, ownerPart, statePart })
        {
            if (part.Attributes.Count > 0)
            {
                parts.Add(part);
            }
        }

        return parts.Count > 1 ? parts : null;
    }

    private static Entity Part(Entity target) => new(target.LogicalName, target.Id) { RowVersion = target.RowVersion };
}
