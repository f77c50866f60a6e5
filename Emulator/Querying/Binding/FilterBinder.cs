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
        var (to, from) = LinkColumns.Resolve(_source, parent.Table, table, link, alias);
        var parentColumn = BindingScope.Column(parent, to);
        var inner = new ScopedTable(0, alias, table);
        var linkedColumn = BindingScope.Column(inner, from);
        var innerScope = new BindingScope(inner);
        innerScope.Add(inner);
        var nestedSemiJoins = new List<EntityNode>();
        foreach (var nested in link.Links)
        {
            if (!IsSemiJoin(nested))
            {
                throw QueryFaults.Unsupported(
                    $"an inner or outer link-entity ('{nested.LogicalName}') nested inside the {Describe(link.Kind)} link-entity '{alias}'");
            }
            nestedSemiJoins.Add(nested);
        }
        if (link.Kind is LinkKind.All or LinkKind.NotAll)
        {
            // all = no related row fails the filter; not all = some related row fails it. "Fails" is SQL's
            // NOT: a condition on a null column is unknown, so that row neither satisfies nor fails it.
            var failing = FilterNegation.Negate(link.Filter, nestedSemiJoins, alias);
            var failingCriteria = failing == null ? null : Bind(failing, innerScope);
            return failing == null && link.Kind == LinkKind.All
                ? new ConstantPredicate(true)
                : failing == null
                    ? new ConstantPredicate(false)
                    : new SemiJoinPredicate(parentColumn, table, linkedColumn, failingCriteria, negated: link.Kind == LinkKind.All);
        }

        var criteria = BindEntityCriteria(link.Filter, nestedSemiJoins, innerScope);
        return new SemiJoinPredicate(parentColumn, table, linkedColumn, criteria, negated: link.Kind == LinkKind.NotAny);
    }

    private static string Describe(LinkKind kind) => kind switch
    {
        LinkKind.NotAny => "'not any'",
        LinkKind.All => "'all'",
        LinkKind.NotAll => "'not all'",
        _ => "'any' (or exists / in)",
    };

    /// <summary>True for any / not-any / all / not-all links, which filter their parent instead of joining.</summary>
    public static bool IsSemiJoin(EntityNode node) => node.Kind is LinkKind.Any or LinkKind.NotAny or LinkKind.All or LinkKind.NotAll;
}
