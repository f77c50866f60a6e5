namespace CrmIndependence.Plugins.Bookkeeping
{
    /// <summary>A table whose rows only the suite creates: a user's Create is refused with <see cref="CreatedBy"/>.</summary>
    public sealed record SuiteRecord(string Table, string Label, string CreatedBy);
}
