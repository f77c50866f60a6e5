using System;
using System.Collections.Generic;
using CrmIndependence.Emulator.Querying.Binding;
using CrmIndependence.Emulator.Querying.Execution;
using CrmIndependence.Emulator.Querying.Model;
using CrmIndependence.Emulator.Querying.Parsing;
using CrmIndependence.Emulator.Querying.Values;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Emulator.Querying;

/// <summary>
/// The emulator's one query engine. QueryExpression, QueryByAttribute and FetchExpression are all
/// translated into one query model, so every rule (operators, joins, ordering, paging, aggregates,
/// faults) is the same whichever language a plugin uses.
/// </summary>
/// <remarks>
/// Pipeline: parse (FetchXmlParser / QueryExpressionConverter) → bind (QueryBinder: tables, columns,
/// values, compiled conditions) → collect joined rows (RowCollector, index-driven) → aggregate
/// (Aggregator) or order (RowOrderer) → page (Pager, PagingCookie) → project (ResultProjector).
/// Stored rows are never changed; every returned entity and value is new.
/// </remarks>
public sealed class QueryEngine
{
    private readonly IQuerySource _source;

    public QueryEngine(IQuerySource source) => _source = source ?? throw new ArgumentNullException(nameof(source));

    public EntityCollection RetrieveMultiple(QueryBase query)
    {
        var model = query switch
        {
            null => throw new ArgumentNullException(nameof(query)),
            QueryExpression expression => QueryExpressionConverter.Convert(expression),
            QueryByAttribute byAttribute => QueryExpressionConverter.Convert(byAttribute),
            FetchExpression fetch => FetchXmlParser.Parse(fetch.Query),
            _ => throw QueryFaults.Unsupported($"the query type {query.GetType().Name}"),
        };
        Pager.Validate(model);
        var bound = new QueryBinder(_source).Bind(model);
        var rows = RowCollector.Collect(bound);
        var projector = new ResultProjector(_source, bound);
        return model.Aggregate
            ? AggregateResult(bound, projector, rows)
            : PlainResult(bound, projector, rows);
    }

    private EntityCollection PlainResult(BoundQuery bound, ResultProjector projector, List<Entity?[]> rows)
    {
        var orderer = new RowOrderer(_source, bound.Model.RawOrderBy);
        var ordered = orderer.Order(rows, bound.Orders);
        List<Entity>? distinctEntities = null;
        if (bound.Model.Distinct)
        {
            ordered = Distinct(ordered, projector, out distinctEntities);
        }
        var seek = CanSeekByCookie(bound) ? new CookieSeek(bound, orderer, ordered) : null;
        var slice = Pager.Slice(ordered.Rows.Count, bound.Model, seek is null ? null : seek.PositionAfter);
        var result = NewCollection(bound, ordered.Rows.Count, slice);
        for (var i = slice.Start; i < slice.Start + slice.Count; i++)
        {
            result.Entities.Add(distinctEntities is null ? projector.Project(ordered.Rows[i]) : distinctEntities[i]);
        }
        if (!slice.IsTop && slice.Count > 0)
        {
            result.PagingCookie = CookieSeek.Write(bound, ordered, slice);
        }
        return result;
    }

    private static OrderedRows Distinct(OrderedRows ordered, ResultProjector projector, out List<Entity> entities)
    {
        var seen = new HashSet<DistinctRowKey>();
        var rows = new List<Entity?[]>();
        var keys = new List<object?[]>();
        entities = new List<Entity>();
        for (var i = 0; i < ordered.Rows.Count; i++)
        {
            var entity = projector.Project(ordered.Rows[i]);
            if (seen.Add(new DistinctRowKey(entity)))
            {
                rows.Add(ordered.Rows[i]);
                keys.Add(ordered.Keys[i]);
                entities.Add(entity);
            }
        }
        return new OrderedRows(rows, keys);
    }

    /// <summary>A cookie can continue after its last row only when each root row appears once and orders are on root columns.</summary>
    private static bool CanSeekByCookie(BoundQuery bound)
    {
        if (bound.Model.Distinct || bound.OrdersOnLinkedColumns)
        {
            return false;
        }
        foreach (var link in bound.Links)
        {
            if (!link.IsManyToOne)
            {
                return false;
            }
        }
        return true;
    }

    private static EntityCollection AggregateResult(BoundQuery bound, ResultProjector projector, List<Entity?[]> rows)
    {
        var groups = new Aggregator(projector, bound).Aggregate(rows);
        if (bound.AggregateOrders.Count > 0)
        {
            var positions = new List<int>(groups.Count);
            for (var i = 0; i < groups.Count; i++)
            {
                positions.Add(i);
            }
            positions.Sort((a, b) =>
            {
                foreach (var order in bound.AggregateOrders)
                {
                    var c = ScalarValue.CompareNullsFirst(AliasValue(groups[a], order.Alias), AliasValue(groups[b], order.Alias));
                    if (c != 0)
                    {
                        return order.Descending ? -c : c;
                    }
                }
                return a.CompareTo(b);
            });
            groups = positions.ConvertAll(i => groups[i]);
        }
        var slice = Pager.Slice(groups.Count, bound.Model, seekAfterCookie: null);
        var result = NewCollection(bound, groups.Count, slice);
        result.Entities.AddRange(groups.GetRange(slice.Start, slice.Count));
        return result;
    }

    private static object? AliasValue(Entity entity, string alias) =>
        entity.Attributes.TryGetValue(alias, out var value) ? ScalarValue.Of(value) : null;

    private static EntityCollection NewCollection(BoundQuery bound, int total, PageSlice slice)
    {
        var result = new EntityCollection
        {
            EntityName = bound.RootTable.LogicalName,
            MoreRecords = slice.MoreRecords,
            TotalRecordCount = -1,
        };
        if (bound.Model.ReturnTotalRecordCount)
        {
            result.TotalRecordCount = Math.Min(total, Pager.MaxTotalRecordCount);
            result.TotalRecordCountLimitExceeded = total > Pager.MaxTotalRecordCount;
        }
        return result;
    }
}
