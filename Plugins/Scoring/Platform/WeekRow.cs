using System;
using System.Globalization;
using System.ServiceModel;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Scoring.Platform;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Scoring.Platform
{
    /// <summary>
    /// A rep's <c>cri_independencescore</c> row for one week, as the score steps read and write it: found by its
    /// alternate key (rep + week start) with its RowVersion, and written back only if unchanged since.
    /// </summary>
    internal static class WeekRow
    {
        /// <summary>"2025-01-06": how the traces and messages name a week.</summary>
        public static string Name(DateTime weekStartUtc) => weekStartUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        /// <summary>
        /// The rep's row for the week with its counters, manager and RowVersion; null when the week has no row yet.
        /// One Retrieve: its RowVersion is what the conditional write is checked against.
        /// </summary>
        public static Entity? Find(IOrganizationService service, Guid repId, DateTime weekStartUtc)
        {
            var key = new KeyAttributeCollection
            {
                { IndependenceScore.RepId, new EntityReference(SystemUser.EntityName, repId) },
                { IndependenceScore.WeekStart, weekStartUtc },
            };
            try
            {
                var response = (RetrieveResponse)service.Execute(new RetrieveRequest
                {
                    Target = new EntityReference(IndependenceScore.EntityName, key),
                    ColumnSet = new ColumnSet(ScoreRowColumns.ReadColumns()) { Columns = { IndependenceScore.RepManagerId } },
                });
                return response.Entity;
            }
            catch (FaultException<OrganizationServiceFault> fault) when (ConcurrentWrites.IsNotFound(fault))
            {
                return null;
            }
        }

        /// <summary>A new row for the week: the score, its rep (who owns it: they read their own weeks) and its manager.</summary>
        public static Entity New(WeeklyScore score, bool dependent, EntityReference? repManager)
        {
            var row = ScoreRowColumns.WriteTo(new Entity(IndependenceScore.EntityName), score, dependent, repManager);
            row[IndependenceScore.PrimaryName] = $"Week of {Name(score.WeekStartUtc)}";
            row[IndependenceScore.RepId] = new EntityReference(SystemUser.EntityName, score.RepId);
            row[IndependenceScore.OwnerId] = new EntityReference(SystemUser.EntityName, score.RepId);
            row[IndependenceScore.WeekStart] = score.WeekStartUtc;
            return row;
        }

        /// <summary>The Update of <paramref name="read"/> to <paramref name="score"/>, refused by the platform if the row changed since it was read.</summary>
        public static UpdateRequest ConditionalUpdate(Entity read, WeeklyScore score, bool dependent, EntityReference? repManager) =>
            new UpdateRequest
            {
                Target = ScoreRowColumns.WriteTo(new Entity(IndependenceScore.EntityName, read.Id) { RowVersion = read.RowVersion }, score, dependent, repManager),
                ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
            };
    }
}
