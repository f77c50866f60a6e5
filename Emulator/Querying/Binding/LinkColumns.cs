using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator.Querying.Model;

namespace CrmIndependence.Emulator.Querying.Binding;

/// <summary>
/// The columns a link joins on: <c>to</c> (the parent's) and <c>from</c> (the linked table's). Both are
/// optional in FetchXml ("link-entity element", https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/link-entity):
/// a missing <c>from</c> is the linked table's primary key, a missing <c>to</c> the parent's primary key, and
/// when both are missing the link follows the one relationship between the two tables (a lookup of the
/// parent to the linked table, a lookup of the linked table to the parent, or an N:N intersect table). No
/// relationship, or more than one, is a fault listing the candidates.
/// </summary>
internal static class LinkColumns
{
    public static (string To, string From) Resolve(IQuerySource source, IQueryTable parent, IQueryTable linked, EntityNode link, string alias)
    {
        var to = string.IsNullOrEmpty(link.ParentColumn) ? null : link.ParentColumn;
        var from = string.IsNullOrEmpty(link.LinkedColumn) ? null : link.LinkedColumn;
        if (to != null && from != null)
        {
            return (to, from);
        }

        if (to != null)
        {
            return (to, linked.PrimaryIdAttribute);
        }

        if (from != null)
        {
            return (parent.PrimaryIdAttribute, from);
        }

        if (source is not IQueryRelationships relationships)
        {
            throw QueryFaults.InvalidQuery($"The link-entity '{alias}' needs its 'from' and 'to' columns (LinkToAttributeName and LinkFromAttributeName).");
        }

        var candidates = Candidates(relationships, parent, linked).Distinct().ToList();
        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw QueryFaults.InvalidQuery(
                $"The link-entity '{alias}' names no 'from' and 'to' columns, and no relationship joins '{parent.LogicalName}' and '{linked.LogicalName}'. Set from and to."),
            _ => throw QueryFaults.InvalidQuery(
                $"The link-entity '{alias}' names no 'from' and 'to' columns, and '{parent.LogicalName}' and '{linked.LogicalName}' are joined by {candidates.Count} relationships "
                + $"({string.Join(", ", candidates.Select(pair => $"to='{pair.To}' from='{pair.From}'"))}). Set from and to to say which."),
        };
    }

    private static IEnumerable<(string To, string From)> Candidates(IQueryRelationships relationships, IQueryTable parent, IQueryTable linked)
    {
        foreach (var lookup in relationships.LookupsTo(parent.LogicalName, linked.LogicalName))
        {
            yield return (lookup, linked.PrimaryIdAttribute);
        }

        foreach (var lookup in relationships.LookupsTo(linked.LogicalName, parent.LogicalName))
        {
            yield return (parent.PrimaryIdAttribute, lookup);
        }

        if (relationships.IntersectColumnFor(linked.LogicalName, parent.LogicalName) is { } linkedSide)
        {
            yield return (parent.PrimaryIdAttribute, linkedSide);
        }

        if (relationships.IntersectColumnFor(parent.LogicalName, linked.LogicalName) is { } parentSide)
        {
            yield return (parentSide, linked.PrimaryIdAttribute);
        }
    }
}
