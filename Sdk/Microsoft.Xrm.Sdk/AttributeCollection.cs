using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>The columns of a row, keyed by logical name.</summary>
public sealed class AttributeCollection : DataCollection<string, object>
{
    public AttributeCollection()
    {
    }

    /// <summary>A collection over the given dictionary (as in the official SDK: not callable from outside the assembly).</summary>
#pragma warning disable CS0628 // The official assembly declares it so on its sealed type; kept for the same signature.
    protected internal AttributeCollection(IDictionary<string, object> collection)
        : base(collection)
    {
    }
#pragma warning restore CS0628
}
