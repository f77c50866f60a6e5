using System;
using System.Collections.Generic;
using System.Globalization;
using CrmIndependence.Emulator.Querying.Binding;
using CrmIndependence.Emulator.Querying.Model;
using CrmIndependence.Emulator.Querying.Values;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Querying.Execution;

/// <summary>
/// FetchXml aggregation: groups the joined rows by the group-by columns (dates by day of month, week of
/// year with weeks starting on Sunday, month, quarter or year, as SQL Server's DATEPART), computes count
/// (rows), countcolumn (non-null values, optionally distinct), sum, avg, min and max, and returns one
/// entity per group whose attributes are AliasedValues under the aliases. Nulls are ignored by every
/// aggregate but count; an aggregate with no value is left out. Sums and averages keep the column's
/// type (a whole-number average truncates, as SQL Server's AVG does); currency comes back as Money.
/// More than 50,000 rows (or the query's lower aggregatelimit) is the platform's fault.
/// </summary>
internal sealed class Aggregator
{
    public const int MaxAggregateRows = 50000;

    private readonly ResultProjector _projector;
    private readonly BoundQuery _query;

    public Aggregator(ResultProjector projector, BoundQuery query)
    {
        _projector = projector;
        _query = query;
    }

    public List<Entity> Aggregate(List<Entity?[]> rows)
    {
        var limit = Math.Min(_query.Model.AggregateLimit ?? MaxAggregateRows, MaxAggregateRows);
        if (rows.Count > limit)
        {
            throw QueryFaults.AggregateLimitExceeded(limit);
        }
        var groupColumns = new List<BoundAggregateColumn>();
        foreach (var column in _query.AggregateColumns)
        {
            if (column.IsGroupBy)
            {
                groupColumns.Add(column);
            }
        }
        var groups = new Dictionary<GroupKey, List<Entity?[]>>();
        var keys = new List<GroupKey>();
        if (groupColumns.Count == 0)
        {
            var all = new GroupKey([]);
            groups[all] = rows;
            keys.Add(all);
        }
        else
        {
            foreach (var row in rows)
            {
                var values = new object?[groupColumns.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = GroupValue(groupColumns[i], row);
                }
                var key = new GroupKey(values);
                if (!groups.TryGetValue(key, out var members))
                {
                    groups[key] = members = new List<Entity?[]>();
                    keys.Add(key);
                }
                members.Add(row);
            }
            keys.Sort((a, b) => a.CompareTo(b));
        }
        var results = new List<Entity>(keys.Count);
        foreach (var key in keys)
        {
            results.Add(Build(groups[key]));
        }
        return results;
    }

    private Entity Build(List<Entity?[]> members)
    {
        var entity = new Entity(_query.RootTable.LogicalName);
        foreach (var column in _query.AggregateColumns)
        {
            var value = column.IsGroupBy ? GroupOutput(column, members[0]) : Compute(column, members);
            if (value is null)
            {
                continue;
            }
            var bound = column.Column;
            entity.Attributes[column.Alias] = new AliasedValue(bound.Table.LogicalName, bound.Name, value);
            if (column.IsGroupBy && column.Grouping == DateGrouping.None
                && ResultProjector.Format(bound.Table, bound.Name, bound.Kind, value) is { } formatted)
            {
                entity.FormattedValues[column.Alias] = formatted;
            }
        }
        return entity;
    }

    private object? GroupOutput(BoundAggregateColumn column, Entity?[] first)
    {
        var stored = column.Column.StoredIn(first);
        if (stored is null)
        {
            return null;
        }
        return column.Grouping == DateGrouping.None ? _projector.Copy(stored) : GroupValue(column, first);
    }

    private static object? GroupValue(BoundAggregateColumn column, Entity?[] row)
    {
        var plain = column.Column.PlainIn(row);
        if (column.Grouping == DateGrouping.None || plain is not DateTime date)
        {
            return plain;
        }
        return column.Grouping switch
        {
            DateGrouping.Day => date.Day,
            DateGrouping.Week => WeekOfYear(date),
            DateGrouping.Month => date.Month,
            DateGrouping.Quarter => ((date.Month - 1) / 3) + 1,
            _ => date.Year,
        };
    }

    /// <summary>SQL Server's DATEPART(week) with Sunday as the first day: week 1 holds 1 January.</summary>
    public static int WeekOfYear(DateTime date)
    {
        var firstDay = (int)new DateTime(date.Year, 1, 1).DayOfWeek;
        return ((date.DayOfYear + firstDay - 1) / 7) + 1;
    }

    private static object? Compute(BoundAggregateColumn column, List<Entity?[]> members)
    {
        if (column.Function == AggregateFunction.Count)
        {
            return members.Count;
        }
        var values = new List<object>(members.Count);
        foreach (var row in members)
        {
            if (column.Column.PlainIn(row) is { } value)
            {
                values.Add(value);
            }
        }
        if (column.Function == AggregateFunction.CountColumn)
        {
            return column.Distinct ? new HashSet<object?>(values, ScalarEqualityComparer.Instance).Count : values.Count;
        }
        if (values.Count == 0)
        {
            return null;
        }
        var kind = column.Column.Kind;
        var result = column.Function switch
        {
            AggregateFunction.Min => Extreme(values, smallest: true),
            AggregateFunction.Max => Extreme(values, smallest: false),
            AggregateFunction.Sum => Sum(values, kind),
            _ => Average(values, kind),
        };
        return kind == QueryColumnKind.Money ? new Money(Convert.ToDecimal(result, CultureInfo.InvariantCulture)) : result;
    }

    private static object Extreme(List<object> values, bool smallest)
    {
        var best = values[0];
        foreach (var value in values)
        {
            var c = ScalarValue.Compare(value, best);
            if (smallest ? c < 0 : c > 0)
            {
                best = value;
            }
        }
        return best;
    }

    private static object Sum(List<object> values, QueryColumnKind kind)
    {
        switch (kind)
        {
            case QueryColumnKind.Double:
                var doubles = 0d;
                values.ForEach(v => doubles += Convert.ToDouble(v, CultureInfo.InvariantCulture));
                return doubles;
            case QueryColumnKind.WholeNumber:
            case QueryColumnKind.BigInt:
                long whole = 0;
                values.ForEach(v => whole = checked(whole + Convert.ToInt64(v, CultureInfo.InvariantCulture)));
                if (kind == QueryColumnKind.BigInt)
                {
                    return whole;
                }
                return whole is >= int.MinValue and <= int.MaxValue
                    ? (int)whole
                    : throw QueryFaults.InvalidQuery("The sum overflows a whole number.");
            default:
                var sum = 0m;
                values.ForEach(v => sum += Convert.ToDecimal(v, CultureInfo.InvariantCulture));
                return sum;
        }
    }

    private static object Average(List<object> values, QueryColumnKind kind)
    {
        var sum = Sum(values, kind);
        return sum switch
        {
            double d => d / values.Count,
            int i => i / values.Count,
            long l => l / values.Count,
            _ => (decimal)sum / values.Count,
        };
    }

    /// <summary>The group-by values of one group; equal when every value is (text ignoring case).</summary>
    private sealed class GroupKey : IComparable<GroupKey>
    {
        private readonly object?[] _values;
        private readonly int _hash;

        public GroupKey(object?[] values)
        {
            _values = values;
            foreach (var value in values)
            {
                _hash = HashCode.Combine(_hash, ScalarEqualityComparer.Instance.GetHashCode(value));
            }
        }

        public override int GetHashCode() => _hash;

        public override bool Equals(object? obj)
        {
            if (obj is not GroupKey other)
            {
                return false;
            }
            for (var i = 0; i < _values.Length; i++)
            {
                if (!ScalarEqualityComparer.Instance.Equals(_values[i], other._values[i]))
                {
                    return false;
                }
            }
            return true;
        }

        public int CompareTo(GroupKey? other)
        {
            for (var i = 0; i < _values.Length; i++)
            {
                var c = ScalarValue.CompareNullsFirst(_values[i], other!._values[i]);
                if (c != 0)
                {
                    return c;
                }
            }
            return 0;
        }
    }
}
