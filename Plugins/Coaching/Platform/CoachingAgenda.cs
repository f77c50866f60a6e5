using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Coaching.Platform
{
    /// <summary>
    /// Rewrites a session's <c>cri_agenda</c> from its topics with <see cref="AgendaWriter"/>. The "Why now" line
    /// is the trigger's reason when the session is opened; afterwards it is kept from the stored agenda (the
    /// session has no column of its own for it). Written only when the text changed.
    /// </summary>
    internal static class CoachingAgenda
    {
        private const string WhyNowPrefix = "Why now: ";

        public static void Refresh(LocalPluginContext context, Entity session, string? whyNow = null)
        {
            var service = context.SystemService;
            var topics = TopicRows.Load(service, session.Id).Select(row => TopicRows.ToAgendaTopic(row, context.NowUtc)).ToList();
            var agenda = Write(session, topics, whyNow, context.NowUtc);
            if (string.Equals(agenda, session.GetAttributeValue<string>(CoachingSession.Agenda), StringComparison.Ordinal))
            {
                context.Trace("The agenda is up to date.");
                return;
            }

            service.Update(new Entity(CoachingSession.EntityName, session.Id) { [CoachingSession.Agenda] = agenda });
            session[CoachingSession.Agenda] = agenda;
            context.Trace($"Agenda of session {session.Id} rewritten with {topics.Count(topic => !topic.IsResolved)} open topic(s).");
        }

        private static string Write(Entity session, IReadOnlyList<AgendaTopic> topics, string? whyNow, DateTime nowUtc)
        {
            var rep = session.GetAttributeValue<EntityReference>(CoachingSession.RepId);
            var manager = session.GetAttributeValue<EntityReference>(CoachingSession.ManagerId);
            var start = UtcTime.Normalize(session.GetAttributeValue<DateTime?>(CoachingSession.ScheduledStart) ?? nowUtc);
            var duration = session.GetAttributeValue<int?>(CoachingSession.DurationMinutes) ?? CoachingSchedule.DefaultDurationMinutes;
            var request = new AgendaRequest(rep?.Name ?? string.Empty, start, topics)
            {
                ManagerName = manager?.Name,
                DurationMinutes = duration > 0 ? duration : CoachingSchedule.DefaultDurationMinutes,
                WhyNow = whyNow ?? StoredWhyNow(session.GetAttributeValue<string>(CoachingSession.Agenda)),
            };
            return AgendaWriter.Write(request);
        }

        private static string? StoredWhyNow(string? agenda)
        {
            var line = (agenda ?? string.Empty).Split('\n').FirstOrDefault(text => text.StartsWith(WhyNowPrefix, StringComparison.Ordinal));
            return line?.Substring(WhyNowPrefix.Length);
        }
    }
}
