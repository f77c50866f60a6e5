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
            var id = RequireId(user, parameter);

            var query = new QueryExpression(SystemUser.EntityName)
            {
                ColumnSet = new ColumnSet(new[] { SystemUser.PrimaryId }.Concat(columns ?? new string[0]).Distinct().ToArray()),
                TopCount = 1,
            };
            query.Criteria.AddCondition(SystemUser.PrimaryId, ConditionOperator.Equal, id);
            return service.RetrieveMultiple(query).Entities.FirstOrDefault() ?? throw NotFound(id, parameter);
        }

        /// <summary>The id of the user reference, refusing a missing reference and a reference to another table; no call.</summary>
        public static Guid RequireId(EntityReference? user, string parameter)
        {
            if (user == null || user.Id == Guid.Empty)
            {
                throw new InvalidPluginExecutionException($"Give the rep: {parameter} must reference a user (systemuser).");
            }

            if (!string.Equals(user.LogicalName, SystemUser.EntityName, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidPluginExecutionException($"{parameter} must reference a user (systemuser); it references a {user.LogicalName} ({user.Id}).");
            }

            return user.Id;
        }

        /// <summary>The error for a user id that is not a user of the organization.</summary>
        public static InvalidPluginExecutionException NotFound(Guid userId, string parameter) =>
            new InvalidPluginExecutionException($"The rep {userId} given as {parameter} is not a user of this organization (deleted, or never existed); pass an existing user.");
    }
}
