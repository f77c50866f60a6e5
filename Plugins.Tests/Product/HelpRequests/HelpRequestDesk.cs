using System;
using System.Linq;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.HelpRequests
{
    /// <summary>How reps fill in help requests and managers answer them, for the help-request and coaching tests.</summary>
    internal static class HelpRequestDesk
    {
        public static Entity NonUrgent(
            string subject,
            string? tried = "Offered a longer contract term",
            string? option = "Extend the pilot by a month",
            string? recommendation = "Extend the pilot, no discount")
        {
            var request = new Entity(HelpRequest.EntityName)
            {
                [HelpRequest.PrimaryName] = subject,
                [HelpRequest.Urgency] = new OptionSetValue(HelpRequest.UrgencyOption.NonUrgent),
                [HelpRequest.Problem] = subject,
            };
            Set(request, HelpRequest.WhatTried, tried);
            Set(request, HelpRequest.Option1, option);
            Set(request, HelpRequest.Recommendation, recommendation);
            return request;
        }

        public static Entity Urgent(string subject, string? reason) =>
            new Entity(HelpRequest.EntityName)
            {
                [HelpRequest.PrimaryName] = subject,
                [HelpRequest.Urgency] = new OptionSetValue(HelpRequest.UrgencyOption.Urgent),
                [HelpRequest.UrgentReason] = reason,
            };

        public static Entity About(this Entity request, Guid dealId)
        {
            request[HelpRequest.RegardingObjectId] = new EntityReference(Opportunity.EntityName, dealId);
            return request;
        }

        public static Guid File(this SalesOrg org, User rep, Entity request) => org.As(rep).Create(request);

        public static void Answer(this SalesOrg org, User manager, Guid requestId, string response) =>
            org.As(manager).Update(new Entity(HelpRequest.EntityName, requestId) { [HelpRequest.Response] = response });

        public static Entity Request(this SalesOrg org, Guid id) => org.Read(HelpRequest.EntityName, id);

        public static int? Disposition(this Entity request) => request.GetAttributeValue<OptionSetValue>(HelpRequest.Disposition)?.Value;

        public static int HelpRequestCount(this SalesOrg org) => org.Org.Rows(HelpRequest.EntityName).Count;

        /// <summary>Riley's authority: discounts up to <paramref name="limitPercent"/>%, created as an admin does (through the service).</summary>
        public static void GrantDiscountAuthority(this SalesOrg org, User rep, decimal limitPercent) =>
            org.Org.AsSystem.Create(new Entity(DecisionAuthorityTable.EntityName)
            {
                [DecisionAuthorityTable.PrimaryName] = $"{rep.FullName} discount",
                [DecisionAuthorityTable.DecisionType] = new OptionSetValue(DecisionAuthorityTable.DecisionTypeOption.DiscountPercent),
                [DecisionAuthorityTable.AppliesTo] = new OptionSetValue(DecisionAuthorityTable.AppliesToOption.User),
                [DecisionAuthorityTable.UserId] = rep.ToEntityReference(),
                [DecisionAuthorityTable.Limit] = limitPercent,
            });

        public static void UseMode(this SalesOrg org, string mode)
        {
            if (mode == "enforce")
            {
                org.Enforce();
            }
        }

        private static void Set(Entity request, string column, string? value)
        {
            if (value != null)
            {
                request[column] = value;
            }
        }

        public static Entity[] SignalsFor(this SalesOrg org, int kind, User rep) =>
            org.SignalsOf(kind).Where(signal => signal.GetAttributeValue<EntityReference>(DependencySignal.RepId)?.Id == rep.Id).ToArray();
    }
}
