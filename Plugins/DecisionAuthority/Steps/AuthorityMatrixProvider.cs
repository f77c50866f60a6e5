using System;
using System.Linq;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Platform;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Table = CrmIndependence.Plugins.Schema.DecisionAuthorityTable;

namespace CrmIndependence.Plugins.DecisionAuthority.Steps
{
    /// <summary>
    /// The active <c>cri_decisionauthority</c> rows as an <see cref="AuthorityMatrix"/>: one query, cached per
    /// organization for <see cref="TimeToLive"/> and forgotten on this server when a row changes
    /// (<see cref="ForgetDecisionAuthority"/>). Skipped rows are traced on every use, never thrown.
    /// </summary>
    public static class AuthorityMatrixProvider
    {
        public static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(60);

        private static readonly OrgConfigurationCache<AuthorityMatrix> Cache = new OrgConfigurationCache<AuthorityMatrix>(TimeToLive);

        public static AuthorityMatrix Current(LocalPluginContext context)
        {
            var matrix = Cache.Get(context.ExecutionContext.OrganizationId, () => Load(context.SystemService), out var loaded);
            context.Trace($"Decision authority: {matrix.Rules.Count} rule(s), {matrix.Problems.Count} skipped row(s) ({(loaded ? "read now" : "cached")}).");
            foreach (var problem in matrix.Problems)
            {
                context.Trace(problem.ToString());
            }

            return matrix;
        }

        public static void Forget(Guid organizationId) => Cache.Forget(organizationId);

        private static AuthorityMatrix Load(IOrganizationService service)
        {
            var query = new QueryExpression(Table.EntityName)
            {
                ColumnSet = new ColumnSet(
                    Table.PrimaryId, Table.PrimaryName, Table.DecisionType, Table.Column, Table.AppliesTo,
                    Table.UserId, Table.TeamId, Table.RoleId, Table.Limit),
            };
            query.Criteria.AddCondition(Table.StateCode, ConditionOperator.Equal, 0);
            var rows = service.RetrieveMultiple(query).Entities.Select(row => new AuthorityRow
            {
                Id = row.Id,
                Name = row.GetAttributeValue<string>(Table.PrimaryName),
                DecisionType = row.GetAttributeValue<OptionSetValue>(Table.DecisionType)?.Value,
                Column = row.GetAttributeValue<string>(Table.Column),
                AppliesTo = row.GetAttributeValue<OptionSetValue>(Table.AppliesTo)?.Value,
                UserId = row.GetAttributeValue<EntityReference>(Table.UserId)?.Id,
                TeamId = row.GetAttributeValue<EntityReference>(Table.TeamId)?.Id,
                RoleId = row.GetAttributeValue<EntityReference>(Table.RoleId)?.Id,
                Limit = row.Contains(Table.Limit) ? row.GetAttributeValue<decimal>(Table.Limit) : (decimal?)null,
            });
            return AuthorityMatrix.Read(rows.ToList());
        }
    }
}
