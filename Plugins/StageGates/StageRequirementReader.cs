using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// Turns <c>cri_stagerequirement</c> rows into checkable requirements. A row it cannot understand
    /// (no or unknown stage or kind, a column the catalog does not hold, a condition without operator or
    /// value, a value that does not parse as the column's type, an operator that does not apply to it, an
    /// unknown activity type, a count below 1, a related table that is not a logical name) is skipped
    /// and reported as a <see cref="RequirementProblem"/>: a misconfiguration never blocks a user. A row
    /// without a message is used with a generated one, and reported too.
    /// </summary>
    public static class StageRequirementReader
    {
        /// <summary>The activity types a <see cref="RequirementKind.CompletedActivities"/> row may count.</summary>
        public static IReadOnlyList<string> ActivityTypes { get; } = new[] { "email", "phonecall", "task", "appointment" };

        /// <summary>Reads every row; never throws for a bad row.</summary>
        public static StageRequirementSet Read(IEnumerable<StageRequirementRow> rows, ColumnCatalog columns)
        {
            if (rows == null)
            {
                throw new ArgumentNullException(nameof(rows));
            }

            if (columns == null)
            {
                throw new ArgumentNullException(nameof(columns));
            }

            var requirements = new List<StageRequirement>();
            var problems = new List<RequirementProblem>();
            foreach (var row in rows)
            {
                var reading = new RowReading(row, columns);
                var requirement = reading.Read();
                if (requirement != null)
                {
                    requirements.Add(requirement);
                }

                problems.AddRange(reading.Problems);
            }

            return new StageRequirementSet(requirements, problems);
        }

        /// <summary>How a row is named in messages: its name and id.</summary>
        internal static string Label(Guid id, string? name) =>
            string.IsNullOrWhiteSpace(name) ? $"({id})" : $"'{name!.Trim()}' ({id})";

        /// <summary>Reads one row, collecting its problems.</summary>
        private sealed class RowReading
        {
            private readonly StageRequirementRow row;
            private readonly ColumnCatalog columns;

            public RowReading(StageRequirementRow row, ColumnCatalog columns)
            {
                this.row = row;
                this.columns = columns;
            }

            public List<RequirementProblem> Problems { get; } = new List<RequirementProblem>();

            public StageRequirement? Read()
            {
                var stage = ReadStage();
                var kind = ReadKind();
                if (stage == null || kind == null)
                {
                    return null;
                }

                switch (kind.Value)
                {
                    case RequirementKind.ColumnHasValue: return ReadColumnHasValue(stage.Value);
                    case RequirementKind.ColumnCondition: return ReadColumnCondition(stage.Value);
                    case RequirementKind.CompletedActivities: return ReadCompletedActivities(stage.Value);
                    default: return ReadRelatedRecord(stage.Value);
                }
            }

            private SalesStage? ReadStage()
            {
                if (row.Stage == null)
                {
                    return Skip<SalesStage>("it has no stage; set the sales stage whose exit criterion it is");
                }

                return SalesStages.FromOptionValue(row.Stage.Value)
                    ?? Skip<SalesStage>($"its stage {row.Stage.Value} is not a sales stage the suite knows ({SalesStages.KnownValues})");
            }

            private RequirementKind? ReadKind()
            {
                if (row.Kind == null)
                {
                    return Skip<RequirementKind>("it has no kind");
                }

                return Enum.IsDefined(typeof(RequirementKind), row.Kind.Value)
                    ? (RequirementKind)row.Kind.Value
                    : Skip<RequirementKind>(
                        $"its kind {row.Kind.Value} is not a known kind (ColumnHasValue {(int)RequirementKind.ColumnHasValue}, " +
                        $"ColumnCondition {(int)RequirementKind.ColumnCondition}, CompletedActivities {(int)RequirementKind.CompletedActivities}, " +
                        $"RelatedRecordExists {(int)RequirementKind.RelatedRecordExists})");
            }

            private StageRequirement? ReadColumnHasValue(SalesStage stage)
            {
                var column = ReadColumn();
                return column == null ? null : new ColumnHasValueRequirement(row, stage, MessageOr($"Fill in {column}"), column);
            }

            private StageRequirement? ReadColumnCondition(SalesStage stage)
            {
                var column = ReadColumn();
                var op = ReadOperator();
                var hasValue = !string.IsNullOrEmpty(row.Value);
                if (!hasValue)
                {
                    SkipRequirement("it is a column condition without a value to compare with");
                }

                if (column == null || op == null || !hasValue)
                {
                    return null;
                }

                var type = columns.TypeOf(column)!.Value;
                if (!op.Value.AppliesTo(type))
                {
                    return SkipRequirement($"its operator {op.Value} does not apply to {column}, a {type} column");
                }

                var value = RequirementValueParser.Parse(row.Value!, type);
                if (value == null)
                {
                    return SkipRequirement(
                        $"its value '{row.Value}' is not valid for {column}, a {type} column: write {RequirementValueParser.ExpectedFormat(type)}");
                }

                var message = MessageOr($"{column} {op.Value.InWords()} {row.Value!.Trim()}");
                return new ColumnConditionRequirement(row, stage, message, column, type, op.Value, value);
            }

            private StageRequirement? ReadCompletedActivities(SalesStage stage)
            {
                var activityType = row.ActivityType?.Trim().ToLowerInvariant();
                if (string.IsNullOrEmpty(activityType))
                {
                    return SkipRequirement($"it counts completed activities but names no activity type ({string.Join(", ", ActivityTypes)})");
                }

                if (!ActivityTypes.Contains(activityType))
                {
                    return SkipRequirement($"its activity type '{row.ActivityType}' is not one the suite counts ({string.Join(", ", ActivityTypes)})");
                }

                var count = row.Count ?? 1;
                if (count < 0)
                {
                    return SkipRequirement($"its count {count} is negative; give the minimum number of completed activities (1 or more)");
                }

                if (count == 0)
                {
                    return SkipRequirement("its count 0 asks for nothing; give the minimum number of completed activities (1 or more)");
                }

                var message = MessageOr($"Log at least {count} completed {ActivityNames.Noun(activityType!, count)}");
                return new CompletedActivitiesRequirement(row, stage, message, activityType!, count);
            }

            private StageRequirement? ReadRelatedRecord(SalesStage stage)
            {
                var table = row.RelatedTable?.Trim().ToLowerInvariant();
                if (string.IsNullOrEmpty(table))
                {
                    return SkipRequirement("it asks for a related record but names no related table (a logical name such as quote)");
                }

                if (!IsLogicalName(table!))
                {
                    return SkipRequirement($"its related table '{row.RelatedTable}' must be the logical name of a table, such as quote");
                }

                var lookup = string.IsNullOrWhiteSpace(row.Column) ? ActivityNames.DefaultLookupTo(table!) : row.Column!.Trim().ToLowerInvariant();
                if (!IsLogicalName(lookup))
                {
                    return SkipRequirement($"its column '{row.Column}' must be the logical name of {table}'s lookup to the deal");
                }

                return new RelatedRecordRequirement(row, stage, MessageOr($"Add a related {table}"), new RelatedRecordKey(table!, lookup));
            }

            private string? ReadColumn()
            {
                var column = row.Column?.Trim();
                if (string.IsNullOrEmpty(column))
                {
                    return Skip("it names no column");
                }

                return columns.TypeOf(column!) == null
                    ? Skip($"its column '{column}' is not a column of opportunity the suite can read")
                    : column!.ToLowerInvariant();
            }

            private RequirementOperator? ReadOperator()
            {
                if (row.Operator == null)
                {
                    return Skip<RequirementOperator>($"it is a column condition without an operator ({RequirementOperators.KnownValues})");
                }

                return RequirementOperators.FromOptionValue(row.Operator.Value)
                    ?? Skip<RequirementOperator>($"its operator {row.Operator.Value} is not a known one ({RequirementOperators.KnownValues})");
            }

            private string MessageOr(string generated)
            {
                if (!string.IsNullOrWhiteSpace(row.Message))
                {
                    return row.Message!.Trim();
                }

                Problems.Add(new RequirementProblem(row.Id, row.Name, $"it has no message for users, so they see \"{generated}\"; write one in their words", RowSkipped: false));
                return generated;
            }

            private T? Skip<T>(string problem)
                where T : struct
            {
                Problems.Add(new RequirementProblem(row.Id, row.Name, problem, RowSkipped: true));
                return null;
            }

            private string? Skip(string problem)
            {
                Problems.Add(new RequirementProblem(row.Id, row.Name, problem, RowSkipped: true));
                return null;
            }

            private StageRequirement? SkipRequirement(string problem)
            {
                Problems.Add(new RequirementProblem(row.Id, row.Name, problem, RowSkipped: true));
                return null;
            }

            private static bool IsLogicalName(string name) =>
                name.Length > 0 && !char.IsDigit(name[0]) && name.All(c => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
        }
    }
}
