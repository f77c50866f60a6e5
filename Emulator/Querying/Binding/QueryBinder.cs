using System;
using System.Collections.Generic;
using CrmIndependence.Emulator.Querying.Evaluation;
using CrmIndependence.Emulator.Querying.Model;

namespace CrmIndependence.Emulator.Querying.Binding;

/// <summary>
/// Resolves a <see cref="QueryModel"/> against the store: tables, aliases (the platform's defaults for
/// links without one), slots of the joined row, columns (an unknown one is a fault naming table and
/// column), compiled filters, selections and orders. The same rules therefore apply to FetchXml,
/// QueryExpression and QueryByAttribute.
/// </summary>
internal sealed class QueryBinder
{
    private readonly IQuerySource _source;
    private readonly DefaultAliases _aliases = new();
    private readonly FilterBinder _filters;
    private readonly List<(EntityNode Node, ScopedTable Table)> _tables = new();

    public QueryBinder(IQuerySource source)
    {
        _source = source;
        _filters = new FilterBinder(source, _aliases);
    }

    public BoundQuery Bind(QueryModel model)
    {
        var rootTable = _source.Table(model.Root.LogicalName);
        var bound = new BoundQuery(model, rootTable);
        var root = new ScopedTable(0, model.Root.Alias ?? rootTable.LogicalName, rootTable);
        _tables.Add((model.Root, root));
        var rootScope = new BindingScope(root);
        rootScope.Add(root);

        BindLinks(model.Root, root, bound);
        foreach (var (_, table) in _tables)
        {
            if (table.Slot > 0)
            {
                rootScope.Add(table);
            }
        }
        bound.Filter = _filters.BindEntityCriteria(model.Root.Filter, SemiJoinsOf(model.Root), rootScope);

        if (model.Aggregate)
        {
            new AggregateBinder(bound).Bind(_tables);
        }
        else
        {
            BindSelections(bound);
            BindOrders(bound, rootScope);
        }
        return bound;
    }

    /// <summary>Inner and outer links take the next slot, depth first in document order.</summary>
    private void BindLinks(EntityNode parentNode, ScopedTable parent, BoundQuery bound)
    {
        foreach (var node in parentNode.Links)
        {
            if (FilterBinder.IsSemiJoin(node))
            {
                continue;
            }
            var alias = _aliases.For(node);
            foreach (var (_, existing) in _tables)
            {
                if (string.Equals(existing.Alias, alias, StringComparison.Ordinal))
                {
                    throw QueryFaults.InvalidQuery($"The alias '{alias}' is used twice in this query.");
                }
            }
            var table = _source.Table(node.LogicalName);
            var scoped = new ScopedTable(bound.SlotCount, alias, table);
            var (to, from) = LinkColumns.Resolve(_source, parent.Table, table, node, alias);
            var parentColumn = BindingScope.Column(parent, to);
            var linkedColumn = BindingScope.Column(scoped, from);
            var link = new BoundLink(scoped.Slot, alias, table, node.Kind, parentColumn, linkedColumn);
            bound.Links.Add(link);
            _tables.Add((node, scoped));

            var linkScope = new BindingScope(scoped);
            linkScope.Add(scoped);
            link.Criteria = _filters.BindEntityCriteria(node.Filter, SemiJoinsOf(node), linkScope);
            BindLinks(node, scoped, bound);
        }
    }

    private static IEnumerable<EntityNode> SemiJoinsOf(EntityNode node)
    {
        foreach (var link in node.Links)
        {
            if (FilterBinder.IsSemiJoin(link))
            {
                yield return link;
            }
        }
    }

    private void BindSelections(BoundQuery bound)
    {
        bound.IncludePrimaryKey = !bound.Model.Distinct;
        foreach (var (node, table) in _tables)
        {
            var isRoot = table.Slot == 0;
            if (node.AllColumns)
            {
                bound.AllColumns.Add(new BoundAllColumns(table.Slot, isRoot ? null : table.Alias));
            }
            foreach (var selected in node.Columns)
            {
                if (selected.Aggregate != AggregateFunction.None || selected.GroupBy)
                {
                    throw QueryFaults.InvalidQuery(
                        $"The column '{selected.Name}' asks for an aggregate or a group-by, but the query is not an aggregate query (aggregate='true').");
                }
                var column = BindingScope.Column(table, selected.Name);
                var key = selected.Alias ?? (isRoot ? selected.Name : table.Alias + "." + selected.Name);
                bound.Selections.Add(new BoundSelection(column, key, aliased: !isRoot || selected.Alias is not null));
            }
        }
    }

    /// <summary>The root's orders first, then each link's, in document order.</summary>
    private void BindOrders(BoundQuery bound, BindingScope rootScope)
    {
        foreach (var (node, table) in _tables)
        {
            foreach (var order in node.Orders)
            {
                if (order.Column is null)
                {
                    throw QueryFaults.InvalidQuery(
                        $"An order by alias ('{order.Alias}') is only valid in an aggregate query; order by a column instead.");
                }
                var target = order.EntityName is null ? table : rootScope.Resolve(order.EntityName);
                var column = BindingScope.Column(target, order.Column);
                if (column.Kind == QueryColumnKind.MultiChoice)
                {
                    throw QueryFaults.Unsupported($"ordering by {column}, a column of type {column.Kind}");
                }
                bound.OrdersOnLinkedColumns |= column.Slot != 0;
                bound.Orders.Add(new BoundOrder(column, order.Descending));
            }
        }
    }
}
