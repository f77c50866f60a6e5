namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// How a deal column's value is typed in a <see cref="DealSnapshot"/>, and so how a requirement's
    /// text value is parsed. The plugin maps SDK values: Money → decimal, OptionSetValue → int,
    /// EntityReference → Guid.
    /// </summary>
    public enum ColumnType
    {
        /// <summary>string.</summary>
        Text,

        /// <summary>decimal (money, decimal and float columns; int, long and double are accepted too).</summary>
        Number,

        /// <summary>int (whole number columns; long accepted).</summary>
        WholeNumber,

        /// <summary>bool (yes/no columns).</summary>
        Boolean,

        /// <summary>DateTime, compared in UTC.</summary>
        DateTime,

        /// <summary>Guid (the id of a lookup).</summary>
        Lookup,

        /// <summary>int (the option value of a choice).</summary>
        Choice,
    }
}
