using System;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Policies.Steps
{
    /// <summary>
    /// Refuses an invalid <c>cri_policy</c> JSON before it is saved — as the variable's value or its default
    /// value — with a message naming each bad field, so a typo never silently puts the suite on its defaults.
    /// Other environment variables are left alone.
    /// </summary>
    [Step("Create", EnvironmentVariableValue.EntityName, PipelineStage.PreValidation)]
    [Step("Update", EnvironmentVariableValue.EntityName, PipelineStage.PreValidation,
        FilteringAttributes = EnvironmentVariableValue.Value, PreImage = EnvironmentVariableValue.EnvironmentVariableDefinitionId)]
    [Step("Create", EnvironmentVariableDefinition.EntityName, PipelineStage.PreValidation)]
    [Step("Update", EnvironmentVariableDefinition.EntityName, PipelineStage.PreValidation,
        FilteringAttributes = EnvironmentVariableDefinition.DefaultValue, PreImage = EnvironmentVariableDefinition.SchemaName)]
    public sealed class ValidatePolicy : PluginBase
    {
        public ValidatePolicy(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var target = context.Target;
            var isDefinition = target.LogicalName == EnvironmentVariableDefinition.EntityName;
            var column = isDefinition ? EnvironmentVariableDefinition.DefaultValue : EnvironmentVariableValue.Value;
            if (!target.Contains(column) || !IsPolicyVariable(context, target, isDefinition))
            {
                context.Trace("Not the cri_policy variable, or its JSON did not change: nothing to validate.");
                return;
            }

            var json = target.GetAttributeValue<string>(column);
            var result = PolicyParser.Parse(json);
            if (!result.IsValid)
            {
                throw new InvalidPluginExecutionException(
                    $"The CrmIndependence policy (environment variable cri_policy) was not saved. {result.ErrorSummary}");
            }

            PolicyProvider.Forget(context.ExecutionContext.OrganizationId);
            context.Trace($"cri_policy is valid ({(result.WasAbsent ? "empty: the documented defaults apply" : "saved")}).");
        }

        private static bool IsPolicyVariable(LocalPluginContext context, Entity target, bool isDefinition)
        {
            if (isDefinition)
            {
                var schemaName = target.GetAttributeValue<string>(EnvironmentVariableDefinition.SchemaName)
                    ?? context.PreImage()?.GetAttributeValue<string>(EnvironmentVariableDefinition.SchemaName);
                return string.Equals(schemaName, EnvironmentVariableDefinition.PolicySchemaName, StringComparison.OrdinalIgnoreCase);
            }

            var definition = target.GetAttributeValue<EntityReference>(EnvironmentVariableValue.EnvironmentVariableDefinitionId)
                ?? context.PreImage()?.GetAttributeValue<EntityReference>(EnvironmentVariableValue.EnvironmentVariableDefinitionId);
            if (definition == null)
            {
                return false;
            }

            var schema = context.SystemService
                .Retrieve(EnvironmentVariableDefinition.EntityName, definition.Id, new Microsoft.Xrm.Sdk.Query.ColumnSet(EnvironmentVariableDefinition.SchemaName))
                .GetAttributeValue<string>(EnvironmentVariableDefinition.SchemaName);
            return string.Equals(schema, EnvironmentVariableDefinition.PolicySchemaName, StringComparison.OrdinalIgnoreCase);
        }
    }
}
