using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>What every metadata item has: its id and whether it changed since a given version.</summary>
public abstract class MetadataBase : IExtensibleDataObject
{
    protected MetadataBase()
    {
    }

    public Guid? MetadataId { get; set; }

    public bool? HasChanged { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
