namespace CrmIndependence.Plugins.Bookkeeping
{
    /// <summary>
    /// A column the suite keeps for its own bookkeeping (<see cref="SuiteColumns.Bookkeeping"/>): it means nothing to the
    /// people who open the record, so no form shows it. <see cref="Why"/> says what it is for.
    /// </summary>
    public sealed record BookkeepingColumn(string Table, string Column, string Why);
}
