using System;

namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>A date and time column: its format and how its values are stored.</summary>
public sealed class DateTimeAttributeMetadata : AttributeMetadata
{
    public DateTimeAttributeMetadata()
        : base(AttributeTypeCode.DateTime)
    {
    }

    public DateTimeAttributeMetadata(DateTimeFormat? format)
        : this()
    {
        Format = format;
    }

    public DateTimeAttributeMetadata(DateTimeFormat? format, string schemaName)
        : base(AttributeTypeCode.DateTime, schemaName)
    {
        Format = format;
    }

    /// <summary>The earliest date Dataverse stores (1 January 1753).</summary>
    public static DateTime MinSupportedValue { get; } = new DateTime(1753, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The latest date Dataverse stores (31 December 9999).</summary>
    public static DateTime MaxSupportedValue { get; } = new DateTime(9999, 12, 31, 23, 59, 59, DateTimeKind.Utc);

    public DateTimeFormat? Format { get; set; }

    public DateTimeBehavior DateTimeBehavior { get; set; }
}
