using System;
using System.Collections;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Storage;

/// <summary>
/// One row as the store holds it: its values in an array indexed by the table's <see cref="ColumnLayout"/>
/// (no per-row hash table), its row version, and an <see cref="Entity"/> view (<see cref="Data"/>, made the first
/// time a query or a check reads the row) whose Attributes read and write that array. The view is owned by the store
/// and never handed to callers: reads copy it, and the query engine only reads it.
/// </summary>
/// <remarks>
/// The view's AttributeCollection is built over the row itself (<see cref="AttributeCollections.Over"/>).
/// A null stored through the view stays a present column, as in a Dictionary (the store itself never
/// stores one: a null removes).
/// </remarks>
internal sealed class StoredRow : IDictionary<string, object>
{
    private static readonly object NullValue = new();
    private readonly ColumnLayout layout;
    private object?[] values;
    private int count;
    private Entity? data;

    public StoredRow(string table, Guid id, ColumnLayout layout)
    {
        this.layout = layout;
        Table = table;
        Id = id;
        values = layout.Count == 0 ? Array.Empty<object?>() : new object?[layout.Count];
    }

    public Entity Data => data ??= new Entity(Table, Id) { Attributes = AttributeCollections.Over(this) };

    public Guid Id { get; }

    public string Table { get; }

    public long Version { get; set; }

    /// <summary>Insertion order within the table (the order rows come back in when a query does not sort).</summary>
    public long Sequence { get; set; }

    /// <summary>Removed from its table (kept in the ordered list until compacted, so an undo restores its place).</summary>
    public bool IsDeleted { get; set; }

    /// <summary>A column's value, null when absent.</summary>
    public object? this[string column]
    {
        get
        {
            var slot = layout.SlotOf(column);
            return slot >= 0 && slot < values.Length && values[slot] is { } value && !ReferenceEquals(value, NullValue) ? value : null;
        }
    }

    /// <summary>Sets a column (null removes it).</summary>
    public void Set(string column, object? value)
    {
        if (value == null)
        {
            ((IDictionary<string, object>)this).Remove(column);
        }
        else
        {
            Store(column, value);
        }
    }

    private void Store(string column, object value)
    {
        var slot = layout.Claim(column);
        if (slot >= values.Length)
        {
            Array.Resize(ref values, layout.Count);
        }

        if (values[slot] == null)
        {
            count++;
        }

        values[slot] = value;
    }

    private bool TryFind(string key, out object? value)
    {
        if (key == null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        var slot = layout.SlotOf(key);
        if (slot >= 0 && slot < values.Length && values[slot] is { } stored)
        {
            value = ReferenceEquals(stored, NullValue) ? null : stored;
            return true;
        }

        value = null;
        return false;
    }

    // IDictionary<string, object>: what the Entity view's AttributeCollection calls.
    object IDictionary<string, object>.this[string key]
    {
        get => TryFind(key, out var value) ? value! : throw new KeyNotFoundException($"The given key '{key}' was not present in the dictionary.");
        set => Store(key ?? throw new ArgumentNullException(nameof(key)), value ?? NullValue);
    }

    ICollection<string> IDictionary<string, object>.Keys
    {
        get
        {
            var keys = new List<string>(count);
            foreach (var pair in this)
            {
                keys.Add(pair.Key);
            }

            return keys.AsReadOnly();
        }
    }

    ICollection<object> IDictionary<string, object>.Values
    {
        get
        {
            var list = new List<object>(count);
            foreach (var pair in this)
            {
                list.Add(pair.Value);
            }

            return list.AsReadOnly();
        }
    }

    int ICollection<KeyValuePair<string, object>>.Count => count;

    bool ICollection<KeyValuePair<string, object>>.IsReadOnly => false;

    void IDictionary<string, object>.Add(string key, object value)
    {
        if (TryFind(key, out _))
        {
            throw new ArgumentException($"An item with the same key has already been added. Key: {key}", nameof(key));
        }

        Store(key, value ?? NullValue);
    }

    void ICollection<KeyValuePair<string, object>>.Add(KeyValuePair<string, object> item) => ((IDictionary<string, object>)this).Add(item.Key, item.Value);

    void ICollection<KeyValuePair<string, object>>.Clear()
    {
        Array.Clear(values);
        count = 0;
    }

    bool ICollection<KeyValuePair<string, object>>.Contains(KeyValuePair<string, object> item) =>
        TryFind(item.Key, out var value) && EqualityComparer<object>.Default.Equals(value, item.Value);

    bool IDictionary<string, object>.ContainsKey(string key) => TryFind(key, out _);

    void ICollection<KeyValuePair<string, object>>.CopyTo(KeyValuePair<string, object>[] array, int arrayIndex)
    {
        foreach (var pair in this)
        {
            array[arrayIndex++] = pair;
        }
    }

    bool IDictionary<string, object>.Remove(string key)
    {
        var slot = layout.SlotOf(key ?? throw new ArgumentNullException(nameof(key)));
        if (slot < 0 || slot >= values.Length || values[slot] == null)
        {
            return false;
        }

        values[slot] = null;
        count--;
        return true;
    }

    bool ICollection<KeyValuePair<string, object>>.Remove(KeyValuePair<string, object> item) =>
        ((ICollection<KeyValuePair<string, object>>)this).Contains(item) && ((IDictionary<string, object>)this).Remove(item.Key);

    bool IDictionary<string, object>.TryGetValue(string key, out object value)
    {
        var found = TryFind(key, out var stored);
        value = stored!;
        return found;
    }

    /// <summary>The present columns in slot order (the order the table first stored them).</summary>
    public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
    {
        var snapshot = values;
        for (var slot = 0; slot < snapshot.Length; slot++)
        {
            if (snapshot[slot] is { } value)
            {
                yield return new KeyValuePair<string, object>(layout.NameAt(slot), ReferenceEquals(value, NullValue) ? null! : value);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
