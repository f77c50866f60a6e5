using System;
using System.Collections.Generic;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Scoring.Platform
{
    /// <summary>
    /// Maps a <see cref="WeeklyScore"/> to the columns of <c>cri_independencescore</c> and back: one counter
    /// column per signal kind, the total signal count and the score. The row keeps no points column: the points
    /// are the counts times each kind's weight (<see cref="WeeklyScore.FromStored(Guid, DateTime, IReadOnlyDictionary{SignalKind, int})"/>).
    /// </summary>
    internal static class ScoreRowColumns
    {
        private static readonly KeyValuePair<SignalKind, string>[] CounterColumns =
        {
            Pair(SignalKind.ManagerEditedDeal, IndependenceScore.ManagerEdits),
            Pair(SignalKind.ManagerClosedDeal, IndependenceScore.ManagerCloses),
            Pair(SignalKind.ManagerTookOverDeal, IndependenceScore.ManagerTakeovers),
            Pair(SignalKind.ManagerActivityOnDeal, IndependenceScore.ManagerActivities),
            Pair(SignalKind.DealTakeOverByShare, IndependenceScore.TakeoversByShare),
            Pair(SignalKind.FastResponse, IndependenceScore.FastResponses),
            Pair(SignalKind.UnnecessaryEscalation, IndependenceScore.UnnecessaryEscalations),
            Pair(SignalKind.ManagerOverrideWithinAuthority, IndependenceScore.Overrides),
            Pair(SignalKind.StageGateBlocked, IndependenceScore.StageGateBlocks),
            Pair(SignalKind.CoachingSkipped, IndependenceScore.CoachingSkipped),
            Pair(SignalKind.WonWithoutApproval, IndependenceScore.WonWithoutApproval),
        };

        /// <summary>The columns a score step reads: every counter.</summary>
        public static string[] ReadColumns()
        {
            var columns = new string[CounterColumns.Length];
            for (var index = 0; index < CounterColumns.Length; index++)
            {
                columns[index] = CounterColumns[index].Value;
            }

            return columns;
        }

        public static WeeklyScore FromRow(Entity row, Guid repId, DateTime weekStartUtc)
        {
            var counts = new Dictionary<SignalKind, int>();
            foreach (var pair in CounterColumns)
            {
                counts[pair.Key] = Math.Max(0, row.GetAttributeValue<int?>(pair.Value) ?? 0);
            }

            return WeeklyScore.FromStored(repId, weekStartUtc, counts);
        }

        /// <summary>
        /// The counters, total and score of <paramref name="score"/> written onto <paramref name="row"/>, with the dependent
        /// flag and the rep's manager (empty clears it: the rep has no manager now).
        /// </summary>
        public static Entity WriteTo(Entity row, WeeklyScore score, bool dependent, EntityReference? repManager)
        {
            row[IndependenceScore.Dependent] = dependent;
            row[IndependenceScore.RepManagerId] = repManager == null ? null : new EntityReference(SystemUser.EntityName, repManager.Id);
            foreach (var pair in CounterColumns)
            {
                row[pair.Value] = score.CountOf(pair.Key);
            }

            row[IndependenceScore.SignalCount] = score.TotalSignals;
            row[IndependenceScore.Score] = score.Score;
            return row;
        }

        private static KeyValuePair<SignalKind, string> Pair(SignalKind kind, string column) => new KeyValuePair<SignalKind, string>(kind, column);
    }
}
