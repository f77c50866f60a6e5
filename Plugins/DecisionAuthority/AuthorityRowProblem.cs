using System;

namespace CrmIndependence.Plugins.DecisionAuthority
{
    /// <summary>
    /// A <c>cri_decisionauthority</c> row that cannot be used: it is skipped (as if absent, so it never
    /// blocks anyone) and the problem is traced for the admin.
    /// </summary>
    public sealed record AuthorityRowProblem(Guid RowId, string? RowName, string Problem)
    {
        /// <summary>The full sentence for the trace, naming the row.</summary>
        public override string ToString()
        {
            var label = string.IsNullOrWhiteSpace(RowName) ? $"({RowId})" : $"'{RowName!.Trim()}' ({RowId})";
            return $"Decision authority {label}: {Problem}. The row is skipped until it is fixed.";
        }
    }
}
