using System;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.HelpRequests.Platform
{
    /// <summary>Reads a help request's Target (as the rep filled it in) into the domain's <see cref="HelpRequestDraft"/>.</summary>
    internal static class HelpRequestDraftReader
    {
        public static HelpRequestDraft Read(Entity target, DateTime createdOnUtc) => new HelpRequestDraft
        {
            CreatedOn = createdOnUtc,
            Urgency = target.GetAttributeValue<OptionSetValue>(HelpRequest.Urgency)?.Value,
            UrgentReason = target.GetAttributeValue<string>(HelpRequest.UrgentReason),
            Problem = target.GetAttributeValue<string>(HelpRequest.Problem),
            WhatWasTried = target.GetAttributeValue<string>(HelpRequest.WhatTried),
            Option1 = target.GetAttributeValue<string>(HelpRequest.Option1),
            Option2 = target.GetAttributeValue<string>(HelpRequest.Option2),
            Option3 = target.GetAttributeValue<string>(HelpRequest.Option3),
            Recommendation = target.GetAttributeValue<string>(HelpRequest.Recommendation),
            DecisionType = target.GetAttributeValue<OptionSetValue>(HelpRequest.DecisionType)?.Value,
            DecisionColumn = target.GetAttributeValue<string>(HelpRequest.DecisionColumn),
            DecisionValue = target.GetAttributeValue<decimal?>(HelpRequest.DecisionValue),
            ManagerAddressedId = target.GetAttributeValue<EntityReference>(HelpRequest.ManagerAddressedId)?.Id,
        };
    }
}
