using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Coaching.Platform
{
    /// <summary>
    /// Takes a session's topics to the next session as <see cref="NextSessionPlan.Handling"/> says: carried over as
    /// new topics (held), or moved unchanged with the parked requests re-linked (skipped, cancelled, rescheduled).
    /// </summary>
    internal static class SessionTopics
    {
        public static void Follow(LocalPluginContext context, NextSessionPlan plan, IReadOnlyList<Entity> rows, Guid nextSessionId, Guid repId)
        {
            var service = context.SystemService;
            var byId = rows.ToDictionary(row => row.Id);
            foreach (var topic in plan.Topics)
            {
                if (!byId.TryGetValue(topic.Id, out var row))
                {
                    continue;
                }

                if (plan.Handling == TopicHandling.CarryOverAsNew)
                {
                    CarryOver(context, row, nextSessionId, repId);
                    continue;
                }

                service.Update(new Entity(CoachingTopic.EntityName, row.Id) { [CoachingTopic.CoachingSessionId] = new EntityReference(CoachingSession.EntityName, nextSessionId) });
                var request = row.GetAttributeValue<EntityReference>(CoachingTopic.HelpRequestId);
                if (request != null)
                {
                    service.Update(new Entity(HelpRequest.EntityName, request.Id) { [HelpRequest.CoachingSessionId] = new EntityReference(CoachingSession.EntityName, nextSessionId) });
                }
            }

            context.Trace($"{plan.Topics.Count} topic(s) {(plan.Handling == TopicHandling.CarryOverAsNew ? "carried over" : "moved")} to session {nextSessionId}.");
        }

        private static void CarryOver(LocalPluginContext context, Entity original, Guid nextSessionId, Guid repId)
        {
            try
            {
                context.SystemService.Create(TopicRows.CarriedOver(nextSessionId, repId, original));
            }
            catch (FaultException<OrganizationServiceFault> fault) when (SessionRows.IsDuplicate(fault))
            {
                context.Trace($"Topic {original.Id} was already carried over (retry).");
            }
        }
    }
}
