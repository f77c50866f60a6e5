using System.Linq;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.StageGates.Platform;
using Microsoft.Xrm.Sdk;
using Table = CrmIndependence.Plugins.Schema.StageRequirement;

namespace CrmIndependence.Plugins.StageGates.Steps
{
    /// <summary>
    /// Refuses a <c>cri_stagerequirement</c> row the stage gate could not use, before it is saved, with a message naming
    /// each field to fix (<see cref="StageRequirementReader"/> against the opportunity's metadata: the stage, the kind, a
    /// column the deal has, an operator that applies to it and a value of its type, an activity type and a count of 1 or
    /// more, a related table with a lookup to opportunity). A row without a message is saved (users then see a generated
    /// one) and traced. On Update the row as it will be saved is checked; a row deactivated by the save is not. A broken
    /// row that exists anyway is skipped when the requirements are read, with one trace line per execution, and never
    /// fails a stage move (<see cref="StageRequirementsProvider"/>).
    /// <para>Service calls: one RetrieveEntity of opportunity.</para>
    /// </summary>
    [Step("Create", Table.EntityName, PipelineStage.PreValidation, Description = Purpose)]
    [Step("Update", Table.EntityName, PipelineStage.PreValidation, Description = Purpose,
        FilteringAttributes = Columns, PreImage = Columns + "," + Table.PrimaryName + "," + Table.Message)]
    public sealed class ValidateStageRequirement : PluginBase
    {
        private const string Purpose = "Refuses a stage requirement the stage gate could not use, naming each field to fix.";

        private const string Columns =
            Table.Stage + "," + Table.Kind + "," + Table.Column + "," + Table.Operator + "," + Table.Value + "," + Table.ActivityType + "," +
            Table.RelatedTable + "," + Table.Count + "," + Table.StateCode;

        public ValidateStageRequirement(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var saved = ConfigurationRow.AsSaved(context);
            if (!ConfigurationRow.IsActive(saved, Table.StateCode))
            {
                context.Trace("The stage requirement is inactive after this save: it is not used, so it is not checked.");
                return;
            }

            var read = StageRequirementReader.Read(new[] { StageRequirementRows.ToRow(saved) }, DealMetadataReader.Read(context.SystemService));
            var refusing = read.Problems.Where(problem => problem.RowSkipped).ToList();
            foreach (var flaw in read.Problems.Where(problem => !problem.RowSkipped))
            {
                context.Trace(flaw.ToString());
            }

            if (refusing.Count == 0)
            {
                context.Trace("The stage requirement is valid.");
                return;
            }

            throw new InvalidPluginExecutionException(
                $"The stage requirement {ConfigurationRow.Named(saved, Table.PrimaryName)}was not saved: {string.Join("; ", refusing.Select(problem => problem.InField))}.");
        }
    }
}
