using System;

namespace CrmIndependence.Plugins.Involvement
{
    /// <summary>The plain words signal details are written in, with sensible fallbacks when names are unknown.</summary>
    internal static class SignalWording
    {
        public static string Deal(OwnedDeal deal) =>
            string.IsNullOrWhiteSpace(deal.Name) ? "a deal" : $"\"{deal.Name!.Trim()}\"";

        public static string Owner(OwnedDeal deal) =>
            string.IsNullOrWhiteSpace(deal.OwnerName) ? "the rep" : deal.OwnerName!.Trim();

        public static string Actor(DealAction action) =>
            string.IsNullOrWhiteSpace(action.InitiatingUserName) ? "A manager" : action.InitiatingUserName!.Trim();

        /// <summary>"Morgan Lee (Riley Chen's manager)", "A manager (the rep's manager's manager)".</summary>
        public static string ManagerOf(DealAction action, OwnedDeal deal, int level)
        {
            var owner = Owner(deal);
            var possessive = owner.EndsWith("s", StringComparison.Ordinal) ? owner + "'" : owner + "'s";
            return $"{Actor(action)} ({possessive} {Role(level)})";
        }

        public static string Role(int level)
        {
            switch (level)
            {
                case 1: return "manager";
                case 2: return "manager's manager";
                default: return $"manager {level} levels up";
            }
        }

        public static string List(System.Collections.Generic.IReadOnlyList<string> items)
        {
            switch (items.Count)
            {
                case 0: return string.Empty;
                case 1: return items[0];
                default: return string.Join(", ", System.Linq.Enumerable.Take(items, items.Count - 1)) + " and " + items[items.Count - 1];
            }
        }
    }
}
