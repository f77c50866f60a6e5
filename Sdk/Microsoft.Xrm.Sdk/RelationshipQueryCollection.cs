using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk;

/// <summary>Queries for related rows to retrieve with a row, keyed by relationship.</summary>
public sealed class RelationshipQueryCollection : DataCollection<Relationship, QueryBase>
{
    public RelationshipQueryCollection()
    {
    }
}
