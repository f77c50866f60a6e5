using System.Collections.Generic;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>Opportunity columns of Dynamics 365 Sales a stage requirement is likely to name, with their types.</summary>
    internal static class StandardOpportunityColumns
    {
        public static IEnumerable<KeyValuePair<string, ColumnType>> All
        {
            get
            {
                foreach (var name in Text) yield return Pair(name, ColumnType.Text);
                foreach (var name in Numbers) yield return Pair(name, ColumnType.Number);
                foreach (var name in WholeNumbers) yield return Pair(name, ColumnType.WholeNumber);
                foreach (var name in YesNo) yield return Pair(name, ColumnType.Boolean);
                foreach (var name in Dates) yield return Pair(name, ColumnType.DateTime);
                foreach (var name in Lookups) yield return Pair(name, ColumnType.Lookup);
                foreach (var name in Choices) yield return Pair(name, ColumnType.Choice);
            }
        }

        private static readonly string[] Text =
        {
            "name", "description", "customerneed", "customerpainpoints", "currentsituation", "proposedsolution",
            "qualificationcomments", "quotecomments", "stepname",
        };

        private static readonly string[] Numbers =
        {
            "estimatedvalue", "actualvalue", "budgetamount", "discountamount", "discountpercentage", "totalamount",
            "totallineitemamount", "freightamount",
        };

        private static readonly string[] WholeNumbers = { "closeprobability" };

        private static readonly string[] YesNo =
        {
            "decisionmaker", "evaluatefit", "identifycompetitors", "identifycustomercontacts", "identifypursuitteam",
            "confirminterest", "developproposal", "completeinternalreview", "presentproposal", "completefinalproposal",
            "presentfinalproposal", "sendthankyounote", "filedebrief", "captureproposalfeedback", "pursuitdecision",
            "resolvefeedback",
        };

        private static readonly string[] Dates =
        {
            "estimatedclosedate", "actualclosedate", "finaldecisiondate", "scheduleproposalmeeting",
            "schedulefollowup_prospect", "schedulefollowup_qualify",
        };

        private static readonly string[] Lookups =
        {
            "parentaccountid", "parentcontactid", "customerid", "pricelevelid", "transactioncurrencyid", "campaignid",
            "originatingleadid", "ownerid",
        };

        private static readonly string[] Choices =
        {
            "salesstage", "salesstagecode", "opportunityratingcode", "purchasetimeframe", "purchaseprocess",
            "budgetstatus", "need", "timeline", "initialcommunication", "prioritycode",
        };

        private static KeyValuePair<string, ColumnType> Pair(string name, ColumnType type) =>
            new KeyValuePair<string, ColumnType>(name, type);
    }
}
