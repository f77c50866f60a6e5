namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>An alternate key of a table: its name and the columns it combines.</summary>
public sealed class EntityKeyMetadata : MetadataBase
{
    public EntityKeyMetadata()
    {
    }

    public Label DisplayName { get; set; }

    public string LogicalName { get; set; }

    public string SchemaName { get; set; }

    public string EntityLogicalName { get; internal set; }

    public string[] KeyAttributes { get; set; }
}
