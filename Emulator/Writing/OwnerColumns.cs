using System;
using System.Collections.Generic;
using CrmIndependence.Emulator.Storage;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Writing;

/// <summary>The columns the platform derives from a row's owner, for a Target or for the store.</summary>
internal static class OwnerColumns
{
    /// <summary>
    /// Sets the columns the platform derives from an owner: owningbusinessunit, owninguser, owningteam.
    /// <paramref name="shared"/>: the values go straight to the store (its shared references), not to a Target.
    /// </summary>
    public static void Set(DataStore store, IDictionary<string, object?> values, EntityReference owner, bool shared)
    {
        var ownerRow = store.Find(owner.LogicalName, owner.Id);
        var businessUnit = ownerRow?["businessunitid"] as EntityReference;
        values["owningbusinessunit"] = businessUnit == null ? null : Reference(store, "businessunit", businessUnit.Id, shared);
        values["owninguser"] = owner.LogicalName == "systemuser" ? Reference(store, "systemuser", owner.Id, shared) : null;
        values["owningteam"] = owner.LogicalName == "team" ? Reference(store, "team", owner.Id, shared) : null;
    }

    private static EntityReference Reference(DataStore store, string logicalName, Guid id, bool shared) =>
        shared ? store.SharedReference(logicalName, id) : new EntityReference(logicalName, id);
}
