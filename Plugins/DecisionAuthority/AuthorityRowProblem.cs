using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>
    /// A <c>cri_decisionauthority</c> row that cannot be used: it is skipped (as if absent, so it never
    /// blocks anyone) and the problem is traced for the admin. <see cref="Fields"/> says which column each
    /// problem is in; <see cref="Problem"/> is all of them in one sentence.
    /// </summary>
    public sealed record AuthorityRowProblem(Guid RowId, string? RowName, string Problem)
    {
        public AuthorityRowProblem(Guid rowId, string? rowName, IReadOnlyList<AuthorityFieldProblem> fields)
            : this(rowId, rowName, string.Join("; ", fields.Select(field => field.Problem)))
        {
            Fields = fields;
        }

        /// <summary>Each problem with the column it is in.</summary>
        public IReadOnlyList<AuthorityFieldProblem> Fields { get; init; } = new AuthorityFieldProblem[0];

        /// <summary>The full sentence for the trace, naming the row.</summary>
        public override string ToString()
        {
            var label = string.IsNullOrWhiteSpace(RowName) ? $"({RowId})" : $"'{RowName!.Trim()}' ({RowId})";
            return $"Decision authority {label}: {Problem}. The row is skipped until it is fixed.";
        }
    }
}
