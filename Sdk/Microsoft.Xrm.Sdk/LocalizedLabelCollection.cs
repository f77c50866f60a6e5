using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>The labels of a <see cref="Label"/>, one per language.</summary>
public sealed class LocalizedLabelCollection : DataCollection<LocalizedLabel>
{
    public LocalizedLabelCollection()
    {
    }

    public LocalizedLabelCollection(IList<LocalizedLabel> list)
        : base(list)
    {
    }
}
