namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>A unique identifier column (the primary key among them).</summary>
public sealed class UniqueIdentifierAttributeMetadata : AttributeMetadata
{
    public UniqueIdentifierAttributeMetadata()
        : base(AttributeTypeCode.Uniqueidentifier)
    {
    }

    public UniqueIdentifierAttributeMetadata(string schemaName)
        : base(AttributeTypeCode.Uniqueidentifier, schemaName)
    {
    }
}
