using System;
using System.Collections.Generic;
using System.Globalization;
using CrmIndependence.Emulator.Querying.Binding;
using CrmIndependence.Emulator.Querying.Evaluation;
using CrmIndependence.Emulator.Querying.Model;
using CrmIndependence.Emulator.Querying.Values;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Emulator.Querying.Parsing;

/// <summary>
/// Writes a query model read from FetchXml as the equivalent QueryExpression (the FetchXmlToQueryExpression
/// message): columns, filters with values typed by the column (a choice's "1" becomes 1, a lookup's text a
/// Guid), links with their join operator (from/to resolved as a query resolves them), orders, paging and
/// top. What QueryExpression cannot say in the SDK the project builds on — aggregates, and any/not-any links
/// written inside a filter — is a fault naming it.
/// </summary>
internal sealed class QueryExpressionWriter
{
    private readonly IQuerySource source;
    private readonly Dictionary<string, IQueryTable> tablesByAlias = new(StringComparer.Ordinal);
    private readonly DefaultAliases aliases = new();

    public QueryExpressionWriter(IQuerySource source)
    {
        this.source = source;
    }

    public QueryExpression Write(QueryModel model)
    {
        if (model.Aggregate)
        {
            throw QueryFaults.Unsupported("converting an aggregate FetchXml query to a QueryExpression (the SDK the project builds on has no ColumnSet.AttributeExpressions)");
        }

        var root = source.Table(model.Root.LogicalName);
        tablesByAlias[model.Root.Alias ?? root.LogicalName] = root;
        var query = new QueryExpression(root.LogicalName)
        {
            ColumnSet = Columns(model.Root),
            Distinct = model.Distinct,
            TopCount = model.Top,
        };
        foreach (var link in model.Root.Links)
        {
            query.LinkEntities.Add(Link(root, link));
        }

        query.Criteria = Filter(model.Root.Filter, root) ?? new FilterExpression();
        foreach (var order in model.Root.Orders)
        {
            query.Orders.Add(Order(order));
        }

        if (model.PageSize is not null || model.PageNumber is not null || model.PagingCookie is not null || model.ReturnTotalRecordCount)
        {
            query.PageInfo = new PagingInfo
            {
                Count = model.PageSize ?? 0,
                PageNumber = model.PageNumber ?? 0,
                PagingCookie = model.PagingCookie,
                ReturnTotalRecordCount = model.ReturnTotalRecordCount,
            };
        }

        return query;
    }

    private LinkEntity Link(IQueryTable parent, EntityNode node)
    {
        var linked = source.Table(node.LogicalName);
        var alias = aliases.For(node);
        tablesByAlias[alias] = linked;
        var (to, from) = LinkColumns.Resolve(source, parent, linked, node, alias);
        var link = new LinkEntity(parent.LogicalName, linked.LogicalName, to, from, JoinOf(node))
        {
            EntityAlias = node.Alias,
            Columns = Columns(node),
        };
        link.LinkCriteria = Filter(node.Filter, linked) ?? new FilterExpression();
        foreach (var order in node.Orders)
        {
            link.Orders.Add(Order(order));
        }

        foreach (var nested in node.Links)
        {
            link.LinkEntities.Add(Link(linked, nested));
        }

        return link;
    }

    private static JoinOperator JoinOf(EntityNode node) => node.Kind switch
    {
        LinkKind.Inner => JoinOperator.Inner,
        LinkKind.LeftOuter => JoinOperator.LeftOuter,
        LinkKind.Any => JoinOperator.Any,
        LinkKind.NotAny => JoinOperator.NotAny,
        LinkKind.All => JoinOperator.All,
        LinkKind.NotAll => JoinOperator.NotAll,
        _ => throw QueryFaults.InvalidQuery($"The link-entity '{node.LogicalName}' has no join type."),
    };

    private static ColumnSet Columns(EntityNode node)
    {
        if (node.AllColumns)
        {
            return new ColumnSet(true);
        }

        var columns = new ColumnSet();
        foreach (var column in node.Columns)
        {
            if (column.Alias != null)
            {
                throw QueryFaults.Unsupported($"converting the column alias '{column.Alias}' (attribute '{column.Name}') to a QueryExpression, whose ColumnSet has no aliases");
            }

            columns.AddColumn(column.Name);
        }

        return columns;
    }

    private FilterExpression? Filter(FilterNode? node, IQueryTable table)
    {
        if (node == null)
        {
            return null;
        }

        if (node.SemiJoins.Count > 0)
        {
            throw QueryFaults.Unsupported($"converting a link-entity written inside a <filter> (link to '{node.SemiJoins[0].LogicalName}') to a QueryExpression, whose FilterExpression has no links in the SDK the project builds on");
        }

        var filter = new FilterExpression(node.IsOr ? LogicalOperator.Or : LogicalOperator.And);
        foreach (var condition in node.Conditions)
        {
            filter.Conditions.Add(Condition(condition, table));
        }

        foreach (var nested in node.Filters)
        {
            filter.Filters.Add(Filter(nested, table)!);
        }

        return filter;
    }

    private ConditionExpression Condition(ConditionNode node, IQueryTable table)
    {
        var owner = node.EntityName == null
            ? table
            : tablesByAlias.TryGetValue(node.EntityName, out var aliased) ? aliased : source.Table(node.EntityName);
        if (node.CompareToColumn is { } other)
        {
            return new ConditionExpression(node.EntityName, node.Column, node.Operator, true, other);
        }

        var kind = owner.KindOf(node.Column) ?? throw QueryFaults.UnknownColumn(owner.LogicalName, node.Column);
        var values = new object[node.Values.Length];
        for (var index = 0; index < values.Length; index++)
        {
            values[index] = IsCount(node.Operator)
                ? ValueConverter.ToCount(node.Values[index], node.ValuesAreText, owner.LogicalName, node.Column)
                : ValueConverter.Convert(node.Values[index], node.ValuesAreText, kind, owner.LogicalName, node.Column);
        }

        return new ConditionExpression(node.EntityName, node.Column, node.Operator, values);
    }

    private static bool IsCount(ConditionOperator op) => DateRanges.WithCount(op, 0, DateTime.UtcNow) is not null;

    private static OrderExpression Order(OrderNode node)
    {
        if (node.Column == null)
        {
            throw QueryFaults.InvalidQuery($"An order by alias ('{node.Alias}') is only valid in an aggregate query; order by a column instead.");
        }

        var order = new OrderExpression(node.Column, node.Descending ? OrderType.Descending : OrderType.Ascending);
        if (node.EntityName != null)
        {
            order.EntityName = node.EntityName;
        }

        return order;
    }
}
