using System;
using System.Globalization;
using CrmIndependence.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Reading;

/// <summary>The text Dataverse puts in FormattedValues for a column's value (English, United States formats, UTC).</summary>
internal static class FormattedValueText
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    public static string? For(ColumnDefinition column, object value, Func<EntityReference, string?> nameOf) => (column.Kind, value) switch
    {
        (ColumnKind.Choice or ColumnKind.State or ColumnKind.Status, OptionSetValue option) => column.LabelOf(option.Value) ?? option.Value.ToString(Us),
        (ColumnKind.YesNo, bool flag) => flag ? column.TrueLabel : column.FalseLabel,
        (ColumnKind.Money, Money money) => (money.Value < 0 ? "-$" : "$") + Math.Abs(money.Value).ToString("N" + column.Precision.ToString(Us), Us),
        (ColumnKind.Lookup or ColumnKind.Customer or ColumnKind.Owner, EntityReference reference) => nameOf(reference),
        (ColumnKind.WholeNumber, int number) => number.ToString("N0", Us),
        (ColumnKind.Decimal, decimal number) => number.ToString("N" + column.Precision.ToString(Us), Us),
        (ColumnKind.Float, double number) => number.ToString("N2", Us),
        (ColumnKind.DateTime, DateTime date) => column.DateBehavior == DateTimeBehavior.DateOnly
            ? date.ToString("M/d/yyyy", Us)
            : date.ToString("M/d/yyyy h:mm tt", Us),
        _ => null,
    };
}
