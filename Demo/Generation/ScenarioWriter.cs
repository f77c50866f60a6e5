using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CrmIndependence.Demo.Scenarios;

namespace CrmIndependence.Demo.Generation
{
    /// <summary>Writes a <see cref="Scenario"/> in the file format <see cref="ScenarioParser"/> reads (one event per line).</summary>
    public static class ScenarioWriter
    {
        public static string Write(Scenario scenario)
        {
            using var stream = new MemoryStream();
            Write(scenario, stream);
            return Encoding.UTF8.GetString(stream.ToArray());
        }

        public static void Write(Scenario scenario, Stream stream)
        {
            using var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
            text.WriteLine("{");
            text.WriteLine($"  \"name\": {Json(scenario.Name)},");
            text.WriteLine($"  \"start\": \"{scenario.Start:yyyy-MM-dd}\",");
            if (scenario.PolicyJson != null)
            {
                text.WriteLine($"  \"policy\": {scenario.PolicyJson},");
            }

            Section(text, "users", scenario.Users.Select(u => Obj(("id", u.Key), ("name", u.Name), ("manager", u.Manager))));
            Section(text, "accounts", scenario.Accounts.Select(a => Obj(("id", a.Key), ("name", a.Name), ("owner", a.Owner))));
            Section(text, "opportunities", scenario.Deals.Select(d => Obj(
                ("id", d.Key), ("name", d.Name), ("owner", d.Owner), ("account", d.Account), ("stage", ScenarioNames.StageName(d.Stage)),
                ("value", d.Value), ("discount", d.Discount), ("closeDate", Date(d.CloseDate)))));
            Section(text, "authority", scenario.Authority.Select(a => Obj(
                ("name", a.Name), ("decision", NameOf(ScenarioNames.DecisionTypes, a.DecisionType)), ("appliesTo", NameOf(ScenarioNames.AppliesTo, a.AppliesTo)),
                ("user", a.User), ("limit", a.Limit), ("column", a.Column))));
            Section(text, "stageRequirements", scenario.StageRequirements.Select(r => Obj(
                ("stage", ScenarioNames.StageName(r.Stage)), ("kind", NameOf(ScenarioNames.RequirementKinds, r.Kind)), ("message", r.Message),
                ("column", r.Column), ("activityType", r.ActivityType), ("count", r.Count),
                ("operator", r.Operator.HasValue ? NameOf(ScenarioNames.Operators, r.Operator.Value) : null), ("value", r.Value), ("relatedTable", r.RelatedTable))));
            Section(text, "events", scenario.Events.Select(e => Event(e, scenario.Start)), last: true);
            text.WriteLine("}");
        }

        private static string Event(ScenarioEvent e, DateTime start)
        {
            var day = (int)(e.At.Date - start.Date).TotalDays;
            var at = e.At.ToString("HH:mm", CultureInfo.InvariantCulture);
            (string, object?)[] common = { ("day", day), ("at", at), ("type", e.Type), ("by", e.By) };
            (string, object?)[] specific = e switch
            {
                ActivityEvent a => new (string, object?)[] { ("deal", a.Deal), ("activity", a.ActivityTable), ("subject", a.Subject), ("completed", a.Completed ? null : false) },
                EditDealEvent d => new (string, object?)[]
                {
                    ("deal", d.Deal), ("stage", d.Stage.HasValue ? ScenarioNames.StageName(d.Stage.Value) : null), ("value", d.Value), ("discount", d.Discount),
                    ("probability", d.Probability), ("closeDate", Date(d.CloseDate)),
                },
                MoveStageEvent m => new (string, object?)[] { ("deal", m.Deal), ("stage", ScenarioNames.StageName(m.Stage)), ("decisionMaker", m.DecisionMaker) },
                CloseDealEvent c => new (string, object?)[] { ("deal", c.Deal) },
                AssignDealEvent a => new (string, object?)[] { ("deal", a.Deal), ("to", a.To) },
                ApproveDealEvent a => new (string, object?)[] { ("deal", a.Deal) },
                HelpRequestEvent h => new (string, object?)[]
                {
                    ("id", h.Key), ("deal", h.Deal), ("subject", h.Subject), ("urgent", h.Urgent ? true : null), ("urgentReason", h.UrgentReason),
                    ("problem", h.Problem), ("tried", h.Tried), ("options", h.Options.Count == 0 ? null : h.Options), ("recommendation", h.Recommendation),
                    ("decisionType", h.DecisionType.HasValue ? NameOf(ScenarioNames.HelpDecisionTypes, h.DecisionType.Value) : null), ("decisionValue", h.DecisionValue),
                },
                AnswerEvent a => new (string, object?)[] { ("request", a.Request), ("response", a.Response) },
                CoachingEvent c => new (string, object?)[]
                {
                    ("rep", c.Rep), ("outcome", ScenarioNames.SessionStatusName(c.Status)), ("reason", c.Reason),
                    ("newDay", c.NewDate.HasValue ? (int)(c.NewDate.Value.Date - start.Date).TotalDays : null),
                    ("newAt", c.NewDate?.ToString("HH:mm", CultureInfo.InvariantCulture)), ("notes", c.Outcome),
                    ("resolve", c.ResolveTopics == CoachingEvent.AllTopics ? "all" : c.ResolveTopics > 0 ? c.ResolveTopics : null),
                },
                PolicyEvent p => new (string, object?)[] { ("policy", new RawJson(p.PolicyJson)) },
                _ => throw new ArgumentException("Unknown event " + e.GetType().Name),
            };
            return Obj(common.Concat(specific).ToArray());
        }

        private sealed record RawJson(string Text);

        private static string? Date(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static string NameOf(System.Collections.Generic.IReadOnlyDictionary<string, int> names, int value) => names.First(pair => pair.Value == value).Key;

        private static void Section(TextWriter text, string name, System.Collections.Generic.IEnumerable<string> items, bool last = false)
        {
            text.Write($"  \"{name}\": [");
            var first = true;
            foreach (var item in items)
            {
                text.Write(first ? "\n    " : ",\n    ");
                text.Write(item);
                first = false;
            }

            text.WriteLine(first ? "]" + (last ? string.Empty : ",") : "\n  ]" + (last ? string.Empty : ","));
        }

        private static string Obj(params (string Name, object? Value)[] fields) =>
            "{ " + string.Join(", ", fields.Where(f => f.Value != null).Select(f => $"\"{f.Name}\": {Value(f.Value!)}")) + " }";

        private static string Value(object value) => value switch
        {
            string s => Json(s),
            bool b => b ? "true" : "false",
            int i => i.ToString(CultureInfo.InvariantCulture),
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            RawJson raw => raw.Text,
            System.Collections.Generic.IEnumerable<string> list => "[" + string.Join(", ", list.Select(Json)) + "]",
            _ => throw new ArgumentException("Cannot write " + value.GetType().Name),
        };

        private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        private static string Json(string text) => JsonSerializer.Serialize(text, Relaxed);
    }
}
