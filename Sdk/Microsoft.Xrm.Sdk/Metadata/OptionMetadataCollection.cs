using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>The options of an option set, in display order.</summary>
public sealed class OptionMetadataCollection : DataCollection<OptionMetadata>
{
    public OptionMetadataCollection()
    {
    }

    public OptionMetadataCollection(IList<OptionMetadata> list)
        : base(list)
    {
    }
}
