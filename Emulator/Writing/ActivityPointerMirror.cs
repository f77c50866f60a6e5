using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Storage;

namespace CrmIndependence.Emulator.Writing;

/// <summary>
/// Keeps <c>activitypointer</c> in step with the activity tables: every email, task, phone call,
/// appointment or custom activity row also appears there with the shared activity columns, as in Dataverse.
/// </summary>
internal sealed class ActivityPointerMirror
{
    private const string Pointer = "activitypointer";
    private readonly DataStore store;

    public ActivityPointerMirror(DataStore store)
    {
        this.store = store;
    }

    // Each public method only decides; the work is apart, so the closure over the pointer table is made only for an activity.
    public void Created(TableDefinition table, StoredRow row)
    {
        if (Mirrors(table, out var pointer))
        {
            Mirror(table, pointer, row);
        }
    }

    public void Changed(TableDefinition table, StoredRow row, IEnumerable<KeyValuePair<string, object?>> changes)
    {
        if (Mirrors(table, out var pointer) && store.Find(Pointer, row.Id) is { } mirrored)
        {
            MirrorChanges(pointer, mirrored, changes);
        }
    }

    private void Mirror(TableDefinition table, TableDefinition pointer, StoredRow row)
    {
        var values = row.Data.Attributes
            .Where(pair => pointer.HasColumn(pair.Key) && pair.Key != pointer.PrimaryIdAttribute && pair.Key != "versionnumber")
            .ToDictionary(pair => pair.Key, pair => ValueCopier.Copy(pair.Value), StringComparer.Ordinal);
        values["activitytypecode"] = table.LogicalName;
        store.Insert(pointer, row.Id, values);
    }

    private void MirrorChanges(TableDefinition pointer, StoredRow mirrored, IEnumerable<KeyValuePair<string, object?>> changes)
    {
        var relevant = changes
            .Where(pair => pointer.HasColumn(pair.Key) && pair.Key != "versionnumber" && pair.Key != pointer.PrimaryIdAttribute)
            .ToDictionary(pair => pair.Key, pair => ValueCopier.Copy(pair.Value), StringComparer.Ordinal);
        store.Update(mirrored, relevant);
    }

    public void Deleted(TableDefinition table, Guid id)
    {
        if (Mirrors(table, out _) && store.Find(Pointer, id) is { } mirrored)
        {
            store.Delete(mirrored);
        }
    }

    private bool Mirrors(TableDefinition table, out TableDefinition pointer)
    {
        pointer = store.Catalog.FindTable(Pointer)!;
        return table.IsActivity && table.LogicalName != Pointer && pointer != null;
    }
}
