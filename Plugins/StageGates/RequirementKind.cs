namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// What a stage requirement asks for: the <c>cri_stagerequirement</c> kind choice (stable option values).
    /// </summary>
    public enum RequirementKind
    {
        /// <summary>A column of the deal is filled in (text: not blank).</summary>
        ColumnHasValue = 100000000,

        /// <summary>A column of the deal compares to a value with an operator (<see cref="RequirementOperator"/>).</summary>
        ColumnCondition = 100000001,

        /// <summary>At least Count completed activities of one type (email, phonecall, task, appointment) regard the deal.</summary>
        CompletedActivities = 100000002,

        /// <summary>A record of another table (a quote, a help request, a connection…) points at the deal.</summary>
        RelatedRecordExists = 100000003,
    }
}
