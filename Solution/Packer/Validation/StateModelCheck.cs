using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Solution.Source;

namespace CrmIndependence.Solution.Validation
{
    /// <summary>
    /// The state model of every table the solution creates, and the columns that make a table an activity, as
    /// Dataverse defines them:
    /// <list type="bullet">
    /// <item>A standard table has the states Active (0) and Inactive (1); an activity table Open (0), Completed (1),
    /// Canceled (2) and Scheduled (3) — Learn, "Activity tables", the StateCode options of ActivityPointer. A solution
    /// may add status reasons to a state, never a state.</item>
    /// <item>Each state's default status is one of its own statuses; each status belongs to a state of the table;
    /// status values are unique; a status the solution adds carries the publisher's option value prefix.</item>
    /// <item>An activity table writes ActivityTypeMask <c>CommunicationActivity</c> and its ActivityTypeCode column as a
    /// <c>picklist</c> on the global option set <c>activitypointer_activitytypecode</c>, as real exports of custom activity
    /// tables do; any other table leaves ActivityTypeMask empty.</item>
    /// </list>
    /// </summary>
    internal static class StateModelCheck
    {
        public const string ActivityTypeOptionSet = "activitypointer_activitytypecode";

        public static void Check(SolutionSource source)
        {
            foreach (var entity in source.Entities)
            {
                var info = entity.Entity.Root.Element("EntityInfo")?.Element("entity");
                var own = source.Model.SolutionOnly.First(table => table.LogicalName == entity.LogicalName);
                if (info == null || !own.IsCustom)
                {
                    continue;
                }

                var file = entity.Entity.File;
                var isActivity = (string?)info.Element("IsActivity") == "1";
                CheckActivityColumns(file, info, isActivity);
                CheckStates(file, info, isActivity, source.OptionValuePrefix);
            }
        }

        private static void CheckActivityColumns(string file, XElement info, bool isActivity)
        {
            var mask = ((string?)info.Element("ActivityTypeMask") ?? string.Empty).Trim();
            if (isActivity && mask != SchemaEnumerations.CommunicationActivity)
            {
                throw new SolutionSourceException(file, "<ActivityTypeMask>",
                    $"'{mask}': an activity table writes {SchemaEnumerations.CommunicationActivity}, as exports of custom activity tables do.");
            }

            if (!isActivity && mask.Length > 0)
            {
                throw new SolutionSourceException(file, "<ActivityTypeMask>", $"'{mask}': only an activity table (IsActivity 1) has an activity type mask; leave it empty.");
            }

            if (!isActivity)
            {
                return;
            }

            var typeCode = Attribute(info, "activitytypecode")
                ?? throw new SolutionSourceException(file, "<attributes>", "an activity table needs its ActivityTypeCode column.");
            var optionSet = ((string?)typeCode.Element("OptionSetName") ?? string.Empty).Trim();
            if ((string?)typeCode.Element("Type") != "picklist" || optionSet != ActivityTypeOptionSet)
            {
                throw new SolutionSourceException(file, SolutionSourceException.Describe(typeCode),
                    $"an activity's ActivityTypeCode is a picklist on the global option set {ActivityTypeOptionSet} (<Type>picklist</Type>, <OptionSetName>{ActivityTypeOptionSet}</OptionSetName>).");
            }
        }

        private static void CheckStates(string file, XElement info, bool isActivity, int optionValuePrefix)
        {
            var stateColumn = Attribute(info, "statecode");
            var statusColumn = Attribute(info, "statuscode");
            if (stateColumn == null || statusColumn == null)
            {
                throw new SolutionSourceException(file, "<attributes>", "a table the solution creates needs its statecode and statuscode columns.");
            }

            var expected = isActivity ? SchemaEnumerations.ActivityStates : SchemaEnumerations.StandardStates;
            var what = isActivity ? "an activity table" : "a standard table";
            var states = stateColumn.Descendants("state").Select(state => (Element: state, Value: Int(file, state, "value"), Default: Int(file, state, "defaultstatus"))).ToList();
            var statuses = statusColumn.Descendants("status").Select(status => (Element: status, Value: Int(file, status, "value"), State: Int(file, status, "state"))).ToList();
            var expectedText = string.Join(", ", expected.Select(state => $"{state.Name} ({state.Value})"));
            if (states.Count != expected.Count || expected.Any(state => states.All(s => s.Value != state.Value)))
            {
                throw new SolutionSourceException(file, SolutionSourceException.Describe(stateColumn),
                    $"{what} has exactly the states {expectedText}; this one has {string.Join(", ", states.Select(s => s.Value.ToString(CultureInfo.InvariantCulture)))}. Add status reasons, not states.");
            }

            foreach (var duplicate in statuses.GroupBy(status => status.Value).Where(group => group.Count() > 1))
            {
                throw new SolutionSourceException(file, SolutionSourceException.Describe(duplicate.First().Element), $"status value {duplicate.Key} is defined twice.");
            }

            foreach (var status in statuses.Where(status => states.All(state => state.Value != status.State)))
            {
                throw new SolutionSourceException(file, SolutionSourceException.Describe(status.Element),
                    $"status {status.Value} belongs to state {status.State}, which {what} does not have ({expectedText}).");
            }

            // The platform's own status reasons are 1 to 4 (an activity) or 1 and 2 (a standard table); one a solution adds
            // carries the publisher's option value prefix (prefix × 10,000 + n), as exports write it.
            var platformStatuses = isActivity ? 4 : 2;
            var first = optionValuePrefix * 10000;
            foreach (var status in statuses.Where(status => status.Value > platformStatuses && (status.Value < first || status.Value > first + 9999)))
            {
                throw new SolutionSourceException(file, SolutionSourceException.Describe(status.Element),
                    $"status {status.Value} is neither one of the platform's (1 to {platformStatuses}) nor carries the publisher's option value prefix {optionValuePrefix} ({first} to {first + 9999}).");
            }

            foreach (var state in states)
            {
                if (!statuses.Any(status => status.Value == state.Default && status.State == state.Value))
                {
                    throw new SolutionSourceException(file, SolutionSourceException.Describe(state.Element),
                        $"state {state.Value}'s default status {state.Default} is not one of that state's statuses.");
                }
            }
        }

        private static XElement? Attribute(XElement info, string logicalName) =>
            info.Element("attributes")?.Elements("attribute")
                .FirstOrDefault(attribute => string.Equals((string?)attribute.Element("LogicalName"), logicalName, StringComparison.OrdinalIgnoreCase));

        private static int Int(string file, XElement element, string attribute)
        {
            var text = (string?)element.Attribute(attribute);
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                throw new SolutionSourceException(file, SolutionSourceException.Describe(element), $"has no whole-number '{attribute}'.");
            }

            return value;
        }
    }
}
