using System;
using System.Linq;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Policies;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Platform
{
    /// <summary>
    /// The policy in effect for an organization: read from the <c>cri_policy</c> environment variable with one
    /// query (its value, else its default value), then cached for <see cref="PolicyCache.DefaultTimeToLive"/>
    /// per organization in the suite's one cache type (<see cref="OrgConfigurationCache{T}"/>). An absent or invalid variable means the documented defaults (observe mode).
    /// </summary>
    public static class PolicyProvider
    {
        private static readonly OrgConfigurationCache<PolicyReading> Cache = new OrgConfigurationCache<PolicyReading>(PolicyCache.DefaultTimeToLive);

        public static SuitePolicy Current(LocalPluginContext context)
        {
            var reading = Cache.Get(context.ExecutionContext.OrganizationId, now => PolicyReading.FromJson(ReadVariable(context.SystemService), now), out _);
            if (reading.Source != PolicySource.Variable)
            {
                context.Trace(reading.Describe());
            }

            return reading.Policy;
        }

        /// <summary>Forgets the cached policy of an organization (after this server validated a change to it).</summary>
        public static void Forget(Guid organizationId) => Cache.Forget(organizationId);

        /// <summary>The variable's current value, else its default value; null when the variable does not exist.</summary>
        public static string? ReadVariable(IOrganizationService service)
        {
            var query = new QueryExpression(EnvironmentVariableDefinition.EntityName)
            {
                ColumnSet = new ColumnSet(EnvironmentVariableDefinition.DefaultValue),
                TopCount = 1,
            };
            query.Criteria.AddCondition(EnvironmentVariableDefinition.SchemaName, ConditionOperator.Equal, EnvironmentVariableDefinition.PolicySchemaName);
            var value = query.AddLink(
                EnvironmentVariableValue.EntityName,
                EnvironmentVariableDefinition.PrimaryId,
                EnvironmentVariableValue.EnvironmentVariableDefinitionId,
                JoinOperator.LeftOuter);
            value.EntityAlias = "current";
            value.Columns = new ColumnSet(EnvironmentVariableValue.Value);

            var definition = service.RetrieveMultiple(query).Entities.FirstOrDefault();
            if (definition == null)
            {
                return null;
            }

            var current = definition.GetAttributeValue<AliasedValue>("current." + EnvironmentVariableValue.Value)?.Value as string;
            return string.IsNullOrWhiteSpace(current) ? definition.GetAttributeValue<string>(EnvironmentVariableDefinition.DefaultValue) : current;
        }
    }
}
