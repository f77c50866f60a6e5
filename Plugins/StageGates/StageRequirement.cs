using System;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// A valid exit criterion of a stage, read from a <see cref="StageRequirementRow"/> by
    /// <see cref="StageRequirementReader"/>. Each kind checks the deal its own way.
    /// </summary>
    public abstract class StageRequirement
    {
        protected StageRequirement(StageRequirementRow row, SalesStage stage, string message)
        {
            RowId = row.Id;
            RowName = row.Name;
            Stage = stage;
            Message = message;
        }

        /// <summary>The <c>cri_stagerequirement</c> row it came from.</summary>
        public Guid RowId { get; }

        /// <summary>The row's name, when it has one.</summary>
        public string? RowName { get; }

        /// <summary>The stage this is an exit criterion of.</summary>
        public SalesStage Stage { get; }

        /// <summary>What the user sees when it is missing ("Identify the decision maker").</summary>
        public string Message { get; }

        /// <summary>The kind of requirement.</summary>
        public abstract RequirementKind Kind { get; }

        /// <summary>Checks the deal.</summary>
        public abstract RequirementCheck Check(DealSnapshot deal);

        /// <summary>Adds what the plugin must supply for <see cref="Check"/> to <paramref name="facts"/>.</summary>
        internal abstract void AddFactsNeeded(DealFacts facts);

        /// <summary>Names the row in traces: its name and id.</summary>
        public string RowLabel => StageRequirementReader.Label(RowId, RowName);
    }
}
