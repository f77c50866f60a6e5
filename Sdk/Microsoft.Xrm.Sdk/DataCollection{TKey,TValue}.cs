using System;
using System.Collections;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The dictionary type of the SDK (attributes, parameters, images, formatted values...). Keys compare
/// with the key type's default comparer, so string keys are ordinal and case-sensitive. Every member is
/// declared here, not on the derived collections: code compiled against the SDK binds to this type.
/// </summary>
[Serializable]
public abstract class DataCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>, IEnumerable
{
    // Read by an empty collection that has not allocated its own dictionary yet (never written to).
    private static readonly Dictionary<TKey, TValue> NoItems = new();
    private IDictionary<TKey, TValue> _items;
    private bool _isReadOnly;

    protected internal DataCollection(IDictionary<TKey, TValue> collection)
    {
        _items = collection;
    }

    /// <summary>An empty collection; its dictionary is allocated on the first write (most of an entity's collections stay empty).</summary>
    protected internal DataCollection()
    {
    }

    private IDictionary<TKey, TValue> Items => _items ?? NoItems;

    private IDictionary<TKey, TValue> Writable => _items ??= new Dictionary<TKey, TValue>();

    /// <summary>Gets the value of a key (throws <see cref="KeyNotFoundException"/> when absent) or adds/replaces it.</summary>
    public virtual TValue this[TKey key]
    {
        get => Items[key];
        set
        {
            CheckIsReadOnly();
            Writable[key] = value;
        }
    }

    public int Count => _items?.Count ?? 0;

    public ICollection<TKey> Keys => Writable.Keys;

    public ICollection<TValue> Values => Writable.Values;

    public virtual bool IsReadOnly
    {
        get => _isReadOnly;
        internal set => _isReadOnly = value;
    }

    public void Add(KeyValuePair<TKey, TValue> item)
    {
        CheckIsReadOnly();
        Writable.Add(item);
    }

    public void AddRange(params KeyValuePair<TKey, TValue>[] items)
    {
        AddRange((IEnumerable<KeyValuePair<TKey, TValue>>)items);
    }

    public void AddRange(IEnumerable<KeyValuePair<TKey, TValue>> items)
    {
        if (items == null)
        {
            return;
        }

        CheckIsReadOnly();
        foreach (KeyValuePair<TKey, TValue> item in items)
        {
            Writable.Add(item);
        }
    }

    public void Add(TKey key, TValue value)
    {
        CheckIsReadOnly();
        Writable.Add(key, value);
    }

    public void Clear()
    {
        CheckIsReadOnly();
        _items?.Clear();
    }

    public bool Contains(TKey key) => Items.ContainsKey(key);

    public bool Contains(KeyValuePair<TKey, TValue> key) => Items.Contains(key);

    public bool TryGetValue(TKey key, out TValue value) => Items.TryGetValue(key, out value);

    public void CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex) => Items.CopyTo(array, arrayIndex);

    public bool ContainsKey(TKey key) => Items.ContainsKey(key);

    public bool Remove(TKey key)
    {
        CheckIsReadOnly();
        return Items.Remove(key);
    }

    public bool Remove(KeyValuePair<TKey, TValue> item)
    {
        CheckIsReadOnly();
        return Items.Remove(item);
    }

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() =>
        _items == null ? ((IEnumerable<KeyValuePair<TKey, TValue>>)Array.Empty<KeyValuePair<TKey, TValue>>()).GetEnumerator() : _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void CheckIsReadOnly()
    {
        if (IsReadOnly)
        {
            throw new InvalidOperationException("The collection is read-only.");
        }
    }
}
