using System;
using System.Collections.Generic;
using System.Globalization;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// Which sales stage each business-process-flow stage (<c>opportunity.stageid</c>) stands for, read from
    /// the stage-move step's unsecure configuration: <c>stageid=stage</c> pairs separated by <c>;</c> or new
    /// lines, the stage as its name (Qualify, Develop, Propose, Close) or option value (0–3), e.g.
    /// <c>6b9ce798-0000-0000-0000-000000000001=Qualify; 650e06b4-0000-0000-0000-000000000002=Develop</c>.
    /// <para>Why configuration: the emulator has no <c>processstage</c> table and the stage ids of a flow
    /// differ between flows, so the ids are the admin's to give (Plugin Registration Tool, step
    /// "GateStageMove", unsecure configuration). A stage id with no entry is never guessed: the move is traced
    /// and not gated (a <c>salesstage</c> change in the same save still is).</para>
    /// </summary>
    public sealed class StageMap
    {
        private readonly Dictionary<Guid, int> stages;

        private StageMap(Dictionary<Guid, int> stages, IReadOnlyList<string> problems)
        {
            this.stages = stages;
            Problems = problems;
        }

        /// <summary>Entries that could not be read (traced on every use; they never block anyone).</summary>
        public IReadOnlyList<string> Problems { get; }

        public int Count => stages.Count;

        /// <summary>The <c>salesstage</c> option value a flow stage stands for, or null when it is not mapped.</summary>
        public int? StageOf(Guid? stageId) =>
            stageId.HasValue && stages.TryGetValue(stageId.Value, out var stage) ? stage : (int?)null;

        /// <summary>Reads the configuration; never throws.</summary>
        public static StageMap Parse(string? configuration)
        {
            var stages = new Dictionary<Guid, int>();
            var problems = new List<string>();
            foreach (var raw in (configuration ?? string.Empty).Split(new[] { ';', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var entry = raw.Trim();
                if (entry.Length == 0)
                {
                    continue;
                }

                var parts = entry.Split('=');
                if (parts.Length != 2 || !Guid.TryParse(parts[0].Trim(), out var id))
                {
                    problems.Add($"Stage map entry '{entry}' is not 'stageid=stage' with a stage id (a GUID); it is ignored.");
                    continue;
                }

                var stage = ReadStage(parts[1].Trim());
                if (stage == null)
                {
                    problems.Add($"Stage map entry '{entry}' names no sales stage the suite knows ({SalesStages.KnownValues}); it is ignored.");
                    continue;
                }

                stages[id] = stage.Value;
            }

            return new StageMap(stages, problems);
        }

        private static int? ReadStage(string text)
        {
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                return SalesStages.FromOptionValue(number) == null ? (int?)null : number;
            }

            return Enum.TryParse<SalesStage>(text, ignoreCase: true, out var stage) && Enum.IsDefined(typeof(SalesStage), stage)
                ? (int)stage
                : (int?)null;
        }
    }
}
