using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using CrmIndependence.Emulator.Querying.Binding;
using CrmIndependence.Emulator.Querying.Values;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Querying.Evaluation;

/// <summary>null / not-null.</summary>
internal sealed class NullPredicate : ColumnPredicate
{
    private readonly bool _wantsNull;

    public NullPredicate(BoundColumn column, bool wantsNull) : base(column) => _wantsNull = wantsNull;

    public override bool Matches(Entity?[] row) => (Column.PlainIn(row) is null) == _wantsNull;
}

internal enum Comparison
{
    Equal,
    NotEqual,
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
}

/// <summary>eq, ne, gt, ge, lt, le against one value (also eq-userid, eq-businessid and their "ne").</summary>
internal sealed class ComparisonPredicate : ColumnPredicate
{
    public ComparisonPredicate(BoundColumn column, Comparison comparison, object value) : base(column)
    {
        Comparison = comparison;
        Value = value;
    }

    public Comparison Comparison { get; }

    /// <summary>The plain value compared with (already of the column's kind).</summary>
    public object Value { get; }

    public override bool Matches(Entity?[] row)
    {
        var actual = Column.PlainIn(row);
        return actual is not null && Holds(Comparison, actual, Value);
    }

    public static bool Holds(Comparison comparison, object actual, object expected) => comparison switch
    {
        Comparison.Equal => ScalarValue.AreEqual(actual, expected),
        Comparison.NotEqual => !ScalarValue.AreEqual(actual, expected),
        Comparison.Greater => ScalarValue.Compare(actual, expected) > 0,
        Comparison.GreaterOrEqual => ScalarValue.Compare(actual, expected) >= 0,
        Comparison.Less => ScalarValue.Compare(actual, expected) < 0,
        _ => ScalarValue.Compare(actual, expected) <= 0,
    };
}

/// <summary>in / not-in.</summary>
internal sealed class InPredicate : ColumnPredicate
{
    private readonly HashSet<object?> _values;

    public InPredicate(BoundColumn column, IEnumerable<object> values, bool negated) : base(column)
    {
        _values = new HashSet<object?>(values, ScalarEqualityComparer.Instance);
        Negated = negated;
    }

    public bool Negated { get; }

    public IEnumerable<object?> Values => _values;

    public override bool Matches(Entity?[] row)
    {
        var actual = Column.PlainIn(row);
        return actual is not null && _values.Contains(actual) != Negated;
    }
}

/// <summary>
/// A range with optional bounds: between, not-between, and every date operator (on, today, this-week,
/// last-x-days...) once its bounds are computed.
/// </summary>
internal sealed class RangePredicate : ColumnPredicate
{
    private readonly object? _from;
    private readonly bool _fromInclusive;
    private readonly object? _to;
    private readonly bool _toInclusive;
    private readonly bool _negated;

    public RangePredicate(BoundColumn column, object? from, bool fromInclusive, object? to, bool toInclusive, bool negated)
        : base(column)
    {
        _from = from;
        _fromInclusive = fromInclusive;
        _to = to;
        _toInclusive = toInclusive;
        _negated = negated;
    }

    public override bool Matches(Entity?[] row)
    {
        var actual = Column.PlainIn(row);
        if (actual is null)
        {
            return false;
        }
        var inside = true;
        if (_from is not null)
        {
            var c = ScalarValue.Compare(actual, _from);
            inside = _fromInclusive ? c >= 0 : c > 0;
        }
        if (inside && _to is not null)
        {
            var c = ScalarValue.Compare(actual, _to);
            inside = _toInclusive ? c <= 0 : c < 0;
        }
        return inside != _negated;
    }
}

/// <summary>like / not-like and the begins/ends/contains family, with SQL wildcards, ignoring case.</summary>
internal sealed class LikePredicate : ColumnPredicate
{
    private readonly Regex _pattern;
    private readonly bool _negated;

    public LikePredicate(BoundColumn column, string sqlPattern, bool negated) : base(column)
    {
        _pattern = SqlLikePattern.ToRegex(sqlPattern);
        _negated = negated;
    }

    public override bool Matches(Entity?[] row) =>
        Column.PlainIn(row) is string text && _pattern.IsMatch(text) != _negated;
}

/// <summary>Membership in a precomputed set of ids: the hierarchy operators (under, above, eq-useroruserhierarchy...).</summary>
internal sealed class IdSetPredicate : ColumnPredicate
{
    public IdSetPredicate(BoundColumn column, HashSet<Guid> ids, bool negated) : base(column)
    {
        Ids = ids;
        Negated = negated;
    }

    public HashSet<Guid> Ids { get; }

    public bool Negated { get; }

    public override bool Matches(Entity?[] row) =>
        Column.PlainIn(row) is Guid id && Ids.Contains(id) != Negated;
}

/// <summary>Column comparison (FetchXml valueof, ConditionExpression.CompareColumns).</summary>
internal sealed class ColumnComparisonPredicate : ColumnPredicate
{
    private readonly Comparison _comparison;
    private readonly BoundColumn _other;

    public ColumnComparisonPredicate(BoundColumn column, Comparison comparison, BoundColumn other) : base(column)
    {
        _comparison = comparison;
        _other = other;
    }

    public override int HighestSlot => Math.Max(Column.Slot, _other.Slot);

    public override bool Matches(Entity?[] row)
    {
        var left = Column.PlainIn(row);
        var right = _other.PlainIn(row);
        return left is not null && right is not null && ComparisonPredicate.Holds(_comparison, left, right);
    }
}
