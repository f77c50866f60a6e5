using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>Words the user sees when criteria are missing.</summary>
    internal static class GateMessage
    {
        public const string Bullet = " \u2022 ";

        /// <summary>"This deal can't move to Propose yet. Complete these first: • A • B" (each item once).</summary>
        public static string Missing(string destination, IEnumerable<MissingItem> items) =>
            $"This deal can't {destination} yet. Complete these first:" + Bullet +
            string.Join(Bullet, DistinctMessages(items));

        /// <summary>The items' messages, each once, in order.</summary>
        public static IEnumerable<string> DistinctMessages(IEnumerable<MissingItem> items) =>
            items.Select(item => item.Message).Distinct(System.StringComparer.OrdinalIgnoreCase);
    }
}
