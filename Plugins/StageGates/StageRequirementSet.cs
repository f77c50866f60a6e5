using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// The stage requirements read from configuration: the valid ones, in stage order (rows of one stage
    /// keep the order they were given), and the configuration problems found. The plugin may cache it
    /// with the rows it came from.
    /// </summary>
    public sealed class StageRequirementSet
    {
        internal StageRequirementSet(IEnumerable<StageRequirement> requirements, IEnumerable<RequirementProblem> problems)
        {
            Requirements = requirements.OrderBy(requirement => requirement.Stage).ToList();
            Problems = problems.ToList();
        }

        /// <summary>The requirements that are checked.</summary>
        public IReadOnlyList<StageRequirement> Requirements { get; }

        /// <summary>What is wrong with the configuration; trace each one.</summary>
        public IReadOnlyList<RequirementProblem> Problems { get; }

        /// <summary>The requirements of some stages, in stage order.</summary>
        public IEnumerable<StageRequirement> Of(IEnumerable<SalesStage> stages)
        {
            var wanted = new HashSet<SalesStage>(stages);
            return Requirements.Where(requirement => wanted.Contains(requirement.Stage));
        }
    }
}
