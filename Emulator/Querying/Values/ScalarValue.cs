using System;
using System.Collections.Generic;
using System.Data.SqlTypes;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Querying.Values;

/// <summary>
/// Plain comparable values. Stored values are unwrapped to a scalar (OptionSetValue to int, Money to
/// decimal, EntityReference to its Guid) and compared the way SQL Server does for Dataverse: text
/// case-insensitively, Guids in SQL Server's uniqueidentifier order, numbers across numeric types.
/// </summary>
internal static class ScalarValue
{
    private static readonly CompareInfo TextCollation = CultureInfo.InvariantCulture.CompareInfo;

    /// <summary>The plain value of a stored (or aliased) value; null stays null.</summary>
    public static object? Of(object? stored) => stored switch
    {
        null => null,
        OptionSetValue option => option.Value,
        Money money => money.Value,
        EntityReference reference => reference.Id,
        AliasedValue aliased => Of(aliased.Value),
        Enum e => Convert.ToInt32(e, CultureInfo.InvariantCulture),
        _ => stored,
    };

    /// <summary>Equality as a Dataverse condition sees it (text ignores case). Both non-null.</summary>
    public static bool AreEqual(object left, object right)
    {
        if (left is string a && right is string b)
        {
            return string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
        }
        return Compare(left, right) == 0;
    }

    /// <summary>Order of two non-null plain values of compatible types.</summary>
    public static int Compare(object left, object right)
    {
        switch (left)
        {
            case string a when right is string b:
                return TextCollation.Compare(a, b, CompareOptions.IgnoreCase);
            case Guid a when right is Guid b:
                return CompareGuids(a, b);
            case DateTime a when right is DateTime b:
                return a.CompareTo(b);
            case bool a when right is bool b:
                return a.CompareTo(b);
        }
        if (IsNumber(left) && IsNumber(right))
        {
            return CompareNumbers(left, right);
        }
        if (left.GetType() == right.GetType() && left is IComparable comparable)
        {
            return comparable.CompareTo(right);
        }
        throw QueryFaults.InvalidQuery(
            $"Cannot compare a value of type {left.GetType().Name} with a value of type {right.GetType().Name}.");
    }

    /// <summary>Null-aware order: null sorts before every value (as in SQL Server).</summary>
    public static int CompareNullsFirst(object? left, object? right)
    {
        if (left is null)
        {
            return right is null ? 0 : -1;
        }
        return right is null ? 1 : Compare(left, right);
    }

    /// <summary>SQL Server's uniqueidentifier order (by the last six bytes first), not Guid.CompareTo.</summary>
    public static int CompareGuids(Guid left, Guid right) => new SqlGuid(left).CompareTo(new SqlGuid(right));

    public static bool IsNumber(object value) =>
        value is int or long or decimal or double or float or short or byte;

    private static int CompareNumbers(object left, object right)
    {
        if (left is double or float || right is double or float)
        {
            return Convert.ToDouble(left, CultureInfo.InvariantCulture)
                .CompareTo(Convert.ToDouble(right, CultureInfo.InvariantCulture));
        }
        return Convert.ToDecimal(left, CultureInfo.InvariantCulture)
            .CompareTo(Convert.ToDecimal(right, CultureInfo.InvariantCulture));
    }

    /// <summary>A text form that reads back with <see cref="ValueConverter.FromText"/> (paging cookies).</summary>
    public static string ToInvariantText(object value) => value switch
    {
        Guid g => g.ToString("B").ToUpperInvariant(),
        DateTime d => d.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture),
        bool b => b ? "1" : "0",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}

/// <summary>Equality of plain values for sets and groups: text ignores case, numbers by value.</summary>
internal sealed class ScalarEqualityComparer : IEqualityComparer<object?>
{
    public static readonly ScalarEqualityComparer Instance = new();

    public new bool Equals(object? x, object? y)
    {
        if (x is null || y is null)
        {
            return x is null && y is null;
        }
        return ScalarValue.AreEqual(x, y);
    }

    public int GetHashCode(object? obj) => obj switch
    {
        null => 0,
        string s => StringComparer.OrdinalIgnoreCase.GetHashCode(s),
        int or long or short or byte or decimal => Convert.ToDecimal(obj, CultureInfo.InvariantCulture).GetHashCode(),
        _ => obj.GetHashCode(),
    };
}
