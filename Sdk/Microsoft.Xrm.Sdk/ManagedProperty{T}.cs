using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A metadata setting with whether a managed solution lets it be changed.</summary>
public abstract class ManagedProperty<T> : IExtensibleDataObject
{
    protected ManagedProperty()
    {
    }

    protected ManagedProperty(string managedPropertyLogicalName)
    {
        ManagedPropertyLogicalName = managedPropertyLogicalName;
    }

    public T Value { get; set; }

    public bool CanBeChanged { get; set; }

    public string ManagedPropertyLogicalName { get; internal set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
