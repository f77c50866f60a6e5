using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.StageGates;
using Table = CrmIndependence.Plugins.Schema.DecisionAuthorityTable;

namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>
    /// Validates <c>cri_decisionauthority</c> rows. Skipped and reported: no or unknown decision type, a
    /// Column decision without a column, no or unknown applies-to, a user/team/role row without its
    /// lookup (<c>cri_userid</c>, <c>cri_teamid</c>, <c>cri_roleid</c>), a row naming someone its scope does
    /// not use (ambiguous: an Everyone row naming a user, a Team row naming a user too), no limit, a
    /// negative limit, a discount percentage limit above 100; with the deal's columns known (<paramref name="dealColumns"/>
    /// of <see cref="Read"/>), a Column decision over a column the deal does not have or that holds no number. Every
    /// problem of a row is reported at once, each with the column it is in.
    /// </summary>
    internal static class AuthorityRowReader
    {
        /// <param name="rows">The rows as stored.</param>
        /// <param name="dealColumns">The opportunity's columns and types (from metadata), or null to skip the column check.</param>
        public static AuthorityMatrix Read(IEnumerable<AuthorityRow> rows, ColumnCatalog? dealColumns = null)
        {
            if (rows == null)
            {
                throw new ArgumentNullException(nameof(rows));
            }

            var rules = new List<AuthorityRule>();
            var problems = new List<AuthorityRowProblem>();
            foreach (var row in rows)
            {
                var found = new List<AuthorityFieldProblem>();
                var decision = ReadDecision(row, found, dealColumns);
                var scope = ReadScope(row, found, out var principalId);
                var limit = ReadLimit(row, found, decision);
                if (found.Count > 0)
                {
                    problems.Add(new AuthorityRowProblem(row.Id, row.Name, found));
                }
                else
                {
                    rules.Add(new AuthorityRule(row.Id, decision!, scope!.Value, principalId, limit!.Value));
                }
            }

            return new AuthorityMatrix(rules, problems);
        }

        private static Decision? ReadDecision(AuthorityRow row, List<AuthorityFieldProblem> found, ColumnCatalog? dealColumns)
        {
            if (row.DecisionType == null)
            {
                found.Add(Problem(Table.DecisionType, "it has no decision type"));
                return null;
            }

            var kind = DecisionKinds.FromOptionValue(row.DecisionType.Value);
            if (kind == null)
            {
                found.Add(Problem(Table.DecisionType, $"its decision type {row.DecisionType.Value} is not a known one ({DecisionKinds.KnownValues})"));
                return null;
            }

            if (kind != DecisionKind.Column)
            {
                return Decision.Of(kind.Value);
            }

            if (string.IsNullOrWhiteSpace(row.Column))
            {
                found.Add(Problem(Table.Column, "it governs a column but names none (give the logical name of an opportunity or quote column)"));
                return null;
            }

            var decision = Decision.OfColumn(row.Column!);
            if (dealColumns == null || decision.Kind != DecisionKind.Column)
            {
                return decision;
            }

            var type = dealColumns.TypeOf(decision.Column!);
            if (type == null)
            {
                found.Add(Problem(Table.Column, $"its column '{row.Column!.Trim()}' is not a column of opportunity (give the logical name of a money, decimal, floating point or whole number column, such as closeprobability)"));
                return null;
            }

            if (type != ColumnType.Number && type != ColumnType.WholeNumber)
            {
                found.Add(Problem(Table.Column, $"its column '{decision.Column}' is a {type} column, and decision authority compares numbers (choose a money, decimal, floating point or whole number column)"));
                return null;
            }

            return decision;
        }

        private static AuthorityScope? ReadScope(AuthorityRow row, List<AuthorityFieldProblem> found, out Guid? principalId)
        {
            principalId = null;
            if (row.AppliesTo == null)
            {
                found.Add(Problem(Table.AppliesTo, "it does not say whom it applies to (everyone, a security role, a team or a user)"));
                return null;
            }

            if (!Enum.IsDefined(typeof(AuthorityScope), row.AppliesTo.Value))
            {
                found.Add(Problem(
                    Table.AppliesTo,
                    $"its applies-to value {row.AppliesTo.Value} is not a known one (Everyone {(int)AuthorityScope.Everyone}, " +
                    $"SecurityRole {(int)AuthorityScope.SecurityRole}, Team {(int)AuthorityScope.Team}, User {(int)AuthorityScope.User})"));
                return null;
            }

            var scope = (AuthorityScope)row.AppliesTo.Value;
            var named = Named(row);
            var own = scope == AuthorityScope.Everyone ? null : named.FirstOrDefault(principal => principal.Scope == scope);
            if (scope != AuthorityScope.Everyone && own == null)
            {
                found.Add(Problem(LookupOf(scope), $"it applies to a {Words(scope)} but names none"));
                return null;
            }

            var othersNamed = named.Where(principal => principal.Scope != scope).ToList();
            var others = othersNamed.Select(principal => Words(principal.Scope)).ToList();
            if (others.Count > 0)
            {
                found.Add(Problem(
                    LookupOf(othersNamed[0].Scope),
                    $"it applies to {(scope == AuthorityScope.Everyone ? "everyone" : "a " + Words(scope))} but also names a {string.Join(" and a ", others)} " +
                    "(clear what does not apply, or choose whom it applies to)"));
                return null;
            }

            principalId = own?.Id;
            return scope;
        }

        /// <summary>The principals a row's lookups name (an empty id counts as none).</summary>
        private static List<NamedPrincipal> Named(AuthorityRow row)
        {
            var named = new List<NamedPrincipal>();
            Add(named, AuthorityScope.User, row.UserId);
            Add(named, AuthorityScope.Team, row.TeamId);
            Add(named, AuthorityScope.SecurityRole, row.RoleId);
            return named;
        }

        private static void Add(List<NamedPrincipal> named, AuthorityScope scope, Guid? id)
        {
            if (id.HasValue && id.Value != Guid.Empty)
            {
                named.Add(new NamedPrincipal(scope, id.Value));
            }
        }

        private static decimal? ReadLimit(AuthorityRow row, List<AuthorityFieldProblem> found, Decision? decision)
        {
            if (row.Limit == null)
            {
                found.Add(Problem(Table.Limit, "it has no limit (give the highest value that may be decided alone, 0 for none)"));
                return null;
            }

            var limit = row.Limit.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (row.Limit.Value < 0)
            {
                found.Add(Problem(Table.Limit, $"its limit {limit} is negative (give 0 or more)"));
                return null;
            }

            if (decision == Decision.DiscountPercent && row.Limit.Value > 100)
            {
                found.Add(Problem(Table.Limit, $"its limit {limit} is more than 100 for a discount percentage (give 0 to 100)"));
                return null;
            }

            return row.Limit;
        }

        private static AuthorityFieldProblem Problem(string column, string problem) => new AuthorityFieldProblem(column, LabelOf(column), problem);

        /// <summary>The column's name on the form.</summary>
        private static string LabelOf(string column) =>
            column == Table.DecisionType ? "Decision Type"
            : column == Table.Column ? "Column"
            : column == Table.AppliesTo ? "Applies To"
            : column == Table.UserId ? "User"
            : column == Table.TeamId ? "Team"
            : column == Table.RoleId ? "Security Role"
            : column == Table.Limit ? "Limit"
            : column;

        private static string LookupOf(AuthorityScope scope) =>
            scope == AuthorityScope.User ? Table.UserId : scope == AuthorityScope.Team ? Table.TeamId : Table.RoleId;

        /// <summary>A user, team or role a row's lookup names.</summary>
        private sealed record NamedPrincipal(AuthorityScope Scope, Guid Id);

        private static string Words(AuthorityScope scope) =>
            scope == AuthorityScope.SecurityRole ? "security role" : scope.ToString().ToLowerInvariant();
    }
}
