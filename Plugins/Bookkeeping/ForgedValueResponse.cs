namespace CrmIndependence.Plugins.Bookkeeping
{
    /// <summary>What happens to a value a user sends for a column the suite keeps.</summary>
    public enum ForgedValueResponse
    {
        /// <summary>
        /// The value is dropped from the save, which goes through, and the plug-in trace says so. For bookkeeping on
        /// records people edit every day (a deal, a help request): an import or an integration that sends a record back
        /// as it read it still saves, and what the suite keeps stays as the suite wrote it.
        /// </summary>
        Replace,

        /// <summary>
        /// The save is refused with a message saying what sets the column. For the suite's own records (signals, weekly
        /// scores) and for a change a user means (a help request's disposition), where dropping it silently would mislead.
        /// A value equal to the stored one is not a change: it is dropped, never refused.
        /// </summary>
        Refuse,

        /// <summary>Users may write the column in this message.</summary>
        Allow,
    }
}
