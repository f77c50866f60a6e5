using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>The alternate-key columns that identify a row, keyed by logical name.</summary>
[Serializable]
public sealed class KeyAttributeCollection : DataCollection<string, object>
{
    public KeyAttributeCollection()
    {
    }
}
