using System.Collections.Generic;
using CrmIndependence.Emulator.Querying.Binding;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Querying.Evaluation;

/// <summary>
/// A compiled filter: tells whether a joined row (one slot per table) satisfies it. Conditions follow
/// SQL's three-valued logic as Dataverse does: a null column satisfies only null (and the "not" forms of
/// a semi-join), never ne, not-in, not-like or not-between.
/// </summary>
internal abstract class RowPredicate
{
    public abstract bool Matches(Entity?[] row);

    /// <summary>The highest slot the predicate reads: 0 means it can run before any join.</summary>
    public abstract int HighestSlot { get; }
}

/// <summary>All children hold (an empty "and" holds).</summary>
internal sealed class AndPredicate : RowPredicate
{
    private readonly RowPredicate[] _children;

    public AndPredicate(IReadOnlyList<RowPredicate> children)
    {
        _children = [.. children];
        foreach (var child in _children)
        {
            HighestSlot = System.Math.Max(HighestSlot, child.HighestSlot);
        }
    }

    public IReadOnlyList<RowPredicate> Children => _children;

    public override int HighestSlot { get; }

    public override bool Matches(Entity?[] row)
    {
        foreach (var child in _children)
        {
            if (!child.Matches(row))
            {
                return false;
            }
        }
        return true;
    }
}

/// <summary>Some child holds (an empty "or" holds, as the platform ignores an empty filter).</summary>
internal sealed class OrPredicate : RowPredicate
{
    private readonly RowPredicate[] _children;

    public OrPredicate(IReadOnlyList<RowPredicate> children)
    {
        _children = [.. children];
        foreach (var child in _children)
        {
            HighestSlot = System.Math.Max(HighestSlot, child.HighestSlot);
        }
    }

    public IReadOnlyList<RowPredicate> Children => _children;

    public override int HighestSlot { get; }

    public override bool Matches(Entity?[] row)
    {
        if (_children.Length == 0)
        {
            return true;
        }
        foreach (var child in _children)
        {
            if (child.Matches(row))
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>Base of the predicates on one column.</summary>
internal abstract class ColumnPredicate : RowPredicate
{
    protected ColumnPredicate(BoundColumn column) => Column = column;

    public BoundColumn Column { get; }

    public override int HighestSlot => Column.Slot;
}

/// <summary>Always or never holds (an all link without a filter; a not-all link without a filter).</summary>
internal sealed class ConstantPredicate : RowPredicate
{
    private readonly bool _value;

    public ConstantPredicate(bool value) => _value = value;

    public override int HighestSlot => 0;

    public override bool Matches(Entity?[] row) => _value;
}
