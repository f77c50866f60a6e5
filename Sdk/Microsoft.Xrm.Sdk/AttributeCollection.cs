namespace Microsoft.Xrm.Sdk;

/// <summary>The columns of a row, keyed by logical name.</summary>
public sealed class AttributeCollection : DataCollection<string, object>
{
    public AttributeCollection()
    {
    }
}
