using System;
using CrmIndependence.Emulator.Identity;
using Team = CrmIndependence.Emulator.Identity.Team;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Table = CrmIndependence.Plugins.Schema.DecisionAuthorityTable;

namespace CrmIndependence.Plugins.Tests.Product.DecisionAuthority
{
    /// <summary>How an admin grants decision authority and how people change and approve discounts, in the tests' words.</summary>
    internal static class AuthoritySetup
    {
        /// <summary>Everyone may give up to 10% discount; Max up to 25%.</summary>
        public static SalesOrg WithDiscountAuthority(this SalesOrg org)
        {
            org.DiscountAuthority(Table.AppliesToOption.Everyone, 10m);
            org.DiscountAuthority(Table.AppliesToOption.User, 25m, user: org.Max);
            return org;
        }

        /// <summary>
        /// A discount-percentage authority row, created as an admin does (validated, and the cached matrix forgotten);
        /// <paramref name="imported"/> stores it without any step, as a data import that bypasses validation would.
        /// </summary>
        public static Guid DiscountAuthority(
            this SalesOrg org, int appliesTo, decimal? limit, User? user = null, Team? team = null, Guid? role = null, string? name = null, bool imported = false)
        {
            var row = new Entity(Table.EntityName)
            {
                [Table.PrimaryName] = name ?? $"Discount up to {limit}",
                [Table.DecisionType] = new OptionSetValue(Table.DecisionTypeOption.DiscountPercent),
                [Table.AppliesTo] = new OptionSetValue(appliesTo),
            };
            if (limit.HasValue)
            {
                row[Table.Limit] = limit.Value;
            }

            if (user != null)
            {
                row[Table.UserId] = user.ToEntityReference();
            }

            if (team != null)
            {
                row[Table.TeamId] = team.ToEntityReference();
            }

            if (role.HasValue)
            {
                row[Table.RoleId] = new EntityReference(Role.EntityName, role.Value);
            }

            return imported ? org.Org.Seed(row) : org.Org.AsSystem.Create(row);
        }

        /// <summary>A security role held by <paramref name="members"/>.</summary>
        public static Guid RoleHeldBy(this SalesOrg org, string name, params User[] members)
        {
            var role = org.Org.Seed(new Entity(Role.EntityName) { [Role.PrimaryName] = name, ["businessunitid"] = org.Org.BusinessUnits.Root.ToEntityReference() });
            var users = new EntityReferenceCollection();
            foreach (var member in members)
            {
                users.Add(member.ToEntityReference());
            }

            org.Org.AsSystem.Associate(Role.EntityName, role, new Relationship("systemuserroles_association"), users);
            return role;
        }

        public static void SetDiscount(this SalesOrg org, User user, Guid deal, decimal percent) =>
            org.As(user).Update(new Entity(Opportunity.EntityName, deal) { [Opportunity.DiscountPercentage] = percent });

        public static void Approve(this SalesOrg org, User user, Guid deal) =>
            org.As(user).Update(new Entity(Opportunity.EntityName, deal) { [Opportunity.ApprovalStatus] = new OptionSetValue(Opportunity.ApprovalStatusOption.Approved) });

        public static int? ApprovalOf(this SalesOrg org, Guid deal) =>
            org.Read(Opportunity.EntityName, deal).GetAttributeValue<OptionSetValue>(Opportunity.ApprovalStatus)?.Value;

        public static Guid? ApproverOf(this SalesOrg org, Guid deal) =>
            org.Read(Opportunity.EntityName, deal).GetAttributeValue<EntityReference>(Opportunity.ApprovedById)?.Id;
    }
}
