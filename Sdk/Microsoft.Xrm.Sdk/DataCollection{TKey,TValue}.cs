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
    private readonly IDictionary<TKey, TValue> _items;
    private bool _isReadOnly;

    protected internal DataCollection(IDictionary<TKey, TValue> collection)
    {
        _items = collection;
    }

    protected internal DataCollection()
        : this(new Dictionary<TKey, TValue>())
    {
    }

    /// <summary>Gets the value of a key (throws <see cref="KeyNotFoundException"/> when absent) or adds/replaces it.</summary>
    public virtual TValue this[TKey key]
    {
        get => _items[key];
        set
        {
            CheckIsReadOnly();
            _items[key] = value;
        }
    }

    public int Count => _items.Count;

    public ICollection<TKey> Keys => _items.Keys;

    public ICollection<TValue> Values => _items.Values;

    public virtual bool IsReadOnly
    {
        get => _isReadOnly;
        internal set => _isReadOnly = value;
    }

    public void Add(KeyValuePair<TKey, TValue> item)
    {
        CheckIsReadOnly();
        _items.Add(item);
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
            _items.Add(item);
        }
    }

    public void Add(TKey key, TValue value)
    {
        CheckIsReadOnly();
        _items.Add(key, value);
    }

    public void Clear()
    {
        CheckIsReadOnly();
        _items.Clear();
    }

    public bool Contains(TKey key) => _items.ContainsKey(key);

    public bool Contains(KeyValuePair<TKey, TValue> key) => _items.Contains(key);

    public bool TryGetValue(TKey key, out TValue value) => _items.TryGetValue(key, out value);

    public void CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

    public bool ContainsKey(TKey key) => _items.ContainsKey(key);

    public bool Remove(TKey key)
    {
        CheckIsReadOnly();
        return _items.Remove(key);
    }

    public bool Remove(KeyValuePair<TKey, TValue> item)
    {
        CheckIsReadOnly();
        return _items.Remove(item);
    }

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    private void CheckIsReadOnly()
    {
        if (IsReadOnly)
        {
            throw new InvalidOperationException("The collection is read-only.");
        }
    }
}
