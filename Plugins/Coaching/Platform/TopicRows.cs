using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Coaching.Platform
{
    /// <summary>
    /// Reads and writes <c>cri_coachingtopic</c> rows. A session's topics are read with ONE query that also
    /// brings, through outer joins, what the agenda shows from their source: the parked request's recommendation
    /// and what was tried, the signal's kind (which agenda section) and details and, for a stage gate, the gate's name. Bounded by the session's
    /// topics, never by history.
    /// </summary>
    internal static class TopicRows
    {
        public const int MaximumTopicsPerSession = 500;
        private const int TitleLength = 100;
        private const string RequestAlias = "request";
        private const string SignalAlias = "signal";

        public static IReadOnlyList<Entity> Load(IOrganizationService service, Guid sessionId)
        {
            var query = new QueryExpression(CoachingTopic.EntityName)
            {
                ColumnSet = new ColumnSet(
                    CoachingTopic.PrimaryName, CoachingTopic.Source, CoachingTopic.HelpRequestId, CoachingTopic.DependencySignalId,
                    CoachingTopic.OpportunityId, CoachingTopic.Resolved, CoachingTopic.Notes, CoachingTopic.CreatedOn),
                TopCount = MaximumTopicsPerSession,
            };
            query.Criteria.AddCondition(CoachingTopic.CoachingSessionId, ConditionOperator.Equal, sessionId);
            query.AddOrder(CoachingTopic.CreatedOn, OrderType.Ascending);
            var request = query.AddLink(HelpRequest.EntityName, CoachingTopic.HelpRequestId, HelpRequest.PrimaryId, JoinOperator.LeftOuter);
            request.EntityAlias = RequestAlias;
            request.Columns = new ColumnSet(HelpRequest.Recommendation, HelpRequest.WhatTried, HelpRequest.CreatedOn, HelpRequest.StateCode);
            var signal = query.AddLink(DependencySignal.EntityName, CoachingTopic.DependencySignalId, DependencySignal.PrimaryId, JoinOperator.LeftOuter);
            signal.EntityAlias = SignalAlias;
            signal.Columns = new ColumnSet(
                DependencySignal.Details, DependencySignal.Kind, DependencySignal.OccurredOn, DependencySignal.RelatedActivity, DependencySignal.GateName);
            return service.RetrieveMultiple(query).Entities.ToList();
        }

        /// <summary>The agenda's view of a stored topic; raised <paramref name="nowUtc"/> (the operation's time) when no row says when.</summary>
        public static AgendaTopic ToAgendaTopic(Entity row, DateTime nowUtc)
        {
            var source = (TopicSource?)row.GetAttributeValue<OptionSetValue>(CoachingTopic.Source)?.Value ?? TopicSource.Manual;
            var requestId = row.GetAttributeValue<EntityReference>(CoachingTopic.HelpRequestId)?.Id;
            var signalId = row.GetAttributeValue<EntityReference>(CoachingTopic.DependencySignalId)?.Id;
            var deal = row.GetAttributeValue<EntityReference>(CoachingTopic.OpportunityId);
            var signalKind = Aliased<OptionSetValue>(row, SignalAlias, DependencySignal.Kind)?.Value;
            var raisedOn = Aliased<DateTime?>(row, SignalAlias, DependencySignal.OccurredOn)
                ?? Aliased<DateTime?>(row, RequestAlias, HelpRequest.CreatedOn)
                ?? row.GetAttributeValue<DateTime?>(CoachingTopic.CreatedOn)
                ?? nowUtc;
            var title = row.GetAttributeValue<string>(CoachingTopic.PrimaryName);
            var isGate = signalKind == (int)SignalKind.StageGateBlocked;
            var gateKey = isGate ? Aliased<string>(row, SignalAlias, DependencySignal.RelatedActivity) : null;
            return new AgendaTopic(row.Id, source, string.IsNullOrWhiteSpace(title) ? "Coaching topic" : title!, UtcTime.Normalize(raisedOn))
            {
                OpportunityId = deal?.Id,
                DealName = deal?.Name,
                RepRecommendation = Aliased<string>(row, RequestAlias, HelpRequest.Recommendation),
                Detail = requestId.HasValue
                    ? Prefixed("Tried: ", Aliased<string>(row, RequestAlias, HelpRequest.WhatTried))
                    : Aliased<string>(row, SignalAlias, DependencySignal.Details),
                GateKey = gateKey,
                GateName = isGate ? Aliased<string>(row, SignalAlias, DependencySignal.GateName) : null,
                SignalKind = signalKind.HasValue ? SignalKinds.FromOptionValue(signalKind.Value) : null,
                SourceRecordId = requestId ?? signalId,
                OriginalSource = source == TopicSource.CarriedOver ? OriginOf(requestId, signalId, isGate) : (TopicSource?)null,
                IsResolved = row.GetAttributeValue<bool?>(CoachingTopic.Resolved) ?? false,
                Notes = row.GetAttributeValue<string>(CoachingTopic.Notes),
            };
        }

        /// <summary>The help requests of resolved topics that are still open (a held session completes them).</summary>
        public static IReadOnlyList<Guid> OpenRequestsOfResolvedTopics(IEnumerable<Entity> rows) =>
            rows.Where(row => row.GetAttributeValue<bool?>(CoachingTopic.Resolved) == true
                              && row.GetAttributeValue<EntityReference>(CoachingTopic.HelpRequestId) != null
                              && Aliased<OptionSetValue>(row, RequestAlias, HelpRequest.StateCode)?.Value == HelpRequest.StateCodeOption.Open)
                .Select(row => row.GetAttributeValue<EntityReference>(CoachingTopic.HelpRequestId)!.Id)
                .Distinct()
                .ToList();

        /// <summary>A new topic row for an item waiting for coaching, with an id derived from the session and the item (a retry finds it).</summary>
        public static Entity New(Guid sessionId, Guid repId, CoachingItem item) =>
            New(IdFor(sessionId, item.RecordId), sessionId, repId, item.Source, item.Title, item.IsHelpRequest ? item.RecordId : (Guid?)null,
                item.IsHelpRequest ? (Guid?)null : item.RecordId, item.OpportunityId, null);

        /// <summary>A copy of an unresolved topic for the next session, marked carried over, with its notes and links.</summary>
        public static Entity CarriedOver(Guid nextSessionId, Guid repId, Entity original) =>
            New(IdFor(nextSessionId, original.Id), nextSessionId, repId, TopicSource.CarriedOver,
                original.GetAttributeValue<string>(CoachingTopic.PrimaryName) ?? "Coaching topic",
                original.GetAttributeValue<EntityReference>(CoachingTopic.HelpRequestId)?.Id,
                original.GetAttributeValue<EntityReference>(CoachingTopic.DependencySignalId)?.Id,
                original.GetAttributeValue<EntityReference>(CoachingTopic.OpportunityId)?.Id,
                original.GetAttributeValue<string>(CoachingTopic.Notes));

        public static Guid IdFor(Guid sessionId, Guid sourceId) => Registration.DeterministicId.Create(sessionId, "topic:" + sourceId.ToString("N"));

        public static string Title(string? text)
        {
            var line = string.Join(" ", (text ?? string.Empty).Split(new[] { ' ', '\r', '\n', '\t' }, StringSplitOptions.RemoveEmptyEntries));
            if (line.Length == 0)
            {
                return "Coaching topic";
            }

            return line.Length <= TitleLength ? line : line.Substring(0, TitleLength - 1) + "…";
        }

        private static Entity New(Guid id, Guid sessionId, Guid repId, TopicSource source, string title, Guid? requestId, Guid? signalId, Guid? opportunityId, string? notes)
        {
            var row = new Entity(CoachingTopic.EntityName, id)
            {
                [CoachingTopic.PrimaryName] = Title(title),
                [CoachingTopic.CoachingSessionId] = new EntityReference(CoachingSession.EntityName, sessionId),
                [CoachingTopic.Source] = new OptionSetValue((int)source),
                [CoachingTopic.Resolved] = false,
                [CoachingTopic.OwnerId] = new EntityReference(SystemUser.EntityName, repId),
            };
            if (requestId.HasValue)
            {
                row[CoachingTopic.HelpRequestId] = new EntityReference(HelpRequest.EntityName, requestId.Value);
            }

            if (signalId.HasValue)
            {
                row[CoachingTopic.DependencySignalId] = new EntityReference(DependencySignal.EntityName, signalId.Value);
            }

            if (opportunityId.HasValue)
            {
                row[CoachingTopic.OpportunityId] = new EntityReference(Opportunity.EntityName, opportunityId.Value);
            }

            if (!string.IsNullOrWhiteSpace(notes))
            {
                row[CoachingTopic.Notes] = notes;
            }

            return row;
        }

        private static TopicSource OriginOf(Guid? requestId, Guid? signalId, bool isGate)
        {
            if (requestId.HasValue)
            {
                return TopicSource.ParkedRequest;
            }

            if (signalId.HasValue)
            {
                return isGate ? TopicSource.StageGateFailure : TopicSource.Signal;
            }

            return TopicSource.Manual;
        }

        private static string? Prefixed(string prefix, string? text) => string.IsNullOrWhiteSpace(text) ? null : prefix + text;

        private static T? Aliased<T>(Entity row, string alias, string column)
        {
            var value = row.GetAttributeValue<AliasedValue>(alias + "." + column)?.Value;
            return value is T typed ? typed : default;
        }
    }
}
