using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Emulator.Storage;

/// <summary>
/// The rows of one table, by id and in insertion order, with equality indexes per column built on first
/// use and maintained by every write. Writes record their undo in the journal.
/// </summary>
internal sealed class TableStore
{
    private readonly Dictionary<Guid, StoredRow> byId = new();
    private readonly List<StoredRow> ordered = new();
    private readonly Dictionary<string, EqualityIndex> indexes = new(StringComparer.Ordinal);
    private readonly TransactionJournal journal;
    private int tombstones;
    private long sequence;

    public TableStore(string logicalName, TransactionJournal journal)
    {
        LogicalName = logicalName;
        this.journal = journal;
    }

    public string LogicalName { get; }

    public int Count => byId.Count;

    /// <summary>The slot of each column in this table's rows.</summary>
    public ColumnLayout Layout { get; } = new();

    public StoredRow? Find(Guid id) => byId.TryGetValue(id, out var row) ? row : null;

    /// <summary>Live rows in insertion order.</summary>
    public IEnumerable<StoredRow> Rows()
    {
        CompactIfWorthIt();
        foreach (var row in ordered)
        {
            if (!row.IsDeleted)
            {
                yield return row;
            }
        }
    }

    /// <summary>Rows whose column's value equals the key (see <see cref="IndexKey"/>), through the column's index, in insertion order.</summary>
    /// <summary>How many rows hold this value in the column (from the column's index, built on first use).</summary>
    public int CountWhereEqual(string column, object key) => IndexOn(column).Find(key).Count;

    public StoredRow[] RowsWhereEqual(string column, object key)
    {
        var index = IndexOn(column);
        var ids = index.Find(key);
        if (ids.Count == 0)
        {
            return Array.Empty<StoredRow>();
        }

        return ids.Select(id => byId[id]).OrderBy(row => row.Sequence).ToArray();
    }

    public void Insert(StoredRow row)
    {
        row.Sequence = ++sequence;
        byId.Add(row.Id, row);
        ordered.Add(row);
        foreach (var index in indexes.Values)
        {
            index.Add(row[index.Column], row.Id);
        }

        journal.RecordInsert(this, row);
    }

    /// <summary>Takes back an insert (the journal's rollback).</summary>
    public void UndoInsert(StoredRow row) => Remove(row, recordUndo: false);

    public void Delete(StoredRow row) => Remove(row, recordUndo: true);

    /// <summary>Sets (or, for null, removes) columns of a row and its version.</summary>
    public void Change(StoredRow row, IReadOnlyDictionary<string, object?> changes, long version)
    {
        var previous = new Dictionary<string, object?>(changes.Count);
        foreach (var change in changes)
        {
            var old = row[change.Key];
            previous[change.Key] = old;
            Set(row, change.Key, old, change.Value);
        }

        var oldVersion = row.Version;
        row.Version = version;
        journal.Record(() =>
        {
            foreach (var restore in previous)
            {
                Set(row, restore.Key, row[restore.Key], restore.Value);
            }

            row.Version = oldVersion;
        });
    }

    private void Set(StoredRow row, string column, object? old, object? value)
    {
        if (indexes.TryGetValue(column, out var index))
        {
            index.Remove(old, row.Id);
            index.Add(value, row.Id);
        }

        row.Set(column, value);
    }

    private void Remove(StoredRow row, bool recordUndo)
    {
        byId.Remove(row.Id);
        row.IsDeleted = true;
        tombstones++;
        foreach (var index in indexes.Values)
        {
            index.Remove(row[index.Column], row.Id);
        }

        if (recordUndo)
        {
            journal.Record(() => Restore(row));
        }
    }

    private void Restore(StoredRow row)
    {
        row.IsDeleted = false;
        tombstones--;
        byId.Add(row.Id, row);

        foreach (var index in indexes.Values)
        {
            index.Add(row[index.Column], row.Id);
        }
    }

    private EqualityIndex IndexOn(string column)
    {
        if (!indexes.TryGetValue(column, out var index))
        {
            index = new EqualityIndex(column);
            foreach (var row in byId.Values)
            {
                index.Add(row[column], row.Id);
            }

            indexes.Add(column, index);
        }

        return index;
    }

    private void CompactIfWorthIt()
    {
        // Never while a transaction is open: an undone delete must find its row where it was.
        if (tombstones > 64 && tombstones > ordered.Count / 2 && !journal.IsActive)
        {
            ordered.RemoveAll(row => row.IsDeleted);
            tombstones = 0;
        }
    }
}
