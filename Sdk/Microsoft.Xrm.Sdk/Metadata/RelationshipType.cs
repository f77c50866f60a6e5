namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>One-to-many or many-to-many.</summary>
public enum RelationshipType
{
    OneToManyRelationship = 0,
    ManyToManyRelationship = 1,
    Default = 0,
}
