using CrmIndependence.Emulator.Querying.Binding;
using CrmIndependence.Emulator.Querying.Values;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Querying.Evaluation;

/// <summary>
/// A link-entity of type any / exists / in (some related row matches its criteria) or not any (none
/// does). It returns no columns and never multiplies rows. Related rows come from the linked table's
/// index on the linked column (re-checked, as the index may return extra rows); the criteria see the related row in slot 0 of their own joined row.
/// </summary>
internal sealed class SemiJoinPredicate : RowPredicate
{
    private readonly BoundColumn _parentColumn;
    private readonly IQueryTable _table;
    private readonly BoundColumn _linkedColumn;
    private readonly RowPredicate? _criteria;
    private readonly bool _negated;
    private readonly Entity?[] _inner = new Entity?[1];

    public SemiJoinPredicate(BoundColumn parentColumn, IQueryTable table, BoundColumn linkedColumn, RowPredicate? criteria, bool negated)
    {
        _parentColumn = parentColumn;
        _table = table;
        _linkedColumn = linkedColumn;
        _criteria = criteria;
        _negated = negated;
    }

    public override int HighestSlot => _parentColumn.Slot;

    public override bool Matches(Entity?[] row) => Exists(row) != _negated;

    private bool Exists(Entity?[] row)
    {
        var parentValue = _parentColumn.PlainIn(row);
        if (parentValue is null || ValueConverter.Rekey(parentValue, _linkedColumn.Kind) is not { } key)
        {
            return false;
        }
        foreach (var related in _table.RowsWhereEqual(_linkedColumn.Name, key))
        {
            _inner[0] = related;
            if (_linkedColumn.PlainIn(_inner) is { } linkedValue
                && ScalarValue.AreEqual(linkedValue, key)
                && (_criteria is null || _criteria.Matches(_inner)))
            {
                return true;
            }
        }
        return false;
    }
}
