using System.Collections.Generic;
using CrmIndependence.Emulator.Querying.Model;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Emulator.Querying.Parsing;

/// <summary>Translates QueryExpression and QueryByAttribute into the query model.</summary>
internal static class QueryExpressionConverter
{
    public static QueryModel Convert(QueryExpression query)
    {
        if (string.IsNullOrEmpty(query.EntityName))
        {
            throw QueryFaults.InvalidQuery("The QueryExpression has no EntityName.");
        }
        if (query.SubQueryExpression is not null)
        {
            throw QueryFaults.Unsupported("QueryExpression.SubQueryExpression");
        }
        var root = new EntityNode(query.EntityName, LinkKind.Root);
        AddColumns(root, query.ColumnSet);
        root.Filter = Filter(query.Criteria);
        foreach (var order in query.Orders)
        {
            root.Orders.Add(Order(order));
        }
        foreach (var link in query.LinkEntities)
        {
            AddLink(root, link);
        }
        var model = new QueryModel(root)
        {
            Distinct = query.Distinct,
            Top = query.TopCount,
        };
        ApplyPaging(model, query.PageInfo);
        return model;
    }

    public static QueryModel Convert(QueryByAttribute query)
    {
        if (string.IsNullOrEmpty(query.EntityName))
        {
            throw QueryFaults.InvalidQuery("The QueryByAttribute has no EntityName.");
        }
        if (query.Attributes.Count == 0)
        {
            throw QueryFaults.InvalidQuery("A QueryByAttribute needs at least one attribute and value.");
        }
        if (query.Attributes.Count != query.Values.Count)
        {
            throw QueryFaults.InvalidQuery(
                $"A QueryByAttribute needs as many values as attributes ({query.Attributes.Count} attributes, {query.Values.Count} values).");
        }
        var root = new EntityNode(query.EntityName, LinkKind.Root);
        AddColumns(root, query.ColumnSet);
        var filter = new FilterNode(isOr: false);
        for (var i = 0; i < query.Attributes.Count; i++)
        {
            var value = query.Values[i];
            filter.Conditions.Add(value is null
                ? new ConditionNode(query.Attributes[i], ConditionOperator.Null, nameof(ConditionOperator.Null), [], valuesAreText: false)
                : new ConditionNode(query.Attributes[i], ConditionOperator.Equal, nameof(ConditionOperator.Equal), [value], valuesAreText: false));
        }
        root.Filter = filter;
        foreach (var order in query.Orders)
        {
            root.Orders.Add(Order(order));
        }
        var model = new QueryModel(root) { Top = query.TopCount };
        ApplyPaging(model, query.PageInfo);
        return model;
    }

    private static void ApplyPaging(QueryModel model, PagingInfo? paging)
    {
        if (paging is null)
        {
            return;
        }
        model.PageSize = paging.Count;
        model.PageNumber = paging.PageNumber;
        model.PagingCookie = paging.PagingCookie;
        model.ReturnTotalRecordCount = paging.ReturnTotalRecordCount;
    }

    /// <summary>
    /// Adds the columns. QueryExpression aggregates (ColumnSet.AttributeExpressions) are not read: the
    /// project's SDK does not declare them, so plugins cannot write them; aggregates come from FetchXml.
    /// </summary>
    private static void AddColumns(EntityNode node, ColumnSet? columns)
    {
        if (columns is null)
        {
            return;
        }
        node.AllColumns = columns.AllColumns;
        foreach (var column in columns.Columns)
        {
            node.Columns.Add(new SelectedColumn(column));
        }
    }

    private static void AddLink(EntityNode parent, LinkEntity link)
    {
        var node = new EntityNode(link.LinkToEntityName, KindOf(link))
        {
            Alias = string.IsNullOrEmpty(link.EntityAlias) ? null : link.EntityAlias,
            ParentColumn = link.LinkFromAttributeName,
            LinkedColumn = link.LinkToAttributeName,
        };
        AddColumns(node, link.Columns);
        node.Filter = Filter(link.LinkCriteria);
        foreach (var order in link.Orders)
        {
            node.Orders.Add(Order(order));
        }
        foreach (var nested in link.LinkEntities)
        {
            AddLink(node, nested);
        }
        parent.Links.Add(node);
    }

    private static LinkKind KindOf(LinkEntity link) => link.JoinOperator switch
    {
        JoinOperator.Inner => LinkKind.Inner,
        JoinOperator.LeftOuter => LinkKind.LeftOuter,
        JoinOperator.Any or JoinOperator.Exists or JoinOperator.In => LinkKind.Any,
        JoinOperator.NotAny => LinkKind.NotAny,
        JoinOperator.All => LinkKind.All,
        JoinOperator.NotAll => LinkKind.NotAll,
        var other => throw QueryFaults.Unsupported($"the join operator {other} (link to '{link.LinkToEntityName}')"),
    };

    private static FilterNode? Filter(FilterExpression? filter)
    {
        if (filter is null)
        {
            return null;
        }
        var node = new FilterNode(filter.FilterOperator == LogicalOperator.Or);
        foreach (var condition in filter.Conditions)
        {
            node.Conditions.Add(Condition(condition));
        }
        foreach (var nested in filter.Filters)
        {
            if (Filter(nested) is { } child)
            {
                node.Filters.Add(child);
            }
        }
        return node;
    }

    private static ConditionNode Condition(ConditionExpression condition)
    {
        var values = new List<object?>();
        foreach (var value in condition.Values)
        {
            // new ConditionExpression("x", In, new[] { 1, 2 }) stores the array as one value: the platform spreads it.
            if (value is System.Collections.IEnumerable many and not string)
            {
                foreach (var item in many)
                {
                    values.Add(item);
                }
            }
            else
            {
                values.Add(value);
            }
        }
        var node = new ConditionNode(condition.AttributeName, condition.Operator, condition.Operator.ToString(),
            condition.CompareColumns ? [] : [.. values], valuesAreText: false)
        {
            EntityName = string.IsNullOrEmpty(condition.EntityName) ? null : condition.EntityName,
        };
        if (condition.CompareColumns)
        {
            if (values.Count != 1 || values[0] is not string other)
            {
                throw QueryFaults.InvalidQuery(
                    $"A column comparison on '{condition.AttributeName}' needs exactly one value: the name of the other column.");
            }
            node.CompareToColumn = other;
        }
        return node;
    }

    private static OrderNode Order(OrderExpression order) => new()
    {
        Column = string.IsNullOrEmpty(order.AttributeName) ? null : order.AttributeName,
        Alias = string.IsNullOrEmpty(order.Alias) ? null : order.Alias,
        EntityName = string.IsNullOrEmpty(order.EntityName) ? null : order.EntityName,
        Descending = order.OrderType == OrderType.Descending,
    };
}
