using Microsoft.Xrm.Sdk.Metadata;

namespace Microsoft.Xrm.Sdk;

/// <summary>The text of a label in one language (LCID, e.g. 1033 for English).</summary>
public sealed class LocalizedLabel : MetadataBase
{
    public LocalizedLabel()
    {
    }

    public LocalizedLabel(string label, int languageCode)
    {
        Label = label;
        LanguageCode = languageCode;
    }

    public string Label { get; set; }

    public int LanguageCode { get; set; }

    public bool? IsManaged { get; internal set; }
}
