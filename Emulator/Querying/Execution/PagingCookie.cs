using System;
using System.Collections.Generic;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using CrmIndependence.Emulator.Querying.Values;

namespace CrmIndependence.Emulator.Querying.Execution;

/// <summary>
/// The paging cookie, in the platform's shape:
/// <c>&lt;cookie page="1"&gt;&lt;name last="Zeta" first="Alpha" /&gt;&lt;accountid last="{GUID}" first="{GUID}" /&gt;&lt;/cookie&gt;</c>:
/// one element per order column (its sort key on the page's last and first row; no "last" when null),
/// then the primary key.
/// </summary>
internal sealed class PagingCookie
{
    private readonly Dictionary<string, (bool HasLast, string? Last)> _columns = new(StringComparer.Ordinal);

    private PagingCookie(int page) => Page = page;

    /// <summary>The page the cookie was returned with.</summary>
    public int Page { get; }

    public static string Write(int page, IReadOnlyList<(string Column, object? Last, object? First)> entries)
    {
        var cookie = new XElement("cookie", new XAttribute("page", page.ToString(CultureInfo.InvariantCulture)));
        foreach (var (column, last, first) in entries)
        {
            var element = new XElement(column);
            if (last is not null)
            {
                element.Add(new XAttribute("last", ScalarValue.ToInvariantText(last)));
            }
            if (first is not null)
            {
                element.Add(new XAttribute("first", ScalarValue.ToInvariantText(first)));
            }
            cookie.Add(element);
        }
        return cookie.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>The cookie, or null when it is missing or not one this engine wrote (then page numbers apply).</summary>
    public static PagingCookie? TryRead(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        try
        {
            var root = XElement.Parse(text);
            if (root.Name.LocalName != "cookie"
                || !int.TryParse(root.Attribute("page")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var page))
            {
                return null;
            }
            var cookie = new PagingCookie(page);
            foreach (var element in root.Elements())
            {
                var last = element.Attribute("last")?.Value;
                cookie._columns[element.Name.LocalName] = (last is not null, last);
            }
            return cookie;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>Whether the cookie has an entry for the column; <paramref name="last"/> is null when the value was null.</summary>
    public bool TryGetLast(string column, out string? last)
    {
        if (_columns.TryGetValue(column, out var entry))
        {
            last = entry.Last;
            return true;
        }
        last = null;
        return false;
    }
}
