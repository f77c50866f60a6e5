namespace Microsoft.Xrm.Sdk;

/// <summary>Related rows of an entity, keyed by relationship.</summary>
public sealed class RelatedEntityCollection : DataCollection<Relationship, EntityCollection>
{
    public RelatedEntityCollection()
    {
    }
}
