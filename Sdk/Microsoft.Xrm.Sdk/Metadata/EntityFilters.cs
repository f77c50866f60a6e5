using System;

namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>Which parts of a table's metadata RetrieveEntity returns.</summary>
[Flags]
public enum EntityFilters
{
    Entity = 1,
    Attributes = 2,
    Privileges = 4,
    Relationships = 8,
    Default = 1,
    All = 15,
}
