using System.Collections.Generic;
using CrmIndependence.Emulator.Querying.Model;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Emulator.Querying.Binding;

/// <summary>
/// The filter a related row must satisfy to fail a link's filter (for the all and not-all link types):
/// SQL's NOT, written with the opposite operators (De Morgan on and/or; eq becomes ne, in not-in, null
/// not-null, any not any…). The engine's ne, not-in, not-like and not-between already leave null columns
/// out, as SQL's NOT does with an unknown comparison, so the negation keeps three-valued logic.
/// </summary>
internal static class FilterNegation
{
    private static readonly Dictionary<ConditionOperator, ConditionOperator> Opposites = Pairs(
        (ConditionOperator.Equal, ConditionOperator.NotEqual),
        (ConditionOperator.GreaterThan, ConditionOperator.LessEqual),
        (ConditionOperator.GreaterEqual, ConditionOperator.LessThan),
        (ConditionOperator.In, ConditionOperator.NotIn),
        (ConditionOperator.Between, ConditionOperator.NotBetween),
        (ConditionOperator.Like, ConditionOperator.NotLike),
        (ConditionOperator.BeginsWith, ConditionOperator.DoesNotBeginWith),
        (ConditionOperator.EndsWith, ConditionOperator.DoesNotEndWith),
        (ConditionOperator.Contains, ConditionOperator.DoesNotContain),
        (ConditionOperator.Null, ConditionOperator.NotNull),
        (ConditionOperator.On, ConditionOperator.NotOn),
        (ConditionOperator.EqualUserId, ConditionOperator.NotEqualUserId),
        (ConditionOperator.EqualBusinessId, ConditionOperator.NotEqualBusinessId),
        (ConditionOperator.UnderOrEqual, ConditionOperator.NotUnder));

    /// <summary>
    /// The negated filter (the link's filter and-ed with its own any/not-any links), or null when no related
    /// row can fail it (no filter at all, or one that always holds).
    /// </summary>
    public static FilterNode? Negate(FilterNode? filter, IReadOnlyList<EntityNode> semiJoins, string alias)
    {
        var whole = new FilterNode(isOr: false);
        if (filter != null)
        {
            whole.Filters.Add(filter);
        }

        whole.SemiJoins.AddRange(semiJoins);
        return Negate(whole, alias);
    }

    /// <summary>NOT of a filter; null when the filter always holds (so its negation never does).</summary>
    private static FilterNode? Negate(FilterNode filter, string alias)
    {
        // NOT(a and b) = NOT a or NOT b; NOT(a or b) = NOT a and NOT b. A child that always holds negates to
        // "never": it drops out of an or, and makes an and never hold.
        var negated = new FilterNode(!filter.IsOr);
        var parts = 0;
        foreach (var condition in filter.Conditions)
        {
            negated.Conditions.Add(Negate(condition, alias));
            parts++;
        }

        foreach (var link in filter.SemiJoins)
        {
            negated.SemiJoins.Add(Negate(link, alias));
            parts++;
        }

        foreach (var nested in filter.Filters)
        {
            var child = Negate(nested, alias);
            if (child == null)
            {
                if (!negated.IsOr)
                {
                    return null;
                }

                continue;
            }

            negated.Filters.Add(child);
            parts++;
        }

        // An empty filter always holds (the platform ignores it), so its negation never does.
        return parts == 0 ? null : negated;
    }

    private static ConditionNode Negate(ConditionNode condition, string alias)
    {
        var opposite = Opposite(condition.Operator)
            ?? throw QueryFaults.Unsupported($"the operator '{condition.OperatorText}' inside the all / not all link-entity '{alias}' (the emulator cannot negate it)");
        return new ConditionNode(condition.Column, opposite, opposite.ToString(), condition.Values, condition.ValuesAreText)
        {
            EntityName = condition.EntityName,
            CompareToColumn = condition.CompareToColumn,
        };
    }

    private static EntityNode Negate(EntityNode link, string alias)
    {
        var kind = link.Kind switch
        {
            LinkKind.Any => LinkKind.NotAny,
            LinkKind.NotAny => LinkKind.Any,
            LinkKind.All => LinkKind.NotAll,
            LinkKind.NotAll => LinkKind.All,
            _ => throw QueryFaults.Unsupported($"a {link.Kind} link-entity inside the all / not all link-entity '{alias}'"),
        };
        var negated = new EntityNode(link.LogicalName, kind)
        {
            Alias = link.Alias,
            ParentColumn = link.ParentColumn,
            LinkedColumn = link.LinkedColumn,
            Filter = link.Filter,
        };
        negated.Links.AddRange(link.Links);
        return negated;
    }

    private static ConditionOperator? Opposite(ConditionOperator op) => Opposites.TryGetValue(op, out var opposite) ? opposite : null;

    private static Dictionary<ConditionOperator, ConditionOperator> Pairs(params (ConditionOperator A, ConditionOperator B)[] pairs)
    {
        var map = new Dictionary<ConditionOperator, ConditionOperator>();
        foreach (var (a, b) in pairs)
        {
            map[a] = b;
            map[b] = a;
        }

        return map;
    }
}
