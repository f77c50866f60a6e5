using System;
using System.Collections.Generic;
using System.Linq;
using Table = CrmIndependence.Plugins.Schema.StageRequirement;

namespace CrmIndependence.Plugins.StageGates
{
    /// <summary>
    /// Turns <c>cri_stagerequirement</c> rows into checkable requirements. A row it cannot understand
    /// (no or unknown stage or kind, a column the catalog does not hold, a condition without operator or
    /// value, a value that does not parse as the column's type, an operator that does not apply to it, an
    /// unknown activity type, a count below 1, a related table that is not a logical name; with the deal's
    /// metadata, a related table or lookup that does not point at opportunities) is skipped and reported as a
    /// <see cref="RequirementProblem"/> naming the field: a misconfiguration never blocks a user. A row without a
    /// message is used with a generated one, and reported too.
    /// </summary>
    public static class StageRequirementReader
    {
        /// <summary>The activity types a <see cref="RequirementKind.CompletedActivities"/> row may count.</summary>
        public static IReadOnlyList<string> ActivityTypes { get; } = new[] { "email", "phonecall", "task", "appointment" };

        /// <summary>Reads every row against the organization's metadata (columns and lookups to the deal); never throws for a bad row.</summary>
        public static StageRequirementSet Read(IEnumerable<StageRequirementRow> rows, DealMetadata deal)
        {
            if (deal == null)
            {
                throw new ArgumentNullException(nameof(deal));
            }

            return Read(rows, deal.Columns, deal);
        }

        /// <summary>Reads every row against a column catalog, without checking related tables; never throws for a bad row.</summary>
        public static StageRequirementSet Read(IEnumerable<StageRequirementRow> rows, ColumnCatalog columns) => Read(rows, columns, null);

        private static StageRequirementSet Read(IEnumerable<StageRequirementRow> rows, ColumnCatalog columns, DealMetadata? deal)
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
                var reading = new RowReading(row, columns, deal);
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
            private readonly DealMetadata? deal;

            public RowReading(StageRequirementRow row, ColumnCatalog columns, DealMetadata? deal)
            {
                this.row = row;
                this.columns = columns;
                this.deal = deal;
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
                    return Skip<SalesStage>(Table.Stage, "it has no stage; set the sales stage whose exit criterion it is");
                }

                return SalesStages.FromOptionValue(row.Stage.Value)
                    ?? Skip<SalesStage>(Table.Stage, $"its stage {row.Stage.Value} is not a sales stage the suite knows ({SalesStages.KnownValues})");
            }

            private RequirementKind? ReadKind()
            {
                if (row.Kind == null)
                {
                    return Skip<RequirementKind>(Table.Kind, "it has no kind");
                }

                return Enum.IsDefined(typeof(RequirementKind), row.Kind.Value)
                    ? (RequirementKind)row.Kind.Value
                    : Skip<RequirementKind>(
                        Table.Kind,
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
                    SkipRequirement(Table.Value, "it is a column condition without a value to compare with");
                }

                if (column == null || op == null || !hasValue)
                {
                    return null;
                }

                var type = columns.TypeOf(column)!.Value;
                if (!op.Value.AppliesTo(type))
                {
                    return SkipRequirement(Table.Operator, $"its operator {op.Value} does not apply to {column}, a {type} column");
                }

                var value = RequirementValueParser.Parse(row.Value!, type);
                if (value == null)
                {
                    return SkipRequirement(
                        Table.Value,
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
                    return SkipRequirement(Table.ActivityType, $"it counts completed activities but names no activity type ({string.Join(", ", ActivityTypes)})");
                }

                if (!ActivityTypes.Contains(activityType))
                {
                    return SkipRequirement(Table.ActivityType, $"its activity type '{row.ActivityType}' is not one the suite counts ({string.Join(", ", ActivityTypes)})");
                }

                var count = row.Count ?? 1;
                if (count < 0)
                {
                    return SkipRequirement(Table.Count, $"its count {count} is negative; give the minimum number of completed activities (1 or more)");
                }

                if (count == 0)
                {
                    return SkipRequirement(Table.Count, "its count 0 asks for nothing; give the minimum number of completed activities (1 or more)");
                }

                var message = MessageOr($"Log at least {count} completed {ActivityNames.Noun(activityType!, count)}");
                return new CompletedActivitiesRequirement(row, stage, message, activityType!, count);
            }

            private StageRequirement? ReadRelatedRecord(SalesStage stage)
            {
                var table = row.RelatedTable?.Trim().ToLowerInvariant();
                if (string.IsNullOrEmpty(table))
                {
                    return SkipRequirement(Table.RelatedTable, "it asks for a related record but names no related table (a logical name such as quote)");
                }

                if (!IsLogicalName(table!))
                {
                    return SkipRequirement(Table.RelatedTable, $"its related table '{row.RelatedTable}' must be the logical name of a table, such as quote");
                }

                var lookup = string.IsNullOrWhiteSpace(row.Column) ? ActivityNames.DefaultLookupTo(table!) : row.Column!.Trim().ToLowerInvariant();
                if (!IsLogicalName(lookup))
                {
                    return SkipRequirement(Table.Column, $"its column '{row.Column}' must be the logical name of {table}'s lookup to the deal");
                }

                var key = new RelatedRecordKey(table!, lookup);
                if (deal != null && !deal.HasLookup(key))
                {
                    var lookups = deal.LookupsOf(key.Table);
                    return lookups.Count == 0
                        ? SkipRequirement(Table.RelatedTable, $"its related table '{row.RelatedTable!.Trim()}' is not a table with a lookup to opportunity in this organization (give the logical name of one, such as quote)")
                        : SkipRequirement(Table.Column, $"{key.Table} has no lookup '{key.LookupColumn}' to opportunity (its lookups to opportunity: {string.Join(", ", lookups)}); leave Column empty or name one of them");
                }

                return new RelatedRecordRequirement(row, stage, MessageOr($"Add a related {table}"), key);
            }

            private string? ReadColumn()
            {
                var column = row.Column?.Trim();
                if (string.IsNullOrEmpty(column))
                {
                    return Skip(Table.Column, "it names no column");
                }

                return columns.TypeOf(column!) == null
                    ? Skip(Table.Column, $"its column '{column}' is not a column of opportunity the suite can read")
                    : column!.ToLowerInvariant();
            }

            private RequirementOperator? ReadOperator()
            {
                if (row.Operator == null)
                {
                    return Skip<RequirementOperator>(Table.Operator, $"it is a column condition without an operator ({RequirementOperators.KnownValues})");
                }

                return RequirementOperators.FromOptionValue(row.Operator.Value)
                    ?? Skip<RequirementOperator>(Table.Operator, $"its operator {row.Operator.Value} is not a known one ({RequirementOperators.KnownValues})");
            }

            private string MessageOr(string generated)
            {
                if (!string.IsNullOrWhiteSpace(row.Message))
                {
                    return row.Message!.Trim();
                }

                Problems.Add(new RequirementProblem(row.Id, row.Name, $"it has no message for users, so they see \"{generated}\"; write one in their words", RowSkipped: false)
                {
                    Column = Table.Message,
                    ColumnLabel = LabelOf(Table.Message),
                });
                return generated;
            }

            private T? Skip<T>(string column, string problem)
                where T : struct
            {
                Problems.Add(Skipped(column, problem));
                return null;
            }

            private string? Skip(string column, string problem)
            {
                Problems.Add(Skipped(column, problem));
                return null;
            }

            private StageRequirement? SkipRequirement(string column, string problem)
            {
                Problems.Add(Skipped(column, problem));
                return null;
            }

            private RequirementProblem Skipped(string column, string problem) =>
                new RequirementProblem(row.Id, row.Name, problem, RowSkipped: true) { Column = column, ColumnLabel = LabelOf(column) };

            /// <summary>The column's name on the form.</summary>
            private static string LabelOf(string column) =>
                column == Table.Stage ? "Stage"
                : column == Table.Kind ? "Kind"
                : column == Table.Column ? "Column"
                : column == Table.Operator ? "Operator"
                : column == Table.Value ? "Value"
                : column == Table.ActivityType ? "Activity Type"
                : column == Table.RelatedTable ? "Related Table"
                : column == Table.Count ? "Count"
                : column == Table.Message ? "Message"
                : column;

            private static bool IsLogicalName(string name) =>
                name.Length > 0 && !char.IsDigit(name[0]) && name.All(c => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
        }
    }
}
