using System;

namespace CrmIndependence.Plugins.HelpRequests
{
    /// <summary>The help request's urgency choice (stable option values).</summary>
    public enum Urgency
    {
        /// <summary>Can wait: needs what was tried, an option and a recommendation; held for the response delay.</summary>
        NonUrgent = 100000000,

        /// <summary>Cannot wait: needs a reason; goes to the manager at once.</summary>
        Urgent = 100000001,
    }

    /// <summary>Reads raw urgency option values.</summary>
    public static class Urgencies
    {
        /// <summary>Empty is <see cref="Urgency.NonUrgent"/> (the form's default); an unknown value is null.</summary>
        public static Urgency? FromOptionValue(int? optionValue)
        {
            if (optionValue == null)
            {
                return Urgency.NonUrgent;
            }

            return Enum.IsDefined(typeof(Urgency), optionValue.Value) ? (Urgency)optionValue.Value : (Urgency?)null;
        }
    }
}
