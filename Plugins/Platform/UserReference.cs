using System;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Platform
{
    /// <summary>
    /// Reads the user a custom API or workflow activity was given, refusing a missing reference, a reference to
    /// another table and a user that does not exist, each with a message naming the parameter.
    /// </summary>
    public static class UserReference
    {
        public static Entity Require(IOrganizationService service, EntityReference? user, string parameter, params string[] columns)
        {
            if (user == null || user.Id == Guid.Empty)
            {
                throw new InvalidPluginExecutionException($"Give the rep: {parameter} must reference a user (systemuser).");
            }

            if (!string.Equals(user.LogicalName, SystemUser.EntityName, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidPluginExecutionException($"{parameter} must reference a user (systemuser); it references a {user.LogicalName} ({user.Id}).");
            }

            var query = new QueryExpression(SystemUser.EntityName)
            {
                ColumnSet = new ColumnSet(new[] { SystemUser.PrimaryId }.Concat(columns ?? new string[0]).Distinct().ToArray()),
                TopCount = 1,
            };
            query.Criteria.AddCondition(SystemUser.PrimaryId, ConditionOperator.Equal, user.Id);
            return service.RetrieveMultiple(query).Entities.FirstOrDefault()
                ?? throw new InvalidPluginExecutionException($"The rep {user.Id} given as {parameter} is not a user of this organization (deleted, or never existed); pass an existing user.");
        }
    }
}
