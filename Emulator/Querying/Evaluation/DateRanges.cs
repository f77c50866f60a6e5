using System;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Emulator.Querying.Evaluation;

/// <summary>A half-open or closed range of instants; a null bound is unbounded.</summary>
internal readonly record struct DateRange(DateTime? From, bool FromInclusive, DateTime? To, bool ToInclusive);

/// <summary>
/// The instants each date operator covers, computed once per query from the emulator's clock.
/// Everything is UTC (the emulator has no user time zone). Weeks start on Sunday, Dataverse's default.
/// "Last/next X" follow the platform: last-x-days is the previous X whole days plus today up to now;
/// next-x-days is the rest of today plus the following X whole days (hours, weeks, months and years alike,
/// hours counting from the start of the current hour). older-than-x-minutes/-hours count back from now;
/// older-than-x-days and longer count back from the start of today.
/// </summary>
internal static class DateRanges
{
    /// <summary>The range of an operator that needs no value (today, this-week...), or null if it needs one.</summary>
    public static DateRange? Relative(ConditionOperator op, DateTime utcNow)
    {
        var today = Day(utcNow);
        var week = today.AddDays(-(int)today.DayOfWeek);
        var month = new DateTime(today.Year, today.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        var year = new DateTime(today.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return op switch
        {
            ConditionOperator.Today => HalfOpen(today, today.AddDays(1)),
            ConditionOperator.Yesterday => HalfOpen(today.AddDays(-1), today),
            ConditionOperator.Tomorrow => HalfOpen(today.AddDays(1), today.AddDays(2)),
            ConditionOperator.Last7Days => WithCount(ConditionOperator.LastXDays, 7, utcNow),
            ConditionOperator.Next7Days => WithCount(ConditionOperator.NextXDays, 7, utcNow),
            ConditionOperator.ThisWeek => HalfOpen(week, week.AddDays(7)),
            ConditionOperator.LastWeek => HalfOpen(week.AddDays(-7), week),
            ConditionOperator.NextWeek => HalfOpen(week.AddDays(7), week.AddDays(14)),
            ConditionOperator.ThisMonth => HalfOpen(month, month.AddMonths(1)),
            ConditionOperator.LastMonth => HalfOpen(month.AddMonths(-1), month),
            ConditionOperator.NextMonth => HalfOpen(month.AddMonths(1), month.AddMonths(2)),
            ConditionOperator.ThisYear => HalfOpen(year, year.AddYears(1)),
            ConditionOperator.LastYear => HalfOpen(year.AddYears(-1), year),
            ConditionOperator.NextYear => HalfOpen(year.AddYears(1), year.AddYears(2)),
            _ => null,
        };
    }

    /// <summary>The range of an operator with a count (last-x-days, older-than-x-months...), or null.</summary>
    public static DateRange? WithCount(ConditionOperator op, int x, DateTime utcNow)
    {
        var today = Day(utcNow);
        var hour = today.AddHours(utcNow.Hour);
        return op switch
        {
            ConditionOperator.LastXHours => Closed(hour.AddHours(-x), utcNow),
            ConditionOperator.NextXHours => HalfOpen(utcNow, hour.AddHours(x + 1), fromInclusive: true),
            ConditionOperator.LastXDays => Closed(today.AddDays(-x), utcNow),
            ConditionOperator.NextXDays => HalfOpen(utcNow, today.AddDays(x + 1)),
            ConditionOperator.LastXWeeks => Closed(today.AddDays(-7 * x), utcNow),
            ConditionOperator.NextXWeeks => HalfOpen(utcNow, today.AddDays((7 * x) + 1)),
            ConditionOperator.LastXMonths => Closed(today.AddMonths(-x), utcNow),
            ConditionOperator.NextXMonths => HalfOpen(utcNow, today.AddMonths(x).AddDays(1)),
            ConditionOperator.LastXYears => Closed(today.AddYears(-x), utcNow),
            ConditionOperator.NextXYears => HalfOpen(utcNow, today.AddYears(x).AddDays(1)),
            ConditionOperator.OlderThanXMinutes => Before(utcNow.AddMinutes(-x)),
            ConditionOperator.OlderThanXHours => Before(utcNow.AddHours(-x)),
            ConditionOperator.OlderThanXDays => Before(today.AddDays(-x)),
            ConditionOperator.OlderThanXWeeks => Before(today.AddDays(-7 * x)),
            ConditionOperator.OlderThanXMonths => Before(today.AddMonths(-x)),
            ConditionOperator.OlderThanXYears => Before(today.AddYears(-x)),
            _ => null,
        };
    }

    /// <summary>on / on-or-before / on-or-after / not-on a date (its time of day is ignored), or null.</summary>
    public static DateRange? OnDate(ConditionOperator op, DateTime value)
    {
        var day = Day(value);
        return op switch
        {
            ConditionOperator.On or ConditionOperator.NotOn => HalfOpen(day, day.AddDays(1)),
            ConditionOperator.OnOrBefore => new DateRange(null, false, day.AddDays(1), false),
            ConditionOperator.OnOrAfter => new DateRange(day, true, null, false),
            _ => null,
        };
    }

    private static DateTime Day(DateTime value) => DateTime.SpecifyKind(value.Date, DateTimeKind.Utc);

    private static DateRange HalfOpen(DateTime from, DateTime to, bool fromInclusive = true) => new(from, fromInclusive, to, false);

    private static DateRange Closed(DateTime from, DateTime to) => new(from, true, to, true);

    private static DateRange Before(DateTime to) => new(null, false, to, false);
}
