using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A metadata label: the text in every installed language and the one in the caller's language.</summary>
public sealed class Label : IExtensibleDataObject
{
    public Label()
    {
        LocalizedLabels = new LocalizedLabelCollection();
    }

    /// <summary>A label in one language, which is also the caller's label.</summary>
    public Label(string label, int languageCode)
        : this()
    {
        UserLocalizedLabel = new LocalizedLabel(label, languageCode);
        LocalizedLabels.Add(UserLocalizedLabel);
    }

    public Label(LocalizedLabel userLocalizedLabel, LocalizedLabel[] labels)
        : this()
    {
        UserLocalizedLabel = userLocalizedLabel;
        LocalizedLabels.AddRange(labels);
    }

    public LocalizedLabelCollection LocalizedLabels { get; internal set; }

    public LocalizedLabel UserLocalizedLabel { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
