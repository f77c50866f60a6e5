using System;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Scoring.Platform;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Scoring.Steps
{
    /// <summary>
    /// The custom API <c>cri_GetIndependenceScore</c>: RepId (systemuser) and Days (optional, default 28) in; Score,
    /// InvolvementRatio, SignalCount and one counter per signal kind out (<see cref="ScoreCounters"/>). The work is
    /// <see cref="IndependenceScoreReader"/>, shared with the "Calculate independence score" workflow activity.
    /// Reads run as the calling user, so a caller only gets the score of a rep whose rows they may read.
    /// </summary>
    [CustomApi("cri_GetIndependenceScore")]
    public sealed class GetIndependenceScoreApi : PluginBase
    {
        public GetIndependenceScoreApi(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context)
        {
            var inputs = context.ExecutionContext.InputParameters;
            var rep = inputs.TryGetValue("RepId", out var repValue) ? repValue as EntityReference : null;
            int? days = inputs.TryGetValue("Days", out var daysValue) && daysValue is int given ? given : (int?)null;
            var score = IndependenceScoreReader.Read(context.InitiatingUserService, rep, days, Now(context), context.Trace);

            var outputs = context.ExecutionContext.OutputParameters;
            outputs[ScoreCounters.Score] = score.Score;
            outputs[ScoreCounters.InvolvementRatio] = score.InvolvementRatio;
            outputs[ScoreCounters.SignalCount] = score.SignalCount;
            foreach (var counter in ScoreCounters.All)
            {
                outputs[counter.ResponseName] = score.CountOf(counter.Kind);
            }
        }

        private static DateTime Now(LocalPluginContext context) =>
            context.NowUtc;
    }
}
