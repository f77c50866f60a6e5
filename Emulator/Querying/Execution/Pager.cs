using System;
using CrmIndependence.Emulator.Querying.Model;

namespace CrmIndependence.Emulator.Querying.Execution;

/// <summary>The rows of one page: where it starts in the ordered result, how many, and whether more follow.</summary>
internal readonly record struct PageSlice(int Start, int Count, int PageNumber, bool MoreRecords, bool IsTop);

/// <summary>
/// Paging as Dataverse does it: top (1 to 5,000, not with paging or a total count), or pages of
/// count rows (default and maximum 5,000: a larger count is capped, as the platform returns at most
/// 5,000 rows a page), page numbers from 1, and a paging cookie that continues after the previous page's
/// last row when it belongs to the previous page (otherwise the page number decides).
/// </summary>
internal static class Pager
{
    public const int MaxPageSize = 5000;
    public const int MaxTotalRecordCount = 5000;

    public static void Validate(QueryModel model)
    {
        if (model.Top is not { } top)
        {
            return;
        }
        if (top is < 1 or > MaxPageSize)
        {
            throw QueryFaults.InvalidQuery($"The top count must be between 1 and {MaxPageSize:N0}; {top} was requested.");
        }
        if (model.PageSize > 0 || model.PageNumber > 1 || !string.IsNullOrEmpty(model.PagingCookie))
        {
            throw QueryFaults.InvalidQuery($"The Top.Count = {top} can't be specified with pagingInfo (count, page or paging cookie).");
        }
        if (model.ReturnTotalRecordCount)
        {
            throw QueryFaults.InvalidQuery("A total record count can't be requested with top.");
        }
    }

    /// <summary>
    /// The slice of <paramref name="total"/> ordered rows to return. <paramref name="seekAfterCookie"/>
    /// gives the position just after the cookie's last row, or null when the cookie cannot be used.
    /// </summary>
    public static PageSlice Slice(int total, QueryModel model, Func<PagingCookie, int?>? seekAfterCookie)
    {
        if (model.Top is { } top)
        {
            return new PageSlice(0, Math.Min(top, total), 1, MoreRecords: false, IsTop: true);
        }
        var size = model.PageSize is > 0 and var requested ? Math.Min(requested, MaxPageSize) : MaxPageSize;
        var number = model.PageNumber is > 0 and var page ? page : 1;
        var start = (int)Math.Min((long)(number - 1) * size, total);
        if (seekAfterCookie is not null
            && PagingCookie.TryRead(model.PagingCookie) is { } cookie
            && cookie.Page == number - 1
            && seekAfterCookie(cookie) is { } seek)
        {
            start = seek;
        }
        var count = Math.Max(0, Math.Min(size, total - start));
        return new PageSlice(start, count, number, start + count < total, IsTop: false);
    }
}
