using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using CrmIndependence.Plugins.Schema;

namespace CrmIndependence.Demo.Scenarios
{
    /// <summary>
    /// Reads a scenario file (format: Demo/Scenarios/README.md) and checks everything that can be checked before
    /// playing: every field's type and range, every reference (users, deals, help requests), the manager chain.
    /// The first problem stops the parse with a <see cref="ScenarioException"/> naming the file, the entry and the field.
    /// </summary>
    public static class ScenarioParser
    {
        public static readonly DateTime DefaultStart = new(2025, 1, 6, 0, 0, 0, DateTimeKind.Utc);

        private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

        public static Scenario Load(string path)
        {
            if (!System.IO.File.Exists(path))
            {
                throw new ScenarioException(path, "file", null, "the file does not exist.");
            }

            return Parse(System.IO.File.ReadAllText(path), path);
        }

        public static Scenario Parse(string json, string file)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(json, Options);
            }
            catch (JsonException exception)
            {
                throw new ScenarioException(file, $"line {exception.LineNumber + 1}", null, "not valid JSON: " + exception.Message, exception);
            }

            using (document)
            {
                return new Reader(file).Read(document.RootElement);
            }
        }

        private sealed class Reader
        {
            private readonly string file;
            private readonly Dictionary<string, ScenarioUser> users = new(StringComparer.Ordinal);
            private readonly Dictionary<string, ScenarioAccount> accounts = new(StringComparer.Ordinal);
            private readonly Dictionary<string, ScenarioDeal> deals = new(StringComparer.Ordinal);
            private readonly Dictionary<string, HelpRequestEvent> requests = new(StringComparer.Ordinal);

            public Reader(string file) => this.file = file;

            public Scenario Read(JsonElement root)
            {
                var top = new JsonFields(file, "scenario", root);
                var name = top.OptionalString("name") ?? Path.GetFileNameWithoutExtension(file);
                var start = ReadStart(top);
                var policy = ReadPolicy(top);

                var userList = List(top, "users", ReadUser);
                if (userList.Count == 0)
                {
                    throw top.Error("users", "lists no users.");
                }

                CheckManagers(userList);
                var accountList = List(top, "accounts", ReadAccount);
                var dealList = List(top, "opportunities", ReadDeal);
                var authority = List(top, "authority", ReadAuthority);
                var requirements = List(top, "stageRequirements", ReadRequirement);
                var events = List(top, "events", (fields, index) => ReadEvent(fields, index, start));
                top.NoOthers();

                var timeline = events.Select((e, i) => (e, i)).OrderBy(pair => pair.e.At).ThenBy(pair => pair.i).Select(pair => pair.e).ToList();
                return new Scenario(file, name, start, policy, SortedByChain(userList), accountList, dealList, authority, requirements, events)
                {
                    Timeline = timeline,
                };
            }

            private static DateTime ReadStart(JsonFields top)
            {
                var text = top.OptionalString("start");
                if (text == null)
                {
                    return DefaultStart;
                }

                return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
                    ? DateTime.SpecifyKind(date, DateTimeKind.Utc)
                    : throw top.Error("start", $"'{text}' is not a date like \"2025-01-06\".");
            }

            private static string? ReadPolicy(JsonFields fields)
            {
                var policy = fields.Raw("policy");
                if (policy == null)
                {
                    return null;
                }

                if (policy.Value.ValueKind != JsonValueKind.Object)
                {
                    throw fields.Error("policy", "must be a JSON object like {\"mode\": \"enforce\"}.");
                }

                return policy.Value.GetRawText();
            }

            private List<T> List<T>(JsonFields top, string section, Func<JsonFields, int, T> read)
            {
                var array = top.Raw(section);
                if (array == null)
                {
                    return new List<T>();
                }

                if (array.Value.ValueKind != JsonValueKind.Array)
                {
                    throw top.Error(section, $"must be a list, found {array.Value.ValueKind}.");
                }

                var list = new List<T>();
                var index = 0;
                foreach (var item in array.Value.EnumerateArray())
                {
                    var fields = new JsonFields(file, section == "events" ? $"event #{index}" : $"{section}[{index}]", item);
                    list.Add(read(fields, index));
                    fields.NoOthers();
                    index++;
                }

                return list;
            }

            private ScenarioUser ReadUser(JsonFields fields, int index)
            {
                var key = fields.RequiredString("id");
                fields.Location += $" ('{key}')";
                if (key == ScenarioNames.System)
                {
                    throw fields.Error("id", $"'{ScenarioNames.System}' is reserved for the SYSTEM user.");
                }

                var user = new ScenarioUser(key, fields.RequiredString("name"), fields.OptionalString("manager"));
                if (!users.TryAdd(key, user))
                {
                    throw fields.Error("id", $"'{key}' is used by another user.");
                }

                return user;
            }

            private void CheckManagers(List<ScenarioUser> list)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    var user = list[i];
                    if (user.Manager != null && !users.ContainsKey(user.Manager))
                    {
                        throw new ScenarioException(file, $"users[{i}] ('{user.Key}')", "manager", $"no user has the id '{user.Manager}'.");
                    }

                    var seen = new HashSet<string> { user.Key };
                    for (var manager = user.Manager; manager != null; manager = users[manager].Manager)
                    {
                        if (!seen.Add(manager))
                        {
                            throw new ScenarioException(file, $"users[{i}] ('{user.Key}')", "manager", "the manager chain is a cycle.");
                        }
                    }
                }
            }

            /// <summary>Managers before their reports, so each user is added after the one they report to.</summary>
            private IReadOnlyList<ScenarioUser> SortedByChain(List<ScenarioUser> list)
            {
                int Depth(ScenarioUser user) => user.Manager == null ? 0 : 1 + Depth(users[user.Manager]);
                return list.Select((user, i) => (user, i)).OrderBy(pair => Depth(pair.user)).ThenBy(pair => pair.i).Select(pair => pair.user).ToList();
            }

            private string User(JsonFields fields, string field, bool allowSystem = false)
            {
                var key = fields.RequiredString(field);
                if ((allowSystem && key == ScenarioNames.System) || users.ContainsKey(key))
                {
                    return key;
                }

                throw fields.Error(field, $"no user has the id '{key}'.");
            }

            private string Deal(JsonFields fields, string field = "deal")
            {
                var key = fields.RequiredString(field);
                return deals.ContainsKey(key) ? key : throw fields.Error(field, $"no opportunity has the id '{key}'.");
            }

            private ScenarioAccount ReadAccount(JsonFields fields, int index)
            {
                var key = fields.RequiredString("id");
                fields.Location += $" ('{key}')";
                var account = new ScenarioAccount(key, fields.RequiredString("name"), User(fields, "owner"));
                return accounts.TryAdd(key, account) ? account : throw fields.Error("id", $"'{key}' is used by another account.");
            }

            private ScenarioDeal ReadDeal(JsonFields fields, int index)
            {
                var key = fields.RequiredString("id");
                fields.Location += $" ('{key}')";
                var account = fields.OptionalString("account");
                if (account != null && !accounts.ContainsKey(account))
                {
                    throw fields.Error("account", $"no account has the id '{account}'.");
                }

                var deal = new ScenarioDeal(
                    key,
                    fields.RequiredString("name"),
                    User(fields, "owner"),
                    account,
                    fields.OptionalChoice("stage", ScenarioNames.Stages) ?? Opportunity.SalesStageOption.Qualify,
                    fields.RequiredDecimal("value", 0m, 1_000_000_000m),
                    fields.OptionalDecimal("discount", 0m, 100m),
                    Date(fields, "closeDate"));
                return deals.TryAdd(key, deal) ? deal : throw fields.Error("id", $"'{key}' is used by another opportunity.");
            }

            private static DateTime? Date(JsonFields fields, string name)
            {
                var text = fields.OptionalString(name);
                if (text == null)
                {
                    return null;
                }

                return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
                    ? DateTime.SpecifyKind(date, DateTimeKind.Utc)
                    : throw fields.Error(name, $"'{text}' is not a date like \"2025-03-31\".");
            }

            private ScenarioAuthority ReadAuthority(JsonFields fields, int index)
            {
                var decision = fields.RequiredChoice("decision", ScenarioNames.DecisionTypes);
                var appliesTo = fields.RequiredChoice("appliesTo", ScenarioNames.AppliesTo);
                string? user = null;
                if (appliesTo == DecisionAuthorityTable.AppliesToOption.User)
                {
                    user = User(fields, "user");
                }

                var column = fields.OptionalString("column");
                if (decision == DecisionAuthorityTable.DecisionTypeOption.Column && column == null)
                {
                    throw fields.Error("column", "is required when decision is 'column'.");
                }

                var limit = fields.RequiredDecimal("limit", 0m, 1_000_000_000m);
                var name = fields.OptionalString("name") ?? $"{fields.Location} limit {limit.ToString(CultureInfo.InvariantCulture)}";
                return new ScenarioAuthority(name, decision, appliesTo, user, limit, column);
            }

            private ScenarioStageRequirement ReadRequirement(JsonFields fields, int index)
            {
                var stage = fields.RequiredChoice("stage", ScenarioNames.Stages);
                var kind = fields.RequiredChoice("kind", ScenarioNames.RequirementKinds);
                var message = fields.RequiredString("message");
                var column = fields.OptionalString("column");
                var activity = fields.OptionalString("activityType");
                if (activity != null && !ScenarioNames.Activities.ContainsKey(activity))
                {
                    throw fields.Error("activityType", $"'{activity}' is not one of {ScenarioNames.Choices(ScenarioNames.Activities.Keys)}.");
                }

                var count = fields.OptionalInt("count", 1, 1000);
                var op = fields.OptionalChoice("operator", ScenarioNames.Operators);
                var value = fields.OptionalString("value");
                var related = fields.OptionalString("relatedTable");
                switch (kind)
                {
                    case StageRequirement.KindOption.ColumnHasValue when column == null:
                        throw fields.Error("column", "is required for kind 'columnHasValue'.");
                    case StageRequirement.KindOption.ColumnCondition when column == null || op == null || value == null:
                        throw fields.Error(column == null ? "column" : op == null ? "operator" : "value", "is required for kind 'columnCondition'.");
                    case StageRequirement.KindOption.CompletedActivities when activity == null:
                        throw fields.Error("activityType", "is required for kind 'completedActivities'.");
                    case StageRequirement.KindOption.RelatedRecordExists when related == null:
                        throw fields.Error("relatedTable", "is required for kind 'relatedRecordExists'.");
                }

                return new ScenarioStageRequirement(stage, kind, message, column, activity?.ToLowerInvariant(), count, op, value, related);
            }

            private ScenarioEvent ReadEvent(JsonFields fields, int index, DateTime start)
            {
                var type = fields.RequiredString("type");
                fields.Location = $"event #{index} ({type})";
                var day = fields.OptionalInt("day", 0, 3650);
                var at = fields.OptionalTimeOfDay("at");
                var after = type == "answerHelpRequest" ? fields.OptionalInt("afterMinutes", 0, 60 * 24 * 365) : null;
                DateTime when;
                if (after != null)
                {
                    if (day != null || at != null)
                    {
                        throw fields.Error("afterMinutes", "give either afterMinutes or day/at, not both.");
                    }

                    var requestKey = fields.RequiredString("request");
                    when = requests.TryGetValue(requestKey, out var filed)
                        ? filed.At.AddMinutes(after.Value)
                        : throw fields.Error("request", $"no help request with the id '{requestKey}' is filed before this event.");
                }
                else
                {
                    when = start.AddDays(day ?? throw fields.Error("day", "is required (days after the scenario's start, 0 = the start date).")) + (at ?? TimeSpan.FromHours(9));
                }

                fields.Location = $"event #{index} ({type} on {Reporting.ReportDates.Moment(when)})";
                var by = User(fields, "by", allowSystem: type == "setPolicy");
                ScenarioEvent read = type switch
                {
                    "activity" => new ActivityEvent(index, when, by, Deal(fields),
                        fields.OptionalTable("activity", ScenarioNames.Activities) ?? throw fields.Error("activity", $"is required (one of {ScenarioNames.Choices(ScenarioNames.Activities.Keys)})."),
                        fields.OptionalString("subject") ?? "Follow-up",
                        fields.OptionalBool("completed", true)),
                    "editDeal" => EditDeal(fields, index, when, by),
                    "moveStage" => new MoveStageEvent(index, when, by, Deal(fields), fields.RequiredChoice("stage", ScenarioNames.Stages), fields.OptionalString("decisionMaker")),
                    "winDeal" => new CloseDealEvent(index, when, by, Deal(fields), Won: true),
                    "loseDeal" => new CloseDealEvent(index, when, by, Deal(fields), Won: false),
                    "assignDeal" => new AssignDealEvent(index, when, by, Deal(fields), User(fields, "to")),
                    "approveDeal" => new ApproveDealEvent(index, when, by, Deal(fields)),
                    "helpRequest" => HelpRequest(fields, index, when, by),
                    "answerHelpRequest" => Answer(fields, index, when, by),
                    "coaching" => Coaching(fields, index, when, by, start),
                    "setPolicy" => new PolicyEvent(index, when, by, ReadPolicy(fields) ?? throw fields.Error("policy", "is required.")),
                    _ => throw fields.Error("type", $"'{type}' is not an event type (activity, editDeal, moveStage, winDeal, loseDeal, assignDeal, approveDeal, helpRequest, answerHelpRequest, coaching, setPolicy)."),
                };
                fields.Location = read.ToString();
                return read;
            }

            private EditDealEvent EditDeal(JsonFields fields, int index, DateTime when, string by)
            {
                var edit = new EditDealEvent(index, when, by, Deal(fields),
                    fields.OptionalChoice("stage", ScenarioNames.Stages),
                    fields.OptionalDecimal("value", 0m, 1_000_000_000m),
                    fields.OptionalDecimal("discount", 0m, 100m),
                    fields.OptionalInt("probability", 0, 100),
                    Date(fields, "closeDate"));
                if (edit.Stage == null && edit.Value == null && edit.Discount == null && edit.Probability == null && edit.CloseDate == null)
                {
                    throw fields.Error("stage", "an editDeal event changes at least one of stage, value, discount, probability, closeDate.");
                }

                return edit;
            }

            private HelpRequestEvent HelpRequest(JsonFields fields, int index, DateTime when, string by)
            {
                var key = fields.RequiredString("id");
                var deal = fields.Has("deal") ? Deal(fields) : null;
                var urgent = fields.OptionalBool("urgent", false);
                var decisionType = fields.OptionalChoice("decisionType", ScenarioNames.HelpDecisionTypes);
                var decisionValue = fields.OptionalDecimal("decisionValue", 0m, 1_000_000_000m);
                if (decisionType.HasValue != decisionValue.HasValue)
                {
                    throw fields.Error(decisionType.HasValue ? "decisionValue" : "decisionType", "decisionType and decisionValue go together.");
                }

                var request = new HelpRequestEvent(index, when, by, key, deal,
                    fields.RequiredString("subject"), urgent, fields.OptionalString("urgentReason"),
                    fields.OptionalString("problem"), fields.OptionalString("tried"), fields.StringList("options", 3),
                    fields.OptionalString("recommendation"), decisionType, decisionValue);
                return requests.TryAdd(key, request) ? request : throw fields.Error("id", $"'{key}' is used by another help request.");
            }

            private AnswerEvent Answer(JsonFields fields, int index, DateTime when, string by)
            {
                var key = fields.RequiredString("request");
                if (!requests.TryGetValue(key, out var request) || request.At > when)
                {
                    throw fields.Error("request", $"no help request with the id '{key}' is filed before this event.");
                }

                return new AnswerEvent(index, when, by, key, fields.OptionalString("response") ?? "Go ahead with your recommendation.");
            }

            private CoachingEvent Coaching(JsonFields fields, int index, DateTime when, string by, DateTime start)
            {
                var rep = User(fields, "rep");
                var status = fields.RequiredChoice("outcome", ScenarioNames.SessionOutcomes);
                var newDay = fields.OptionalInt("newDay", 0, 3650);
                var newAt = fields.OptionalTimeOfDay("newAt");
                DateTime? newDate = newDay.HasValue ? start.AddDays(newDay.Value) + (newAt ?? TimeSpan.FromHours(9)) : null;
                if (newDate.HasValue && newDate.Value <= when)
                {
                    throw fields.Error("newDay", "the new date must be after the event.");
                }

                var resolve = ResolveTopics(fields);
                if (resolve > 0 && status != CoachingSession.SessionStatusOption.Held)
                {
                    throw fields.Error("resolve", "topics are resolved in a held session; use it with the outcome 'held'.");
                }

                return new CoachingEvent(index, when, by, rep, status, fields.OptionalString("reason"), newDate, fields.OptionalString("notes"), resolve);
            }

            private static int ResolveTopics(JsonFields fields)
            {
                var value = fields.Raw("resolve");
                if (value == null)
                {
                    return 0;
                }

                if (value.Value.ValueKind == JsonValueKind.String && value.Value.GetString() == "all")
                {
                    return CoachingEvent.AllTopics;
                }

                if (value.Value.ValueKind == JsonValueKind.Number && value.Value.TryGetInt32(out var count) && count >= 0)
                {
                    return count;
                }

                throw fields.Error("resolve", $"must be \"all\" or a number of topics (0 or more), found {value.Value}.");
            }
        }
    }
}
