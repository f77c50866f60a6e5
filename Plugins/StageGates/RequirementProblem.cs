using System;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// A configuration problem in a <c>cri_stagerequirement</c> row, for the admin. It never blocks a
    /// user: a row that cannot be understood is skipped (<see cref="RowSkipped"/>); a row with a
    /// lesser flaw (no message) is used and the flaw reported. The plugin traces every problem.
    /// <see cref="Column"/> and <see cref="ColumnLabel"/> name the field it is in, so a refused save says what to fix.
    /// </summary>
    public sealed record RequirementProblem(Guid RowId, string? RowName, string Problem, bool RowSkipped)
    {
        /// <summary>The logical name of the column the problem is in (<c>cri_column</c>), or null.</summary>
        public string? Column { get; init; }

        /// <summary>The column's name on the form ("Column"), or null.</summary>
        public string? ColumnLabel { get; init; }

        /// <summary>"Column (cri_column): its column 'x' is not …", for a refused save.</summary>
        public string InField => Column == null ? Problem : $"{ColumnLabel ?? Column} ({Column}): {Problem}";

        /// <summary>The full sentence for the trace, naming the row and what happens to it.</summary>
        public override string ToString() =>
            $"Stage requirement {StageRequirementReader.Label(RowId, RowName)}: {Problem}." +
            (RowSkipped ? " The row is skipped until it is fixed; nobody is blocked by it." : string.Empty);
    }
}
