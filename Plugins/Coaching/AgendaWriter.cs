using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CrmIndependence.Plugins.Coaching
{
    /// <summary>
    /// Writes the plain-text agenda a manager runs the coaching session from. The first line sets the goal
    /// ("Riley, bring your recommendation for each item."), then when and why, then the open topics grouped by
    /// where they came from, numbered across groups, oldest first within a group:
    /// carried over → parked help requests (with the rep's recommendation) → stage gates (one item per gate,
    /// named by the gate's name, listing its deals) → decisions beyond the rep's authority (deals won without the
    /// approval they needed, one item per win, with what was beyond authority) → manager involvement (one item per
    /// deal) → other topics. Signal topics are told apart by their signal kind (<see cref="CoachingSignals"/>).
    /// Resolved topics are left off. User text is put on one line and shortened; an agenda longer than the
    /// request's maximum length ends with one line counting the items left off.
    /// </summary>
    public static class AgendaWriter
    {
        private const string NewLine = "\n";
        private const int NameLength = 80;
        private const int TitleLength = 200;
        private const int DetailLength = 300;
        private const int SignalLinesPerDeal = 5;

        public static string Write(AgendaRequest request)
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            var firstName = FirstName(request);
            var rep = firstName ?? "the rep";
            var open = request.Topics.Where(topic => topic != null && !topic.IsResolved).OrderBy(topic => topic.RaisedOnUtc).ToList();
            var sections = new[]
            {
                new Section("Carried over from earlier sessions", open.Where(t => t.Source == TopicSource.CarriedOver).Select(t => CarriedOver(t, rep)).ToList()),
                new Section("Parked help requests", open.Where(t => t.Source == TopicSource.ParkedRequest).Select(t => Parked(t, rep)).ToList()),
                new Section("Stage gates that stopped a deal", GateItems(open.Where(t => t.Source == TopicSource.StageGateFailure), rep)),
                new Section("Decisions beyond your authority", open.Where(t => t.Source == TopicSource.Signal && CoachingSignals.IsBeyondAuthority(t.SignalKind)).Select(t => BeyondAuthority(t, rep)).ToList()),
                new Section("Where a manager stepped in", SignalItems(open.Where(t => t.Source == TopicSource.Signal && !CoachingSignals.IsBeyondAuthority(t.SignalKind)))),
                new Section("Other topics", open.Where(t => t.Source == TopicSource.Manual).Select(Manual).ToList()),
            };

            var text = new StringBuilder();
            foreach (var line in Header(request, firstName))
            {
                text.Append(line).Append(NewLine);
            }

            var closing = NewLine + "To close: for each item, agree who decides next time, and note it on the topic." + NewLine;
            if (open.Count == 0)
            {
                text.Append(NewLine).Append($"No open topics. Ask {rep} which deal they want to think through.").Append(NewLine);
                return Fit(text.Append(closing).ToString(), request.MaximumLength);
            }

            AppendItems(text, sections, request.MaximumLength - closing.Length);
            return Fit(text.Append(closing).ToString(), request.MaximumLength);
        }

        private static IEnumerable<string> Header(AgendaRequest request, string? firstName)
        {
            yield return firstName == null ? "Bring your recommendation for each item." : $"{firstName}, bring your recommendation for each item.";
            yield return string.Empty;
            var rep = AgendaText.HasText(request.RepName) ? AgendaText.OneLine(request.RepName, NameLength) : "the rep";
            yield return AgendaText.HasText(request.ManagerName)
                ? $"Coaching session: {rep} with {AgendaText.OneLine(request.ManagerName, NameLength)}"
                : $"Coaching session: {rep}";
            yield return $"When: {AgendaText.Moment(request.ScheduledStartUtc)} ({request.DurationMinutes} minutes)";
            if (AgendaText.HasText(request.WhyNow))
            {
                yield return $"Why now: {AgendaText.OneLine(request.WhyNow, DetailLength)}";
            }
        }

        private static void AppendItems(StringBuilder text, IReadOnlyList<Section> sections, int budget)
        {
            const int reserve = 80;
            var number = 0;
            var total = sections.Sum(section => section.Items.Count);
            foreach (var section in sections.Where(section => section.Items.Count > 0))
            {
                var heading = $"{NewLine}{section.Title} ({section.Items.Count}){NewLine}";
                var headingWritten = false;
                foreach (var item in section.Items)
                {
                    var prefix = $"{number + 1}. ";
                    var block = prefix + string.Join(NewLine + new string(' ', prefix.Length), item) + NewLine;
                    var needed = block.Length + (headingWritten ? 0 : heading.Length);
                    if (text.Length + needed > budget - (number + 1 < total ? reserve : 0))
                    {
                        text.Append(NewLine).Append($"…and {AgendaText.Count(total - number, "more item", "more items")}: see the session's topic list.").Append(NewLine);
                        return;
                    }

                    if (!headingWritten)
                    {
                        text.Append(heading);
                        headingWritten = true;
                    }

                    text.Append(block);
                    number++;
                }
            }
        }

        private static List<string> CarriedOver(AgendaTopic topic, string rep)
        {
            var beyondAuthority = topic.OriginalSource == TopicSource.Signal && CoachingSignals.IsBeyondAuthority(topic.SignalKind);
            var origin = !topic.OriginalSource.HasValue ? string.Empty
                : topic.OriginalSource == TopicSource.StageGateFailure && AgendaText.HasText(topic.GateName) ? $", the stage gate \"{AgendaText.OneLine(topic.GateName, TitleLength)}\""
                : beyondAuthority ? $", a decision beyond {AgendaText.Possessive(rep)} authority"
                : $", {SourceWords(topic.OriginalSource.Value)}";
            var lines = new List<string> { $"{Title(topic)} (first raised {AgendaText.Day(topic.RaisedOnUtc)}{origin})" };
            if (beyondAuthority && AgendaText.HasText(topic.Detail))
            {
                lines.Add(AgendaText.OneLine(topic.Detail, DetailLength));
            }

            if (AgendaText.HasText(topic.RepRecommendation))
            {
                lines.Add($"{rep} recommends: {AgendaText.OneLine(topic.RepRecommendation, DetailLength)}");
            }

            if (AgendaText.HasText(topic.Notes))
            {
                lines.Add($"Notes so far: {AgendaText.OneLine(topic.Notes, DetailLength)}");
            }

            return lines;
        }

        private static List<string> Parked(AgendaTopic topic, string rep)
        {
            var lines = new List<string> { $"{Title(topic)} (parked {AgendaText.Day(topic.RaisedOnUtc)})" };
            lines.Add(AgendaText.HasText(topic.RepRecommendation)
                ? $"{rep} recommends: {AgendaText.OneLine(topic.RepRecommendation, DetailLength)}"
                : $"No recommendation yet: {rep}, come with one.");
            if (AgendaText.HasText(topic.Detail))
            {
                lines.Add(AgendaText.OneLine(topic.Detail, DetailLength));
            }

            return lines;
        }

        private static List<List<string>> GateItems(IEnumerable<AgendaTopic> topics, string rep)
        {
            return topics
                .GroupBy(topic => AgendaText.HasText(topic.GateKey) ? topic.GateKey!.Trim() : topic.Title.Trim(), StringComparer.OrdinalIgnoreCase)
                .Select(gate =>
                {
                    var dealCount = gate.Select(topic => topic.OpportunityId ?? topic.Id).Distinct().Count();
                    var names = gate.Where(topic => AgendaText.HasText(topic.DealName)).Select(DealWords).Distinct(StringComparer.Ordinal).ToList();
                    var named = names.Count == 0 ? string.Empty : $" ({string.Join(", ", names)})";
                    var gateName = gate.Select(topic => topic.GateName).FirstOrDefault(AgendaText.HasText);
                    return new List<string>
                    {
                        $"{AgendaText.OneLine(gateName ?? gate.First().Title, TitleLength)}: on {AgendaText.Count(dealCount, "deal", "deals")}{named}",
                        $"Agree what {rep} checks before moving a deal past this gate.",
                    };
                })
                .ToList();
        }

        /// <summary>A deal won beyond the rep's authority without approval: the deal, the day, what was beyond authority (the signal's details).</summary>
        private static List<string> BeyondAuthority(AgendaTopic topic, string rep)
        {
            var lines = new List<string> { $"{DealWords(topic)}: won {AgendaText.Day(topic.RaisedOnUtc)} beyond {AgendaText.Possessive(rep)} authority" };
            if (AgendaText.HasText(topic.Detail))
            {
                lines.Add(AgendaText.OneLine(topic.Detail, DetailLength));
            }

            lines.Add("Ask: what made it feel like your call, and who could have approved it in time?");
            return lines;
        }

        private static List<List<string>> SignalItems(IEnumerable<AgendaTopic> topics)
        {
            return topics
                .GroupBy(topic => topic.OpportunityId ?? topic.Id)
                .Select(deal =>
                {
                    var signals = deal.ToList();
                    var first = signals[0];
                    if (signals.Count == 1 && !first.OpportunityId.HasValue)
                    {
                        return new List<string> { $"{Title(first)} ({AgendaText.Day(first.RaisedOnUtc)})" };
                    }

                    var lines = new List<string> { $"{DealWords(first)}: a manager stepped in {AgendaText.Count(signals.Count, "time", "times")}" };
                    lines.AddRange(signals.Take(SignalLinesPerDeal).Select(signal =>
                        $"- {AgendaText.Day(signal.RaisedOnUtc)}: {AgendaText.OneLine(AgendaText.HasText(signal.Detail) ? signal.Detail : signal.Title, DetailLength)}"));
                    if (signals.Count > SignalLinesPerDeal)
                    {
                        lines.Add($"- and {signals.Count - SignalLinesPerDeal} more");
                    }

                    lines.Add("Ask: what would you have done on your own, and what do you need to do it next time?");
                    return lines;
                })
                .ToList();
        }

        private static List<string> Manual(AgendaTopic topic)
        {
            var lines = new List<string> { Title(topic) };
            if (AgendaText.HasText(topic.Detail))
            {
                lines.Add(AgendaText.OneLine(topic.Detail, DetailLength));
            }

            return lines;
        }

        /// <summary>The topic's title with its deal, unless the title already ends with the deal's name (a signal's "Won without approval: Contoso").</summary>
        private static string Title(AgendaTopic topic)
        {
            var title = AgendaText.OneLine(topic.Title, TitleLength);
            var deal = AgendaText.OneLine(topic.DealName, NameLength);
            return deal.Length == 0 || title.EndsWith(deal, StringComparison.OrdinalIgnoreCase) ? title : $"{title} — {deal}";
        }

        private static string DealWords(AgendaTopic topic) =>
            AgendaText.HasText(topic.DealName) ? AgendaText.OneLine(topic.DealName, NameLength) : "a deal";

        private static string SourceWords(TopicSource source)
        {
            switch (source)
            {
                case TopicSource.ParkedRequest: return "a parked help request";
                case TopicSource.Signal: return "manager involvement";
                case TopicSource.StageGateFailure: return "a stage gate";
                default: return "added by hand";
            }
        }

        private static string? FirstName(AgendaRequest request)
        {
            if (AgendaText.HasText(request.RepFirstName))
            {
                return AgendaText.OneLine(request.RepFirstName, NameLength);
            }

            var word = AgendaText.OneLine(request.RepName, NameLength).Split(' ').FirstOrDefault();
            return string.IsNullOrEmpty(word) ? null : word;
        }

        private static string Fit(string text, int maximumLength) =>
            text.Length <= maximumLength ? text : text.Substring(0, maximumLength - 1) + "…";

        private sealed class Section
        {
            public Section(string title, List<List<string>> items)
            {
                Title = title;
                Items = items;
            }

            public string Title { get; }

            public List<List<string>> Items { get; }
        }
    }
}
