using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Emulator.Querying.Model;

// The one query model every query language is translated into (FetchXml by FetchXmlParser,
// QueryExpression and QueryByAttribute by QueryExpressionConverter). It is plain data as written by
// the caller: names are not resolved yet and values are not converted (QueryBinder does both), so the
// three languages share every rule from binding on.

/// <summary>A whole query: the root table with its links, and the options that shape the result.</summary>
internal sealed class QueryModel
{
    public QueryModel(EntityNode root) => Root = root;

    public EntityNode Root { get; }

    public bool Distinct { get; set; }

    /// <summary>FetchXml aggregate="true", or a QueryExpression with attribute expressions.</summary>
    public bool Aggregate { get; set; }

    /// <summary>FetchXml aggregatelimit: a lower limit than the platform's 50,000 rows.</summary>
    public int? AggregateLimit { get; set; }

    public int? Top { get; set; }

    /// <summary>Rows per page (FetchXml count, PagingInfo.Count); null or 0 = the maximum, 5,000.</summary>
    public int? PageSize { get; set; }

    /// <summary>1-based page (FetchXml page, PagingInfo.PageNumber); null or 0 = the first page.</summary>
    public int? PageNumber { get; set; }

    public string? PagingCookie { get; set; }

    public bool ReturnTotalRecordCount { get; set; }

    /// <summary>FetchXml useraworderby="true": choices order by value rather than by label.</summary>
    public bool RawOrderBy { get; set; }
}

/// <summary>How a linked table joins its parent.</summary>
internal enum LinkKind
{
    /// <summary>The root table itself.</summary>
    Root,
    /// <summary>Rows with at least one match, once per match.</summary>
    Inner,
    /// <summary>Every parent row, once per match or once with nulls when none matches.</summary>
    LeftOuter,
    /// <summary>Semi-join: parent rows with at least one match, once (any, exists, in).</summary>
    Any,
    /// <summary>Anti-join: parent rows with no match (not any).</summary>
    NotAny,
    /// <summary>Parent rows whose every related row satisfies the link's filter, those without related rows included (all).</summary>
    All,
    /// <summary>Parent rows with at least one related row that does not satisfy the link's filter (not all).</summary>
    NotAll,
}

/// <summary>The root entity or a link-entity.</summary>
internal sealed class EntityNode
{
    public EntityNode(string logicalName, LinkKind kind)
    {
        LogicalName = logicalName;
        Kind = kind;
    }

    public string LogicalName { get; }

    public LinkKind Kind { get; }

    /// <summary>The alias the caller gave; null means the platform's default (see QueryBinder).</summary>
    public string? Alias { get; set; }

    /// <summary>The column of the parent this link matches (FetchXml "to", LinkEntity.LinkFromAttributeName).</summary>
    public string? ParentColumn { get; set; }

    /// <summary>The column of this linked table (FetchXml "from", LinkEntity.LinkToAttributeName).</summary>
    public string? LinkedColumn { get; set; }

    public bool AllColumns { get; set; }

    public List<SelectedColumn> Columns { get; } = new();

    /// <summary>The root's criteria, or a link's criteria (applied while joining).</summary>
    public FilterNode? Filter { get; set; }

    public List<OrderNode> Orders { get; } = new();

    public List<EntityNode> Links { get; } = new();
}

internal enum AggregateFunction
{
    None,
    Count,
    CountColumn,
    Sum,
    Avg,
    Min,
    Max,
}

internal enum DateGrouping
{
    None,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    FiscalPeriod,
    FiscalYear,
}

/// <summary>One selected column (FetchXml attribute, a ColumnSet column or attribute expression).</summary>
internal sealed class SelectedColumn
{
    public SelectedColumn(string name) => Name = name;

    public string Name { get; }

    public string? Alias { get; set; }

    public AggregateFunction Aggregate { get; set; }

    public bool GroupBy { get; set; }

    public DateGrouping DateGrouping { get; set; }

    /// <summary>Count distinct values (countcolumn with distinct="true").</summary>
    public bool Distinct { get; set; }
}

/// <summary>An and/or group of conditions, nested groups and (FetchXml) any/not-any links.</summary>
internal sealed class FilterNode
{
    public FilterNode(bool isOr) => IsOr = isOr;

    public bool IsOr { get; }

    public List<ConditionNode> Conditions { get; } = new();

    public List<FilterNode> Filters { get; } = new();

    /// <summary>Link-entities of kind any/not any written inside the filter (a condition on related rows).</summary>
    public List<EntityNode> SemiJoins { get; } = new();
}

/// <summary>One condition, its values still as the caller wrote them.</summary>
internal sealed class ConditionNode
{
    public ConditionNode(string column, ConditionOperator op, string operatorText, object?[] values, bool valuesAreText)
    {
        Column = column;
        Operator = op;
        OperatorText = operatorText;
        Values = values;
        ValuesAreText = valuesAreText;
    }

    /// <summary>The alias (or table name) the column belongs to; null = the enclosing entity.</summary>
    public string? EntityName { get; set; }

    public string Column { get; }

    public ConditionOperator Operator { get; }

    /// <summary>The operator as the caller wrote it (FetchXml "last-x-days" or "LastXDays"), for messages.</summary>
    public string OperatorText { get; }

    public object?[] Values { get; }

    /// <summary>True for FetchXml, whose values are text to parse by the column's kind.</summary>
    public bool ValuesAreText { get; }

    /// <summary>Column comparison: the other column ("col" or "alias.col"), FetchXml valueof.</summary>
    public string? CompareToColumn { get; set; }
}

/// <summary>An order on a column (optionally of another alias), or on an aggregate alias.</summary>
internal sealed class OrderNode
{
    public string? Column { get; set; }

    public string? Alias { get; set; }

    public string? EntityName { get; set; }

    public bool Descending { get; set; }
}
