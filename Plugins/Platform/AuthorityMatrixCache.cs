using System;
using System.Linq;
using CrmIndependence.Plugins.DecisionAuthority;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Platform
{
    /// <summary>
    /// The decision-authority matrix of an organization: the active <c>cri_decisionauthority</c> rows read with
    /// one query, then kept for <see cref="TimeToLive"/> per organization in an <see cref="OrgConfigurationCache{T}"/>
    /// (thread-safe, lock-free) and forgotten on this server when a row changes. Skipped rows are traced on every use, never thrown.
    /// </summary>
    public static class AuthorityMatrixCache
    {
        /// <summary>How long a matrix is used before the rows are read again.</summary>
        public static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(60);

        private static readonly OrgConfigurationCache<AuthorityMatrix> Cache = new OrgConfigurationCache<AuthorityMatrix>(TimeToLive);

        public static AuthorityMatrix Current(LocalPluginContext context)
        {
            var matrix = Cache.Get(context.ExecutionContext.OrganizationId, () => Load(context.SystemService), out var loaded);
            context.Trace($"Decision authority: {matrix.Rules.Count} rule(s), {matrix.Problems.Count} skipped row(s) ({(loaded ? "read now" : "cached")}).");
            foreach (var problem in matrix.Problems)
            {
                context.Trace($"Decision authority row skipped: {problem}");
            }

            return matrix;
        }

        /// <summary>Forgets an organization's matrix, so the next execution on this server reads the rows again.</summary>
        public static void Forget(Guid organizationId) => Cache.Forget(organizationId);

        /// <summary>
        /// The matrix from the active rows; a Column decision is checked against the opportunity's metadata (one
        /// RetrieveEntity, only when such a row exists), so a row naming a column that does not exist is skipped instead
        /// of failing every save of a governed value.
        /// </summary>
        private static AuthorityMatrix Load(IOrganizationService service)
        {
            var rows = ReadRows(service);
            var columnRows = rows.Any(row => row.DecisionType == DecisionAuthorityTable.DecisionTypeOption.Column);
            return AuthorityMatrix.Read(rows, columnRows ? DealMetadataReader.Read(service).Columns : null);
        }

        public static AuthorityRow ToRow(Entity row) => new AuthorityRow
        {
            Id = row.Id,
            Name = row.GetAttributeValue<string>(DecisionAuthorityTable.PrimaryName),
            DecisionType = row.GetAttributeValue<OptionSetValue>(DecisionAuthorityTable.DecisionType)?.Value,
            Column = row.GetAttributeValue<string>(DecisionAuthorityTable.Column),
            AppliesTo = row.GetAttributeValue<OptionSetValue>(DecisionAuthorityTable.AppliesTo)?.Value,
            UserId = row.GetAttributeValue<EntityReference>(DecisionAuthorityTable.UserId)?.Id,
            TeamId = row.GetAttributeValue<EntityReference>(DecisionAuthorityTable.TeamId)?.Id,
            RoleId = row.GetAttributeValue<EntityReference>(DecisionAuthorityTable.RoleId)?.Id,
            Limit = row.GetAttributeValue<decimal?>(DecisionAuthorityTable.Limit),
        };

        private static AuthorityRow[] ReadRows(IOrganizationService service)
        {
            var query = new QueryExpression(DecisionAuthorityTable.EntityName)
            {
                ColumnSet = new ColumnSet(
                    DecisionAuthorityTable.PrimaryName, DecisionAuthorityTable.DecisionType, DecisionAuthorityTable.Column, DecisionAuthorityTable.AppliesTo,
                    DecisionAuthorityTable.UserId, DecisionAuthorityTable.TeamId, DecisionAuthorityTable.RoleId, DecisionAuthorityTable.Limit),
            };
            query.Criteria.AddCondition(DecisionAuthorityTable.StateCode, ConditionOperator.Equal, 0);
            return service.RetrieveMultiple(query).Entities.Select(ToRow).ToArray();
        }
    }
}
