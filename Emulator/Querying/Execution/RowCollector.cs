using System.Collections.Generic;
using CrmIndependence.Emulator.Querying.Binding;
using CrmIndependence.Emulator.Querying.Evaluation;
using CrmIndependence.Emulator.Querying.Model;
using CrmIndependence.Emulator.Querying.Values;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Querying.Execution;

/// <summary>
/// Produces the joined rows that satisfy the query: root candidates (from an index when the root filter
/// has a top-level equality on a root column, else every row), the root-only part of the filter before
/// joining, inner/outer joins through the linked table's index, then the filter on linked columns.
/// Links join in document order, each against the row built so far (SQL's flat join order): an inner
/// link nested under an outer link that found no match therefore drops the row, as
/// "A LEFT JOIN B ... INNER JOIN C ON C.x = B.y" does.
/// </summary>
internal sealed class RowCollector
{
    /// <summary>Above this many ids an in / hierarchy condition scans instead of probing the index per id.</summary>
    private const int MaxIndexProbes = 1000;

    private readonly BoundQuery _query;
    private readonly RowPredicate? _beforeJoins;
    private readonly RowPredicate? _afterJoins;
    private readonly List<Entity?[]> _result = new();

    private RowCollector(BoundQuery query)
    {
        _query = query;
        if (query.Filter is { } filter)
        {
            if (filter.HighestSlot == 0)
            {
                _beforeJoins = filter;
            }
            else
            {
                _afterJoins = filter;
            }
        }
    }

    public static List<Entity?[]> Collect(BoundQuery query) => new RowCollector(query).Run();

    private List<Entity?[]> Run()
    {
        foreach (var row in Candidates())
        {
            var joined = new Entity?[_query.SlotCount];
            joined[0] = row;
            if (_beforeJoins is null || _beforeJoins.Matches(joined))
            {
                Join(0, joined);
            }
        }
        return _result;
    }

    private void Join(int linkIndex, Entity?[] joined)
    {
        if (linkIndex == _query.Links.Count)
        {
            if (_afterJoins is null || _afterJoins.Matches(joined))
            {
                _result.Add(joined);
            }
            return;
        }
        var link = _query.Links[linkIndex];
        var matched = false;
        if (link.ParentColumn.PlainIn(joined) is { } parentValue
            && ValueConverter.Rekey(parentValue, link.LinkedColumn.Kind) is { } key)
        {
            foreach (var candidate in link.Table.RowsWhereEqual(link.LinkedColumn.Name, key))
            {
                joined[link.Slot] = candidate;
                if (link.LinkedColumn.PlainIn(joined) is { } linkedValue
                    && ScalarValue.AreEqual(linkedValue, key)
                    && (link.Criteria is null || link.Criteria.Matches(joined)))
                {
                    matched = true;
                    Join(linkIndex + 1, (Entity?[])joined.Clone());
                }
            }
            joined[link.Slot] = null;
        }
        if (!matched && link.Kind == LinkKind.LeftOuter)
        {
            Join(linkIndex + 1, joined);
        }
    }

    private IEnumerable<Entity> Candidates()
    {
        var table = _query.RootTable;
        return FindIndexable(_query.Filter) switch
        {
            ComparisonPredicate equal => table.RowsWhereEqual(equal.Column.Name, equal.Value),
            InPredicate any => Union(table, any.Column.Name, any.Values),
            IdSetPredicate ids => Union(table, ids.Column.Name, Boxed(ids.Ids)),
            _ => table.Rows(),
        };
    }

    /// <summary>
    /// A top-level (and-ed, at any depth of "and") root condition an index can serve: the primary key first, else the
    /// one whose index yields fewest rows (when the table can tell), else the first.
    /// </summary>
    private ColumnPredicate? FindIndexable(RowPredicate? filter)
    {
        switch (filter)
        {
            case AndPredicate and:
                ColumnPredicate? best = null;
                var bestCount = int.MaxValue;
                foreach (var child in and.Children)
                {
                    if (FindIndexable(child) is not { } candidate || (best is not null && best.Column.IsPrimaryKey))
                    {
                        continue;
                    }

                    var count = candidate.Column.IsPrimaryKey ? 0 : EstimatedRows(candidate);
                    if (best is null || count < bestCount)
                    {
                        best = candidate;
                        bestCount = count;
                    }
                }
                return best;
            case OrPredicate { Children.Count: 1 } single:
                // An "or" filter holding one condition is that condition.
                return FindIndexable(single.Children[0]);
            case ComparisonPredicate { Comparison: Comparison.Equal } equal when equal.Column.Slot == 0:
                return equal;
            case InPredicate { Negated: false } any when any.Column.Slot == 0 && CountAtMost(any.Values, MaxIndexProbes):
                return any;
            case IdSetPredicate { Negated: false } ids when ids.Column.Slot == 0 && ids.Ids.Count <= MaxIndexProbes:
                return ids;
            default:
                return null;
        }
    }

    /// <summary>The rows an index condition's look-ups would yield, or int.MaxValue - 1 when the table cannot tell.</summary>
    private int EstimatedRows(ColumnPredicate candidate)
    {
        var table = _query.RootTable;
        int? Count(object? key) => key is null ? 0 : table.CountWhereEqual(candidate.Column.Name, key);
        long total = 0;
        switch (candidate)
        {
            case ComparisonPredicate equal:
                total = Count(equal.Value) ?? int.MaxValue - 1;
                break;
            case InPredicate any:
                foreach (var value in any.Values)
                {
                    total += Count(value) ?? int.MaxValue - 1;
                }
                break;
            case IdSetPredicate ids:
                foreach (var id in ids.Ids)
                {
                    total += Count(id) ?? int.MaxValue - 1;
                }
                break;
        }

        return (int)System.Math.Min(total, int.MaxValue - 1);
    }

    private static IEnumerable<Entity> Union(IQueryTable table, string column, IEnumerable<object?> keys)
    {
        var seen = new HashSet<Entity>(ReferenceEqualityComparer.Instance);
        foreach (var key in keys)
        {
            if (key is null)
            {
                continue;
            }
            foreach (var row in table.RowsWhereEqual(column, key))
            {
                if (seen.Add(row))
                {
                    yield return row;
                }
            }
        }
    }

    private static IEnumerable<object?> Boxed(IEnumerable<System.Guid> ids)
    {
        foreach (var id in ids)
        {
            yield return id;
        }
    }

    private static bool CountAtMost(IEnumerable<object?> values, int max)
    {
        var count = 0;
        foreach (var _ in values)
        {
            if (++count > max)
            {
                return false;
            }
        }
        return true;
    }
}
