using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>
    /// Validates <c>cri_decisionauthority</c> rows. Skipped and reported: no or unknown decision type, a
    /// Column decision without a column, no or unknown applies-to, a user/team/role row without its
    /// lookup (<c>cri_userid</c>, <c>cri_teamid</c>, <c>cri_roleid</c>), a row naming someone its scope does
    /// not use (ambiguous: an Everyone row naming a user, a Team row naming a user too), no limit, a
    /// negative limit. Every problem of a row is reported at once.
    /// </summary>
    internal static class AuthorityRowReader
    {
        public static AuthorityMatrix Read(IEnumerable<AuthorityRow> rows)
        {
            if (rows == null)
            {
                throw new ArgumentNullException(nameof(rows));
            }

            var rules = new List<AuthorityRule>();
            var problems = new List<AuthorityRowProblem>();
            foreach (var row in rows)
            {
                var found = new List<string>();
                var decision = ReadDecision(row, found);
                var scope = ReadScope(row, found, out var principalId);
                var limit = ReadLimit(row, found);
                if (found.Count > 0)
                {
                    problems.Add(new AuthorityRowProblem(row.Id, row.Name, string.Join("; ", found)));
                }
                else
                {
                    rules.Add(new AuthorityRule(row.Id, decision!, scope!.Value, principalId, limit!.Value));
                }
            }

            return new AuthorityMatrix(rules, problems);
        }

        private static Decision? ReadDecision(AuthorityRow row, List<string> found)
        {
            if (row.DecisionType == null)
            {
                found.Add("it has no decision type");
                return null;
            }

            var kind = DecisionKinds.FromOptionValue(row.DecisionType.Value);
            if (kind == null)
            {
                found.Add($"its decision type {row.DecisionType.Value} is not a known one ({DecisionKinds.KnownValues})");
                return null;
            }

            if (kind != DecisionKind.Column)
            {
                return Decision.Of(kind.Value);
            }

            if (string.IsNullOrWhiteSpace(row.Column))
            {
                found.Add("it governs a column but names none (give the logical name of an opportunity or quote column)");
                return null;
            }

            return Decision.OfColumn(row.Column!);
        }

        private static AuthorityScope? ReadScope(AuthorityRow row, List<string> found, out Guid? principalId)
        {
            principalId = null;
            if (row.AppliesTo == null)
            {
                found.Add("it does not say whom it applies to (everyone, a security role, a team or a user)");
                return null;
            }

            if (!Enum.IsDefined(typeof(AuthorityScope), row.AppliesTo.Value))
            {
                found.Add(
                    $"its applies-to value {row.AppliesTo.Value} is not a known one (Everyone {(int)AuthorityScope.Everyone}, " +
                    $"SecurityRole {(int)AuthorityScope.SecurityRole}, Team {(int)AuthorityScope.Team}, User {(int)AuthorityScope.User})");
                return null;
            }

            var scope = (AuthorityScope)row.AppliesTo.Value;
            var named = Named(row);
            var own = scope == AuthorityScope.Everyone ? null : named.FirstOrDefault(principal => principal.Scope == scope);
            if (scope != AuthorityScope.Everyone && own == null)
            {
                found.Add($"it applies to a {Words(scope)} but names none");
                return null;
            }

            var others = named.Where(principal => principal.Scope != scope).Select(principal => Words(principal.Scope)).ToList();
            if (others.Count > 0)
            {
                found.Add(
                    $"it applies to {(scope == AuthorityScope.Everyone ? "everyone" : "a " + Words(scope))} but also names a {string.Join(" and a ", others)} " +
                    "(clear what does not apply, or choose whom it applies to)");
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

        private static decimal? ReadLimit(AuthorityRow row, List<string> found)
        {
            if (row.Limit == null)
            {
                found.Add("it has no limit (give the highest value that may be decided alone, 0 for none)");
                return null;
            }

            if (row.Limit.Value < 0)
            {
                found.Add($"its limit {row.Limit.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} is negative (give 0 or more)");
                return null;
            }

            return row.Limit;
        }

        /// <summary>A user, team or role a row's lookup names.</summary>
        private sealed record NamedPrincipal(AuthorityScope Scope, Guid Id);

        private static string Words(AuthorityScope scope) =>
            scope == AuthorityScope.SecurityRole ? "security role" : scope.ToString().ToLowerInvariant();
    }
}
