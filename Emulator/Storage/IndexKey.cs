using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Storage;

/// <summary>
/// The plain value an equality index files a stored value under (a lookup by its id, a choice by its
/// number, money by its amount), compared as Dataverse compares: text case-insensitively, numbers by value.
/// </summary>
internal sealed class IndexKey : IEqualityComparer<object>
{
    public static readonly IndexKey Comparer = new();

    public static object? Of(object? value) => value switch
    {
        null => null,
        EntityReference reference => reference.Id,
        OptionSetValue option => option.Value,
        Money money => money.Value,
        _ => value,
    };

    public new bool Equals(object? x, object? y)
    {
        if (x is string left && y is string right)
        {
            return string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
        }

        if (TryNumber(x, out var a) && TryNumber(y, out var b))
        {
            return a == b;
        }

        return object.Equals(x, y);
    }

    public int GetHashCode(object value)
    {
        if (value is string text)
        {
            return StringComparer.OrdinalIgnoreCase.GetHashCode(text);
        }

        return TryNumber(value, out var number) ? number.GetHashCode() : value.GetHashCode();
    }

    private static bool TryNumber(object? value, out decimal number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case short s: number = s; return true;
            case decimal d: number = d; return true;
            case double f when !double.IsNaN(f) && !double.IsInfinity(f) && Math.Abs(f) < 7.9e27:
                number = (decimal)f;
                return true;
            case float f when !float.IsNaN(f) && !float.IsInfinity(f) && Math.Abs(f) < 7.9e27f:
                number = (decimal)f;
                return true;
            default:
                number = 0;
                return false;
        }
    }
}
