namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>Words for activity types, and how related tables point at a deal by default.</summary>
    internal static class ActivityNames
    {
        /// <summary>"phone call" / "phone calls" for phonecall; the logical name otherwise.</summary>
        public static string Noun(string activityType, int count)
        {
            var singular = activityType == "phonecall" ? "phone call" : activityType;
            return count == 1 ? singular : singular + "s";
        }

        /// <summary>
        /// The lookup column a related table points at the deal with when the row names none:
        /// <c>regardingobjectid</c> for activities (including <c>cri_helprequest</c>), <c>opportunityid</c>
        /// otherwise (quote, salesorder, invoice, opportunityproduct).
        /// </summary>
        public static string DefaultLookupTo(string table)
        {
            switch (table)
            {
                case "email":
                case "phonecall":
                case "task":
                case "appointment":
                case "letter":
                case "fax":
                case "activitypointer":
                case "cri_helprequest":
                    return "regardingobjectid";
                default:
                    return "opportunityid";
            }
        }
    }
}
