using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// A reference to a row: table logical name plus id, or alternate key columns. Equal when the ids,
/// logical names (ordinal) and key columns are equal; <see cref="Name"/> and <see cref="RowVersion"/>
/// do not take part.
/// </summary>
[Serializable]
public sealed class EntityReference : IExtensibleDataObject
{
    private KeyAttributeCollection _keyAttributes;

    [NonSerialized]
    private ExtensionDataObject _extensionData;

    public EntityReference()
    {
    }

    public EntityReference(string logicalName)
    {
        LogicalName = logicalName;
    }

    public EntityReference(string logicalName, Guid id)
    {
        LogicalName = logicalName;
        Id = id;
    }

    public EntityReference(string logicalName, string keyName, object keyValue)
    {
        LogicalName = logicalName;
        KeyAttributes.Add(keyName, keyValue);
    }

    public EntityReference(string logicalName, KeyAttributeCollection keyAttributeCollection)
    {
        LogicalName = logicalName;
        _keyAttributes = keyAttributeCollection;
    }

    public Guid Id { get; set; }

    public string LogicalName { get; set; }

    public string Name { get; set; }

    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes ??= new KeyAttributeCollection();
        set => _keyAttributes = value;
    }

    public string RowVersion { get; set; }

    public ExtensionDataObject ExtensionData
    {
        get => _extensionData;
        set => _extensionData = value;
    }

    public override bool Equals(object obj)
    {
        if (obj is not EntityReference other)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return Id == other.Id
            && string.Equals(LogicalName, other.LogicalName, StringComparison.Ordinal)
            && KeyAttributes.Count == other.KeyAttributes.Count
            && KeyAttributes.Intersect(other.KeyAttributes).Count() == KeyAttributes.Count;
    }

    public override int GetHashCode()
    {
        int hash = string.IsNullOrEmpty(LogicalName) ? 0 : LogicalName.GetHashCode() ^ Id.GetHashCode();
        foreach (KeyValuePair<string, object> key in KeyAttributes)
        {
            if (!string.IsNullOrEmpty(key.Key))
            {
                hash ^= key.Key.GetHashCode() ^ (key.Value?.GetHashCode() ?? 0);
            }
        }

        return hash;
    }
}
