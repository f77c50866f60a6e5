using System;
using System.Collections.Generic;
using CrmIndependence.Emulator.Querying.Binding;
using CrmIndependence.Emulator.Querying.Values;

namespace CrmIndependence.Emulator.Querying.Execution;

/// <summary>
/// Writes the paging cookie of a page and, given the previous page's cookie, finds where the next page
/// starts: just after the cookie's last row in the query's order (by the sort keys and the primary key),
/// so rows created, deleted or changed between pages neither repeat nor get skipped — as the platform's
/// cookie paging does, and unlike page numbers.
/// </summary>
internal sealed class CookieSeek
{
    private readonly BoundQuery _query;
    private readonly RowOrderer _orderer;
    private readonly OrderedRows _rows;

    public CookieSeek(BoundQuery query, RowOrderer orderer, OrderedRows rows)
    {
        _query = query;
        _orderer = orderer;
        _rows = rows;
    }

    /// <summary>The position of the first row after the cookie's last row, or null when the cookie does not fit this query.</summary>
    public int? PositionAfter(PagingCookie cookie)
    {
        var orders = _query.Orders;
        var lastKeys = new object?[orders.Count];
        for (var j = 0; j < orders.Count; j++)
        {
            var column = orders[j].Column;
            if (!cookie.TryGetLast(column.Name, out var text))
            {
                return null;
            }
            if (text is not null)
            {
                lastKeys[j] = _orderer.SortsByText(column) ? text : ValueConverter.FromText(text, column.Kind);
                if (lastKeys[j] is null)
                {
                    return null;
                }
            }
        }
        if (!cookie.TryGetLast(_query.RootTable.PrimaryIdAttribute, out var idText) || !Guid.TryParse(idText, out var lastId))
        {
            return null;
        }
        for (var i = 0; i < _rows.Rows.Count; i++)
        {
            var c = RowOrderer.CompareKeys(_rows.Keys[i], lastKeys, orders);
            if (c == 0)
            {
                c = ScalarValue.CompareGuids(_rows.Rows[i][0]!.Id, lastId);
            }
            if (c > 0)
            {
                return i;
            }
        }
        return _rows.Rows.Count;
    }

    /// <summary>The cookie returned with a page: the root order columns' keys and the primary key of its last and first rows.</summary>
    public static string Write(BoundQuery query, OrderedRows rows, PageSlice slice)
    {
        var first = slice.Start;
        var last = slice.Start + slice.Count - 1;
        var entries = new List<(string, object?, object?)>();
        for (var j = 0; j < query.Orders.Count; j++)
        {
            var column = query.Orders[j].Column;
            if (column.Slot == 0)
            {
                entries.Add((column.Name, rows.Keys[last][j], rows.Keys[first][j]));
            }
        }
        entries.Add((query.RootTable.PrimaryIdAttribute, rows.Rows[last][0]!.Id, rows.Rows[first][0]!.Id));
        return PagingCookie.Write(slice.PageNumber, entries);
    }
}
