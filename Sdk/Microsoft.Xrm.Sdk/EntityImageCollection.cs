using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>The pre- or post-images of a step, keyed by image alias.</summary>
public class EntityImageCollection : DataCollection<string, Entity>
{
    public EntityImageCollection()
    {
    }

    protected internal EntityImageCollection(IDictionary<string, Entity> collection)
        : base(collection)
    {
    }
}
