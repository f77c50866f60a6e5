using System.Collections.Generic;
using CrmIndependence.Emulator.Querying.Evaluation;
using CrmIndependence.Emulator.Querying.Model;

namespace CrmIndependence.Emulator.Querying.Binding;

/// <summary>Compiles filters, conditions and any/not-any links into predicates within a scope.</summary>
internal sealed class FilterBinder
{
    private readonly IQuerySource _source;
    private readonly ConditionCompiler _compiler;
    private readonly DefaultAliases _aliases;

    public FilterBinder(IQuerySource source, DefaultAliases aliases)
    {
        _source = source;
        _aliases = aliases;
        _compiler = new ConditionCompiler(source);
    }

    /// <summary>
    /// The predicate of an entity's filter together with its entity-level any/not-any links (all and-ed);
    /// null when there is nothing to check.
    /// </summary>
    public RowPredicate? BindEntityCriteria(FilterNode? filter, IEnumerable<EntityNode> semiJoins, BindingScope scope)
    {
        var parts = new List<RowPredicate>();
        if (filter is not null)
        {
            parts.Add(Bind(filter, scope));
        }
        foreach (var link in semiJoins)
        {
            parts.Add(BindSemiJoin(link, scope.Home));
        }
        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => new AndPredicate(parts),
        };
    }

    public RowPredicate Bind(FilterNode filter, BindingScope scope)
    {
        var children = new List<RowPredicate>();
        foreach (var condition in filter.Conditions)
        {
            children.Add(BindCondition(condition, scope));
        }
        foreach (var nested in filter.Filters)
        {
            children.Add(Bind(nested, scope));
        }
        foreach (var link in filter.SemiJoins)
        {
            children.Add(BindSemiJoin(link, scope.Home));
        }
        return filter.IsOr ? new OrPredicate(children) : new AndPredicate(children);
    }

    private RowPredicate BindCondition(ConditionNode condition, BindingScope scope)
    {
        var table = scope.Resolve(condition.EntityName);
        var column = BindingScope.Column(table, condition.Column);
        if (condition.CompareToColumn is { } otherName)
        {
            var dot = otherName.IndexOf('.');
            var other = dot < 0
                ? BindingScope.Column(table, otherName)
                : BindingScope.Column(scope.Resolve(otherName[..dot]), otherName[(dot + 1)..]);
            return ConditionCompiler.CompileColumnComparison(column, condition, other);
        }
        return _compiler.Compile(column, condition);
    }

    /// <summary>An any / exists / in / not-any link: a condition on the parent row about its related rows.</summary>
    public RowPredicate BindSemiJoin(EntityNode link, ScopedTable parent)
    {
        var table = _source.Table(link.LogicalName);
        var alias = _aliases.For(link);
        if (link.Columns.Count > 0 || link.AllColumns)
        {
            throw QueryFaults.InvalidQuery(
                $"The link-entity '{alias}' of type {Describe(link.Kind)} returns no columns; select columns from an inner or outer link instead.");
        }
        if (link.Orders.Count > 0)
        {
            throw QueryFaults.InvalidQuery($"The link-entity '{alias}' of type {Describe(link.Kind)} cannot order the results.");
        }
        var parentColumn = BindingScope.Column(parent, Required(link.ParentColumn, "to", alias));
        var inner = new ScopedTable(0, alias, table);
        var linkedColumn = BindingScope.Column(inner, Required(link.LinkedColumn, "from", alias));
        var innerScope = new BindingScope(inner);
        innerScope.Add(inner);
        var nestedSemiJoins = new List<EntityNode>();
        foreach (var nested in link.Links)
        {
            if (nested.Kind is not (LinkKind.Any or LinkKind.NotAny))
            {
                throw QueryFaults.Unsupported(
                    $"an inner or outer link-entity ('{nested.LogicalName}') nested inside the {Describe(link.Kind)} link-entity '{alias}'");
            }
            nestedSemiJoins.Add(nested);
        }
        var criteria = BindEntityCriteria(link.Filter, nestedSemiJoins, innerScope);
        return new SemiJoinPredicate(parentColumn, table, linkedColumn, criteria, negated: link.Kind == LinkKind.NotAny);
    }

    public static string Required(string? column, string attribute, string alias) =>
        string.IsNullOrEmpty(column)
            ? throw QueryFaults.InvalidQuery(
                $"The link-entity '{alias}' needs both 'from' and 'to' columns (LinkToAttributeName and LinkFromAttributeName); the emulator does not infer them from relationships.")
            : column;

    private static string Describe(LinkKind kind) => kind == LinkKind.NotAny ? "'not any'" : "'any' (or exists / in)";

    /// <summary>True for any / not-any links, which filter their parent instead of joining.</summary>
    public static bool IsSemiJoin(EntityNode node) => node.Kind is LinkKind.Any or LinkKind.NotAny;
}
