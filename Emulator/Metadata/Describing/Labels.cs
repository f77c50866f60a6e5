using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Metadata.Describing;

/// <summary>Labels as the platform returns them: English (1033), also the caller's label; empty when the item has none.</summary>
internal static class Labels
{
    public const int English = 1033;

    public static Label Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new Label();
        }

        var label = new LocalizedLabel(text, English);
        return new Label(label, new[] { label });
    }
}
