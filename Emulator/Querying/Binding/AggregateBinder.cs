using System;
using System.Collections.Generic;
using CrmIndependence.Emulator.Querying.Model;

namespace CrmIndependence.Emulator.Querying.Binding;

/// <summary>
/// The columns and orders of an aggregate query (FetchXml aggregate="true"): every column is a group-by
/// or an aggregate and carries an alias; orders name aliases.
/// </summary>
internal sealed class AggregateBinder
{
    private readonly BoundQuery _bound;

    public AggregateBinder(BoundQuery bound) => _bound = bound;

    public void Bind(IReadOnlyList<(EntityNode Node, ScopedTable Table)> tables)
    {
        if (_bound.Model.Distinct)
        {
            throw QueryFaults.Unsupported("distinct='true' on an aggregate query (use countcolumn with distinct='true')");
        }
        var aliases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, table) in tables)
        {
            if (node.AllColumns)
            {
                throw QueryFaults.InvalidQuery("All attributes cannot be requested in an aggregate query.");
            }
            foreach (var selected in node.Columns)
            {
                var column = BindingScope.Column(table, selected.Name);
                if (string.IsNullOrEmpty(selected.Alias))
                {
                    throw QueryFaults.InvalidQuery(
                        $"The column '{table.Table.LogicalName}.{selected.Name}' of an aggregate query needs an alias.");
                }
                if (!aliases.Add(selected.Alias))
                {
                    throw QueryFaults.InvalidQuery($"The alias '{selected.Alias}' is used twice in this query.");
                }
                Check(selected, column);
                _bound.AggregateColumns.Add(new BoundAggregateColumn(
                    column, selected.Alias, selected.Aggregate, selected.DateGrouping, selected.Distinct, selected.GroupBy));
            }
            foreach (var order in node.Orders)
            {
                if (order.Alias is null)
                {
                    throw QueryFaults.InvalidQuery(
                        $"An order on the attribute '{order.Column}' is not valid in an aggregate query; order by one of its aliases.");
                }
                _bound.AggregateOrders.Add(new BoundAliasOrder(order.Alias, order.Descending));
            }
        }
        if (_bound.AggregateColumns.Count == 0)
        {
            throw QueryFaults.InvalidQuery("An aggregate query needs at least one aggregate or group-by column.");
        }
        foreach (var order in _bound.AggregateOrders)
        {
            if (!aliases.Contains(order.Alias))
            {
                throw QueryFaults.InvalidQuery($"The order alias '{order.Alias}' names no column of this aggregate query.");
            }
        }
    }

    private static void Check(SelectedColumn selected, BoundColumn column)
    {
        if (selected.GroupBy)
        {
            if (selected.Aggregate != AggregateFunction.None)
            {
                throw QueryFaults.InvalidQuery($"The column '{column}' cannot be both grouped by and aggregated.");
            }
            if (selected.DateGrouping is DateGrouping.FiscalPeriod or DateGrouping.FiscalYear)
            {
                throw QueryFaults.Unsupported($"the date grouping '{selected.DateGrouping}' (on {column}): the emulator has no fiscal calendar");
            }
            if (selected.DateGrouping != DateGrouping.None && column.Kind != QueryColumnKind.DateTime)
            {
                throw QueryFaults.InvalidQuery($"A date grouping needs a date column; {column} is of type {column.Kind}.");
            }
            return;
        }
        if (selected.DateGrouping != DateGrouping.None)
        {
            throw QueryFaults.InvalidQuery($"A date grouping is valid only on a group-by column ({column}).");
        }
        switch (selected.Aggregate)
        {
            case AggregateFunction.None:
                throw QueryFaults.InvalidQuery(
                    $"The column '{column}' of an aggregate query must be a group-by or an aggregate (count, countcolumn, sum, avg, min, max).");
            case AggregateFunction.Sum:
            case AggregateFunction.Avg:
                if (!IsNumeric(column.Kind))
                {
                    throw QueryFaults.InvalidQuery($"The aggregate '{selected.Aggregate}' needs a number or currency column; {column} is of type {column.Kind}.");
                }
                break;
            case AggregateFunction.Min:
            case AggregateFunction.Max:
                if (!IsNumeric(column.Kind) && column.Kind != QueryColumnKind.DateTime)
                {
                    throw QueryFaults.InvalidQuery($"The aggregate '{selected.Aggregate}' needs a number, currency or date column; {column} is of type {column.Kind}.");
                }
                break;
        }
        if (selected.Distinct && selected.Aggregate != AggregateFunction.CountColumn)
        {
            throw QueryFaults.Unsupported($"distinct with the aggregate '{selected.Aggregate}' (only countcolumn counts distinct values)");
        }
    }

    private static bool IsNumeric(QueryColumnKind kind) => kind is QueryColumnKind.WholeNumber or QueryColumnKind.BigInt
        or QueryColumnKind.Decimal or QueryColumnKind.Double or QueryColumnKind.Money;
}
