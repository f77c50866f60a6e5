using System;
using System.Globalization;
using System.ServiceModel;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Coaching.Platform
{
    /// <summary>
    /// Builds and creates the planned <c>cri_coachingsession</c> rows the suite opens, whoever opens them: the
    /// plugin steps (a threshold crossed, the session after a held or skipped one) and the "Open coaching session"
    /// workflow activity (<see cref="CoachingSessionOpener"/>). Every such session looks the same: named
    /// "Coaching: rep, day", owned by the rep (who can then read it), with the rep's manager, the default
    /// duration, status Planned.
    /// <para>Its id is derived from what caused it (<see cref="OpenedForId"/>: the rep and the day it is proposed
    /// for; <see cref="FollowingId"/>: the session it follows). Two operations that race to open a session for the
    /// same rep therefore try to create the SAME row: the platform's primary key lets one win, the other gets a
    /// duplicate-record fault and uses the winner's row. Outside a database transaction (asynchronous steps,
    /// background workflows) that fault is caught; inside one (a real-time workflow) a failed call aborts the
    /// whole operation anyway, so the loser stops with a message saying to run it again.</para>
    /// </summary>
    public static class SessionRows
    {
        /// <summary>The longest session name (the column's maximum length).</summary>
        public const int NameLength = 100;

        /// <summary>The id of the session opened for <paramref name="repId"/> on the day of <paramref name="startUtc"/>.</summary>
        public static Guid OpenedForId(Guid repId, DateTime startUtc) =>
            DeterministicId.Create(repId, "coaching-session-opened-for:" + startUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        /// <summary>The id of the session that follows <paramref name="sessionId"/> (held, skipped, cancelled or rescheduled).</summary>
        public static Guid FollowingId(Guid sessionId) => DeterministicId.Create(sessionId, "next-session");

        /// <summary>True when the platform refused a Create because the id is taken.</summary>
        public static bool IsDuplicate(FaultException<OrganizationServiceFault> fault) =>
            fault.Detail != null && fault.Detail.ErrorCode == ConcurrentWrites.DuplicateRecord;

        /// <summary>A planned session row, ready to create.</summary>
        public static Entity NewPlanned(
            Guid id, Guid repId, string? repName, Guid? managerId, string? managerName, DateTime startUtc, CoachingTriggerKind trigger, Guid? previousSessionId)
        {
            var name = string.IsNullOrWhiteSpace(repName) ? "the rep" : repName!;
            var row = new Entity(CoachingSession.EntityName, id)
            {
                [CoachingSession.PrimaryName] = AgendaText.OneLine($"Coaching: {name}, {AgendaText.Day(startUtc)}", NameLength),
                [CoachingSession.RepId] = new EntityReference(SystemUser.EntityName, repId) { Name = repName },
                [CoachingSession.ScheduledStart] = startUtc,
                [CoachingSession.DurationMinutes] = CoachingSchedule.DefaultDurationMinutes,
                [CoachingSession.Trigger] = new OptionSetValue((int)trigger),
                [CoachingSession.SessionStatus] = new OptionSetValue((int)CoachingSessionStatus.Planned),
                [CoachingSession.OwnerId] = new EntityReference(SystemUser.EntityName, repId),
            };
            if (managerId.HasValue)
            {
                row[CoachingSession.ManagerId] = new EntityReference(SystemUser.EntityName, managerId.Value) { Name = managerName };
            }

            if (previousSessionId.HasValue)
            {
                row[CoachingSession.PreviousSessionId] = new EntityReference(CoachingSession.EntityName, previousSessionId.Value);
            }

            return row;
        }

        /// <summary>
        /// Creates <paramref name="row"/> under its (derived) id. When that id is already taken (a racing operation or
        /// a retry created it) the row found there is the session if it is still planned (<see cref="CreatedSession.Created"/>
        /// false); if it is no longer planned (held or skipped since), the row is created under a new id. Inside a
        /// transaction a taken id is not caught: the operation stops with a message saying to run it again.
        /// </summary>
        public static CreatedSession CreateOrFind(IOrganizationService service, Entity row, bool inTransaction, Action<string>? trace)
        {
            if (service == null)
            {
                throw new ArgumentNullException(nameof(service));
            }

            if (row == null)
            {
                throw new ArgumentNullException(nameof(row));
            }

            var log = trace ?? (_ => { });
            try
            {
                service.Create(row);
                return new CreatedSession(row, true);
            }
            catch (FaultException<OrganizationServiceFault> fault) when (IsDuplicate(fault) && inTransaction)
            {
                throw new InvalidPluginExecutionException(
                    $"Another process opened the coaching session {row.Id} for this rep at the same moment, so this one stopped. " +
                    "Run it again: it will use that session.",
                    fault);
            }
            catch (FaultException<OrganizationServiceFault> fault) when (IsDuplicate(fault))
            {
                var existing = service.Retrieve(CoachingSession.EntityName, row.Id, PlannedSessions.Columns);
                if (existing.GetAttributeValue<OptionSetValue>(CoachingSession.SessionStatus)?.Value == (int)CoachingSessionStatus.Planned)
                {
                    log($"Session {row.Id} already exists (another operation or a retry opened it): using it.");
                    return new CreatedSession(existing, false);
                }

                var taken = row.Id;
                row.Id = Guid.NewGuid();
                log($"Session {taken} already exists but is no longer planned: creating the session as {row.Id}.");
                service.Create(row);
                return new CreatedSession(row, true);
            }
        }
    }
}
