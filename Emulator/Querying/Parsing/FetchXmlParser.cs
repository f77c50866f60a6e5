using System;
using System.Collections.Generic;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using CrmIndependence.Emulator.Querying.Model;

namespace CrmIndependence.Emulator.Querying.Parsing;

/// <summary>
/// Reads FetchXml into the query model. Elements and attributes that change a query's meaning and that
/// the engine does not implement are faults naming them; purely informative ones (version, mapping,
/// output-format, no-lock, latematerialize, visible, intersect, uiname, uitype...) are ignored.
/// </summary>
internal static class FetchXmlParser
{
    public static QueryModel Parse(string? fetchXml)
    {
        if (string.IsNullOrWhiteSpace(fetchXml))
        {
            throw QueryFaults.InvalidFetchXml("the query is empty.");
        }
        XElement fetch;
        try
        {
            fetch = XDocument.Parse(fetchXml).Root!;
        }
        catch (XmlException e)
        {
            throw QueryFaults.InvalidFetchXml(e.Message);
        }
        if (fetch.Name.LocalName != "fetch")
        {
            throw QueryFaults.InvalidFetchXml($"the root element is <{fetch.Name.LocalName}>, not <fetch>.");
        }
        if (Text(fetch, "datasource") is { } dataSource && dataSource != "default")
        {
            throw QueryFaults.Unsupported($"the FetchXml datasource '{dataSource}'");
        }

        var entities = new List<XElement>(fetch.Elements());
        if (entities.Count != 1 || entities[0].Name.LocalName != "entity")
        {
            throw QueryFaults.InvalidFetchXml("<fetch> must contain exactly one <entity> element.");
        }
        var root = ParseEntity(entities[0], LinkKind.Root);
        return new QueryModel(root)
        {
            Distinct = Bool(fetch, "distinct"),
            Aggregate = Bool(fetch, "aggregate"),
            AggregateLimit = Int(fetch, "aggregatelimit"),
            Top = Int(fetch, "top"),
            PageSize = Int(fetch, "count"),
            PageNumber = Int(fetch, "page"),
            PagingCookie = Text(fetch, "paging-cookie"),
            ReturnTotalRecordCount = Bool(fetch, "returntotalrecordcount"),
            RawOrderBy = Bool(fetch, "useraworderby"),
        };
    }

    private static EntityNode ParseEntity(XElement element, LinkKind kind)
    {
        var name = Text(element, "name") ?? throw QueryFaults.InvalidFetchXml($"<{element.Name.LocalName}> needs a name.");
        var node = new EntityNode(name, kind)
        {
            Alias = Text(element, "alias"),
            ParentColumn = Text(element, "to"),
            LinkedColumn = Text(element, "from"),
        };
        foreach (var child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "attribute":
                    node.Columns.Add(ParseAttribute(child));
                    break;
                case "all-attributes":
                    node.AllColumns = true;
                    break;
                case "order":
                    node.Orders.Add(new OrderNode
                    {
                        Column = Text(child, "attribute"),
                        Alias = Text(child, "alias"),
                        EntityName = Text(child, "entityname"),
                        Descending = Bool(child, "descending"),
                    });
                    break;
                case "filter":
                    node.Filter = node.Filter is null ? ParseFilter(child) : CombineAnd(node.Filter, ParseFilter(child));
                    break;
                case "link-entity":
                    node.Links.Add(ParseEntity(child, LinkKindOf(child)));
                    break;
                default:
                    throw QueryFaults.InvalidFetchXml($"<{child.Name.LocalName}> is not valid inside <{element.Name.LocalName}>.");
            }
        }
        return node;
    }

    private static LinkKind LinkKindOf(XElement link) => (Text(link, "link-type") ?? "inner") switch
    {
        "inner" => LinkKind.Inner,
        "outer" => LinkKind.LeftOuter,
        "any" or "exists" or "in" => LinkKind.Any,
        "not any" => LinkKind.NotAny,
        "all" => LinkKind.All,
        "not all" => LinkKind.NotAll,
        var other => throw QueryFaults.Unsupported($"the link-type '{other}' (link-entity '{Text(link, "name")}')"),
    };

    private static SelectedColumn ParseAttribute(XElement element)
    {
        var name = Text(element, "name") ?? throw QueryFaults.InvalidFetchXml("<attribute> needs a name.");
        if (Text(element, "rowaggregate") is not null)
        {
            throw QueryFaults.Unsupported($"rowaggregate (attribute '{name}')");
        }
        return new SelectedColumn(name)
        {
            Alias = Text(element, "alias"),
            Aggregate = Text(element, "aggregate") switch
            {
                null => AggregateFunction.None,
                "count" => AggregateFunction.Count,
                "countcolumn" => AggregateFunction.CountColumn,
                "sum" => AggregateFunction.Sum,
                "avg" => AggregateFunction.Avg,
                "min" => AggregateFunction.Min,
                "max" => AggregateFunction.Max,
                var other => throw QueryFaults.InvalidFetchXml($"'{other}' is not an aggregate (attribute '{name}')."),
            },
            GroupBy = Bool(element, "groupby"),
            DateGrouping = Text(element, "dategrouping") switch
            {
                null => DateGrouping.None,
                "day" => DateGrouping.Day,
                "week" => DateGrouping.Week,
                "month" => DateGrouping.Month,
                "quarter" => DateGrouping.Quarter,
                "year" => DateGrouping.Year,
                "fiscal-period" => DateGrouping.FiscalPeriod,
                "fiscal-year" => DateGrouping.FiscalYear,
                var other => throw QueryFaults.InvalidFetchXml($"'{other}' is not a date grouping (attribute '{name}')."),
            },
            Distinct = Bool(element, "distinct"),
        };
    }

    private static FilterNode ParseFilter(XElement element)
    {
        var filter = new FilterNode((Text(element, "type") ?? "and") switch
        {
            "and" => false,
            "or" => true,
            var other => throw QueryFaults.InvalidFetchXml($"'{other}' is not a filter type (and, or)."),
        });
        foreach (var child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "condition":
                    filter.Conditions.Add(ParseCondition(child));
                    break;
                case "filter":
                    filter.Filters.Add(ParseFilter(child));
                    break;
                case "link-entity":
                    var kind = LinkKindOf(child);
                    if (kind is not (LinkKind.Any or LinkKind.NotAny or LinkKind.All or LinkKind.NotAll))
                    {
                        throw QueryFaults.InvalidFetchXml(
                            $"a <link-entity> inside a <filter> must be of link-type any, not any, all or not all ('{Text(child, "name")}').");
                    }
                    filter.SemiJoins.Add(ParseEntity(child, kind));
                    break;
                default:
                    throw QueryFaults.InvalidFetchXml($"<{child.Name.LocalName}> is not valid inside <filter>.");
            }
        }
        return filter;
    }

    private static ConditionNode ParseCondition(XElement element)
    {
        var column = Text(element, "attribute") ?? Text(element, "column")
            ?? throw QueryFaults.InvalidFetchXml("<condition> needs an attribute.");
        var operatorText = Text(element, "operator") ?? throw QueryFaults.InvalidFetchXml($"<condition> on '{column}' needs an operator.");
        var values = new List<object?>();
        if (element.Attribute("value") is { } single)
        {
            values.Add(single.Value);
        }
        foreach (var value in element.Elements("value"))
        {
            values.Add(value.Value);
        }
        return new ConditionNode(column, FetchXmlOperators.Parse(operatorText), operatorText, [.. values], valuesAreText: true)
        {
            EntityName = Text(element, "entityname"),
            CompareToColumn = Text(element, "valueof"),
        };
    }

    private static FilterNode CombineAnd(FilterNode first, FilterNode second)
    {
        var both = new FilterNode(isOr: false);
        both.Filters.Add(first);
        both.Filters.Add(second);
        return both;
    }

    private static string? Text(XElement element, string attribute) => element.Attribute(attribute)?.Value;

    private static bool Bool(XElement element, string attribute) => Text(element, attribute) switch
    {
        null => false,
        var value => value.Trim().ToLowerInvariant() switch
        {
            "true" or "1" => true,
            "false" or "0" or "" => false,
            _ => throw QueryFaults.InvalidFetchXml($"'{value}' is not a valid value for {attribute} (true or false)."),
        },
    };

    private static int? Int(XElement element, string attribute) => Text(element, attribute) switch
    {
        null => null,
        var value => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw QueryFaults.InvalidFetchXml($"'{value}' is not a valid whole number for {attribute}."),
    };
}
