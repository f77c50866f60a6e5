using System;
using System.Collections.Generic;

namespace CrmIndependence.Plugins.Involvement
{
    /// <summary>
    /// Who a rep's help requests and coaching sessions go to (<see cref="ManagerChain.FirstActive"/>): the nearest manager
    /// up the chain who is not disabled. <see cref="PassedOver"/> names the disabled managers below them, nearest first.
    /// </summary>
    public sealed record ActiveManager(Guid? ManagerId, string? ManagerName, IReadOnlyList<string> PassedOver)
    {
        /// <summary>Whether anyone active was found.</summary>
        public bool Found => ManagerId.HasValue;

        /// <summary>The manager in words for messages: their name, else their id.</summary>
        public string Label => ManagerName ?? ManagerId?.ToString() ?? "nobody";

        /// <summary>One sentence for the trace.</summary>
        public string Explanation =>
            PassedOver.Count == 0
                ? Found ? $"The rep's manager is {Label}." : "The rep has no manager."
                : Found
                    ? $"{string.Join(" and ", PassedOver)} {(PassedOver.Count == 1 ? "is" : "are")} disabled: the next active manager up the chain is {Label}."
                    : $"{string.Join(" and ", PassedOver)} {(PassedOver.Count == 1 ? "is" : "are")} disabled and nobody above is active.";
    }
}
