using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>A list of entity references (for example the rows to associate).</summary>
public sealed class EntityReferenceCollection : DataCollection<EntityReference>
{
    public EntityReferenceCollection()
    {
    }

    public EntityReferenceCollection(IList<EntityReference> list)
        : base(list)
    {
    }
}
