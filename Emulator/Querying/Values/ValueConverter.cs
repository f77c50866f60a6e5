using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Querying.Values;

/// <summary>
/// Converts a condition's value to the plain value of the column's kind (see <see cref="IQueryTable.RowsWhereEqual"/>
/// for the plain types). QueryExpression values are typed: the platform accepts the column's own type and
/// its SDK wrapper (OptionSetValue, Money, EntityReference) and refuses others. FetchXml values are text,
/// parsed by the column's kind.
/// </summary>
internal static class ValueConverter
{
    /// <summary>The plain value, or a fault naming table, column and the expected type.</summary>
    public static object Convert(object? value, bool isText, QueryColumnKind kind, string table, string column)
    {
        if (isText)
        {
            var text = value as string ?? string.Empty;
            return FromText(text, kind) ?? throw QueryFaults.InvalidText(table, column, ExpectedType(kind), text);
        }
        return FromTyped(value, kind) ?? throw QueryFaults.WrongValueType(table, column, ExpectedType(kind), value);
    }

    /// <summary>Parses text (FetchXml values, paging cookies) as the kind's plain value; null when invalid.</summary>
    public static object? FromText(string text, QueryColumnKind kind)
    {
        var trimmed = text.Trim();
        switch (kind)
        {
            case QueryColumnKind.Text:
            case QueryColumnKind.Memo:
                return text;
            case QueryColumnKind.WholeNumber:
            case QueryColumnKind.Choice:
            case QueryColumnKind.State:
            case QueryColumnKind.Status:
                return int.TryParse(trimmed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;
            case QueryColumnKind.BigInt:
                return long.TryParse(trimmed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null;
            case QueryColumnKind.Decimal:
            case QueryColumnKind.Money:
                return decimal.TryParse(trimmed, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var m) ? m : null;
            case QueryColumnKind.Double:
                return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
            case QueryColumnKind.Boolean:
                return trimmed.ToLowerInvariant() switch
                {
                    "1" or "true" => true,
                    "0" or "false" => false,
                    _ => null,
                };
            case QueryColumnKind.DateTime:
                return DateTime.TryParse(trimmed, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var dt) ? dt : null;
            case QueryColumnKind.Lookup:
            case QueryColumnKind.Customer:
            case QueryColumnKind.Owner:
            case QueryColumnKind.UniqueIdentifier:
                return Guid.TryParse(trimmed, out var g) ? g : null;
            default:
                return null;
        }
    }

    /// <summary>Converts a typed value (QueryExpression) to the kind's plain value; null when refused.</summary>
    public static object? FromTyped(object? value, QueryColumnKind kind)
    {
        if (value is null)
        {
            return null;
        }
        switch (kind)
        {
            case QueryColumnKind.Text:
            case QueryColumnKind.Memo:
                return value as string;
            case QueryColumnKind.WholeNumber:
                return ToInt(value);
            case QueryColumnKind.Choice:
            case QueryColumnKind.State:
            case QueryColumnKind.Status:
                return value is OptionSetValue option ? option.Value : ToInt(value);
            case QueryColumnKind.BigInt:
                return value is int or long or short or byte ? System.Convert.ToInt64(value, CultureInfo.InvariantCulture) : null;
            case QueryColumnKind.Decimal:
            case QueryColumnKind.Money:
                return value switch
                {
                    Money money => money.Value,
                    decimal or int or long or short or byte or double or float => System.Convert.ToDecimal(value, CultureInfo.InvariantCulture),
                    _ => null,
                };
            case QueryColumnKind.Double:
                return value is double or float or decimal or int or long or short or byte
                    ? System.Convert.ToDouble(value, CultureInfo.InvariantCulture)
                    : null;
            case QueryColumnKind.Boolean:
                return value as bool?;
            case QueryColumnKind.DateTime:
                return value switch
                {
                    DateTime d => ToUtc(d),
                    DateTimeOffset o => o.UtcDateTime,
                    _ => null,
                };
            case QueryColumnKind.Lookup:
            case QueryColumnKind.Customer:
            case QueryColumnKind.Owner:
            case QueryColumnKind.UniqueIdentifier:
                return value switch
                {
                    Guid g => g,
                    EntityReference r => r.Id,
                    string s when Guid.TryParse(s, out var parsed) => parsed,
                    _ => null,
                };
            default:
                return null;
        }
    }

    /// <summary>A plain value of one kind as the plain value of another (join keys); null when impossible.</summary>
    public static object? Rekey(object plain, QueryColumnKind kind) =>
        FromTyped(plain, kind) ?? (plain is string s ? FromText(s, kind) : FromText(ScalarValue.ToInvariantText(plain), kind));

    /// <summary>The "x" of last-x-days and its kin: a whole number.</summary>
    public static int ToCount(object? value, bool isText, string table, string column)
    {
        object? converted = isText
            ? FromText(value as string ?? string.Empty, QueryColumnKind.WholeNumber)
            : ToInt(value);
        return converted is int count
            ? count
            : throw QueryFaults.WrongValueType(table, column, "System.Int32", value);
    }

    public static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };

    public static string ExpectedType(QueryColumnKind kind) => kind switch
    {
        QueryColumnKind.Text or QueryColumnKind.Memo => "System.String",
        QueryColumnKind.WholeNumber or QueryColumnKind.Choice or QueryColumnKind.State or QueryColumnKind.Status => "System.Int32",
        QueryColumnKind.BigInt => "System.Int64",
        QueryColumnKind.Decimal or QueryColumnKind.Money => "System.Decimal",
        QueryColumnKind.Double => "System.Double",
        QueryColumnKind.Boolean => "System.Boolean",
        QueryColumnKind.DateTime => "System.DateTime",
        QueryColumnKind.Lookup or QueryColumnKind.Customer or QueryColumnKind.Owner or QueryColumnKind.UniqueIdentifier => "System.Guid",
        _ => kind.ToString(),
    };

    private static int? ToInt(object? value) => value switch
    {
        int i => i,
        short or byte => System.Convert.ToInt32(value, CultureInfo.InvariantCulture),
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        Enum e => System.Convert.ToInt32(e, CultureInfo.InvariantCulture),
        _ => null,
    };
}
