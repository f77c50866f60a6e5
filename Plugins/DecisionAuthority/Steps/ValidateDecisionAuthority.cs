using System.Linq;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using Table = CrmIndependence.Plugins.Schema.DecisionAuthorityTable;

namespace CrmIndependence.Plugins.DecisionAuthority.Steps
{
    /// <summary>
    /// Refuses a <c>cri_decisionauthority</c> row the rules could not use, before it is saved, with a message naming
    /// each field to fix (<see cref="AuthorityRowReader"/>: decision type, a Column decision's column — it must be a number
    /// column of opportunity, checked against the metadata —, whom it applies to and the user, team or role it names, the
    /// limit: a number, 0 or more, at most 100 for a discount percentage). On Update the row as it will be saved (the
    /// pre-image with the changes) is checked; a row deactivated by the save is not, so an admin can always switch a
    /// broken imported row off. A broken row that exists anyway is skipped when the matrix is read, with one trace line
    /// per execution, and never fails a user's save (<see cref="AuthorityMatrixCache"/>).
    /// <para>Service calls: none, or one RetrieveEntity of opportunity for a Column decision.</para>
    /// </summary>
    [Step("Create", Table.EntityName, PipelineStage.PreValidation, Description = Purpose)]
    [Step("Update", Table.EntityName, PipelineStage.PreValidation, Description = Purpose,
        FilteringAttributes = Columns, PreImage = Columns + "," + Table.PrimaryName)]
    public sealed class ValidateDecisionAuthority : PluginBase
    {
        private const string Purpose = "Refuses a decision authority row the rules could not use, naming each field to fix.";

        private const string Columns =
            Table.DecisionType + "," + Table.Column + "," + Table.AppliesTo + "," + Table.UserId + "," + Table.TeamId + "," + Table.RoleId + "," +
            Table.Limit + "," + Table.StateCode;

        public ValidateDecisionAuthority(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var saved = ConfigurationRow.AsSaved(context);
            if (!ConfigurationRow.IsActive(saved, Table.StateCode))
            {
                context.Trace("The decision authority row is inactive after this save: it is not used, so it is not checked.");
                return;
            }

            var row = AuthorityMatrixCache.ToRow(saved);
            var columns = row.DecisionType == Table.DecisionTypeOption.Column ? DealMetadataReader.Read(context.SystemService).Columns : null;
            var problem = AuthorityMatrix.Read(new[] { row }, columns).Problems.FirstOrDefault();
            if (problem == null)
            {
                context.Trace("The decision authority row is valid.");
                return;
            }

            throw new InvalidPluginExecutionException(
                $"The decision authority row {ConfigurationRow.Named(saved, Table.PrimaryName)}was not saved: {string.Join("; ", problem.Fields)}.");
        }
    }
}
