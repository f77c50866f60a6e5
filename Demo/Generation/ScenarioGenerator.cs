using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmIndependence.Demo.Reporting;
using CrmIndependence.Demo.Scenarios;
using CrmIndependence.Plugins.Schema;

namespace CrmIndependence.Demo.Generation
{
    /// <summary>
    /// Generates a scenario for a sales org of any size: a director, M managers (even-numbered ones hands-off,
    /// odd-numbered ones over-involved), N reps spread over them, and D days of work at realistic rates. Deterministic:
    /// the same settings give the same scenario, event for event.
    /// </summary>
    public sealed class ScenarioGenerator
    {
        private static readonly string[] FirstNames =
        {
            "Riley", "Sam", "Tom", "Uma", "Priya", "Jonas", "Lena", "Marco", "Aisha", "Ben", "Chloe", "Diego", "Elif", "Femi", "Greta", "Hugo",
            "Ines", "Jack", "Kira", "Luis", "Mina", "Noah", "Olga", "Pedro", "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wes", "Yara",
        };

        private static readonly string[] LastNames =
        {
            "Adams", "Baker", "Chen", "Dubois", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Jensen", "Kowalski", "Lopez", "Moreau", "Novak",
            "Okafor", "Petrov", "Rossi", "Silva", "Tanaka", "Vogel", "Weber", "Young", "Zhang", "Murphy",
        };

        private static readonly string[] Companies =
        {
            "Contoso", "Fabrikam", "Northwind", "Adventure Works", "Tailspin", "Litware", "Proseware", "Wingtip", "Woodgrove", "Alpine Ski House",
            "Coho Vineyard", "Blue Yonder", "Humongous Insurance", "Lucerne Publishing", "Margie's Travel", "Trey Research", "Wide World Importers",
            "Fourth Coffee", "Graphic Design Institute", "School of Fine Art",
        };

        /// <summary>How many agenda topics an over-involved manager resolves in a held session (the oldest first); the rest carry over.</summary>
        private const int OverInvolvedTopicsPerSession = 5;

        private static readonly string[] DealKinds = { "expansion", "renewal", "pilot", "new logo", "upgrade", "rollout", "migration", "add-on" };

        private static readonly (string Table, string Subject, int Weight)[] ActivityMix =
        {
            ("phonecall", "Discovery call", 40), ("email", "Proposal follow-up", 35), ("task", "Prepare pricing", 15), ("appointment", "On-site demo", 10),
        };

        private readonly GeneratorSettings settings;
        private readonly Random random;
        private readonly List<ScenarioEvent> events = new();
        private int requestNumber;

        public ScenarioGenerator(GeneratorSettings settings)
        {
            if (settings.Reps < 1 || settings.Managers < 1 || settings.Days < 1 || settings.Managers > settings.Reps)
            {
                throw new ArgumentException("A generated org needs at least one rep, at least one manager (no more managers than reps) and at least one day.");
            }

            this.settings = settings;
            random = new Random(settings.Seed);
        }

        public static Scenario Generate(GeneratorSettings settings) => new ScenarioGenerator(settings).Build();

        /// <summary>The bundled sample: a director, Hannah (hands-off) and Oscar (over-involved), eight reps, 90 days.</summary>
        public static GeneratorSettings Sample => new()
        {
            Reps = 8, Managers = 2, Days = 90, Seed = 7, EnforceFromDay = 45,
            Name = "Sample: Hannah Reyes (hands-off) and Oscar Grant (over-involved), 8 reps, 90 days; observe for 45 days, then enforce",
        };

        private DateTime Start => ScenarioParser.DefaultStart;

        private Scenario Build()
        {
            var sample = settings.Reps == 8 && settings.Managers == 2;
            var users = new List<ScenarioUser> { new("dana", "Dana Director", null) };
            var managers = new List<Manager>();
            for (var m = 0; m < settings.Managers; m++)
            {
                var key = sample ? (m == 0 ? "hannah" : "oscar") : $"mgr{m + 1:000}";
                var name = sample ? (m == 0 ? "Hannah Reyes" : "Oscar Grant") : $"{FirstNames[(m * 7 + 3) % FirstNames.Length]} {LastNames[(m * 5 + 1) % LastNames.Length]} (M{m + 1})";
                users.Add(new ScenarioUser(key, name, "dana"));
                managers.Add(new Manager(key, OverInvolved: m % 2 == 1));
            }

            var reps = new List<Rep>();
            for (var r = 0; r < settings.Reps; r++)
            {
                var manager = managers[r % managers.Count];
                var first = FirstNames[r % FirstNames.Length];
                var key = sample ? first.ToLowerInvariant() : $"rep{r + 1:000}";
                var name = sample ? $"{first} {LastNames[r % LastNames.Length]}" : $"{first} {LastNames[(r / FirstNames.Length + r) % LastNames.Length]} (R{r + 1})";
                users.Add(new ScenarioUser(key, name, manager.Key));
                reps.Add(new Rep(key, manager, CoachingWeekday: r % 5));
            }

            var accounts = new List<ScenarioAccount>();
            var deals = new List<ScenarioDeal>();
            var windows = new List<Deal>();
            foreach (var rep in reps)
            {
                var dealCount = 3 + settings.Days / 20;
                for (var d = 0; d < dealCount; d++)
                {
                    var company = Companies[(accounts.Count * 7 + d) % Companies.Length];
                    var key = $"{rep.Key}-d{d + 1}";
                    var accountKey = key + "-acct";
                    accounts.Add(new ScenarioAccount(accountKey, $"{company} ({rep.Key})", rep.Key));
                    var open = d < 3 ? 0 : random.Next(0, Math.Max(1, settings.Days - 20));
                    var close = open + random.Next(20, 46);
                    var value = 500m * random.Next(20, 500);
                    deals.Add(new ScenarioDeal(key, $"{company} {DealKinds[(d + rep.Key.Length) % DealKinds.Length]}", rep.Key, accountKey,
                        Opportunity.SalesStageOption.Qualify, value, null, null));
                    windows.Add(new Deal(key, rep, open, close, value));
                }
            }

            var authority = new List<ScenarioAuthority>
            {
                new("Everyone: discounts up to 10%", DecisionAuthorityTable.DecisionTypeOption.DiscountPercent, DecisionAuthorityTable.AppliesToOption.Everyone, null, 10m, null),
            };
            authority.AddRange(managers.Select(m => new ScenarioAuthority($"{m.Key}: discounts up to 25%",
                DecisionAuthorityTable.DecisionTypeOption.DiscountPercent, DecisionAuthorityTable.AppliesToOption.User, m.Key, 25m, null)));

            var requirements = new List<ScenarioStageRequirement>
            {
                new(Opportunity.SalesStageOption.Qualify, StageRequirement.KindOption.ColumnHasValue, "Name the decision maker (contact) before leaving Qualify",
                    Opportunity.ParentContactId, null, null, null, null, null),
                new(Opportunity.SalesStageOption.Develop, StageRequirement.KindOption.CompletedActivities, "Log at least 2 completed phone calls before leaving Develop",
                    null, "phonecall", 2, null, null, null),
                new(Opportunity.SalesStageOption.Close, StageRequirement.KindOption.ColumnHasValue, "Agree the estimated close date with the customer before closing",
                    Opportunity.EstimatedCloseDate, null, null, null, null, null),
            };

            var dealsOf = windows.GroupBy(w => w.Rep).ToDictionary(g => g.Key, g => g.ToList());
            for (var day = 0; day < settings.Days; day++)
            {
                if (settings.EnforceFromDay == day && day > 0)
                {
                    Add(new PolicyEvent(0, At(day, 7, 0), ScenarioNames.System, "{\"mode\":\"enforce\"}"));
                }

                if (!IsWorkingDay(day))
                {
                    continue;
                }

                foreach (var rep in reps)
                {
                    PlayRepDay(rep, day, dealsOf[rep]);
                }
            }

            var ordered = events.Select((e, i) => (e, i)).OrderBy(p => p.e.At).ThenBy(p => p.i).Select((p, i) => p.e with { Index = i }).ToList();
            var policy = settings.EnforceFromDay == 0 ? "{\"mode\":\"enforce\"}" : "{\"mode\":\"observe\"}";
            var title = sample ? settings.Name : $"{settings.Name}: {Plural.Of(settings.Reps, "rep")}, {Plural.Of(settings.Managers, "manager")}, {Plural.Of(settings.Days, "day")}, seed {settings.Seed}";
            return new Scenario("(generated)", title, Start, policy, users, accounts, deals, authority, requirements, ordered) { Timeline = ordered };
        }

        private bool IsWorkingDay(int day) => (int)Start.AddDays(day).DayOfWeek is >= 1 and <= 5;

        private DateTime At(int day, int hour, int minute) => Start.AddDays(day).AddHours(hour).AddMinutes(minute);

        private DateTime WorkTime(int day) => At(day, 8, 0).AddMinutes(random.Next(0, 9 * 60));

        private void Add(ScenarioEvent scenarioEvent) => events.Add(scenarioEvent);

        private bool Chance(double p) => random.NextDouble() < p;

        private void PlayRepDay(Rep rep, int day, List<Deal> deals)
        {
            var active = deals.Where(d => d.Open <= day && day < d.Close && !d.TakenOver).ToList();
            var manager = rep.Manager;

            foreach (var deal in deals.Where(d => d.Close == day))
            {
                PlayClose(deal, day);
            }

            if (active.Count > 0)
            {
                var count = (int)settings.RepActivitiesPerDay + (Chance(settings.RepActivitiesPerDay % 1) ? 1 : 0);
                for (var i = 0; i < count; i++)
                {
                    var deal = active[random.Next(active.Count)];
                    var mix = Pick(ActivityMix, a => a.Weight);
                    Add(new ActivityEvent(0, WorkTime(day), rep.Key, deal.Key, mix.Table, mix.Subject, Completed: Chance(0.9)));
                }

                foreach (var deal in active)
                {
                    PlayStages(deal, day);
                }

                // The manager's involvement: the over-involved one edits, calls and takes over; the hands-off one rarely does.
                var over = manager.OverInvolved;
                if (Chance(over ? 0.3 : 0.01))
                {
                    var deal = active[random.Next(active.Count)];
                    var edit = random.Next(4);
                    Add(new EditDealEvent(0, WorkTime(day), manager.Key, deal.Key,
                        Stage: null,
                        Value: edit == 0 ? Math.Round(deal.Value * (decimal)(0.9 + random.NextDouble() * 0.2) / 500m) * 500m : null,
                        Discount: edit == 1 ? random.Next(3, 9) : null,
                        Probability: edit == 2 ? random.Next(4, 10) * 10 : null,
                        CloseDate: edit == 3 ? Start.AddDays(deal.Close + random.Next(-5, 10)) : null));
                }

                if (Chance(over ? 0.5 : 0.03))
                {
                    var deal = active[random.Next(active.Count)];
                    var mix = Pick(ActivityMix, a => a.Weight);
                    Add(new ActivityEvent(0, WorkTime(day), manager.Key, deal.Key, mix.Table, "Manager: " + mix.Subject.ToLowerInvariant(), Completed: true));
                }

                if (over && Chance(0.02))
                {
                    var deal = active[random.Next(active.Count)];
                    Add(new AssignDealEvent(0, WorkTime(day), manager.Key, deal.Key, manager.Key));
                    deal.TakenOver = true;
                }
            }

            if (Chance(0.25))
            {
                PlayHelpRequest(rep, day, active);
            }

            if ((int)Start.AddDays(day).DayOfWeek - 1 == rep.CoachingWeekday && day >= 5)
            {
                PlayCoaching(rep, day);
            }
        }

        private void PlayStages(Deal deal, int day)
        {
            var length = deal.Close - deal.Open;
            var progress = (day - deal.Open + 1) / (double)length;
            var rep = deal.Rep.Key;
            if (deal.Stage == Opportunity.SalesStageOption.Qualify && progress >= 0.25)
            {
                // Most reps name the decision maker as they qualify; some move on without (a gate failure).
                Add(new MoveStageEvent(0, WorkTime(day), rep, deal.Key, Opportunity.SalesStageOption.Develop,
                    Chance(0.85) ? $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}" : null));
                deal.Stage = Opportunity.SalesStageOption.Develop;
            }
            else if (deal.Stage == Opportunity.SalesStageOption.Develop && progress >= 0.5)
            {
                Add(new MoveStageEvent(0, WorkTime(day), rep, deal.Key, Opportunity.SalesStageOption.Propose, null));
                deal.Stage = Opportunity.SalesStageOption.Propose;
                var discount = random.NextDouble();
                if (discount < 0.85)
                {
                    var beyond = discount < 0.15;
                    Add(new EditDealEvent(0, WorkTime(day), rep, deal.Key, null, null, beyond ? random.Next(12, 21) : random.Next(2, 11), null, null));
                    if (beyond && day + 1 < deal.Close)
                    {
                        Add(new ApproveDealEvent(0, WorkTime(day + 1), deal.Rep.Manager.Key, deal.Key));
                    }
                }
            }
            else if (deal.Stage == Opportunity.SalesStageOption.Propose && progress >= 0.75)
            {
                if (Chance(0.85))
                {
                    Add(new EditDealEvent(0, At(day, 8, 0), rep, deal.Key, null, null, null, null, Start.AddDays(deal.Close)));
                }

                Add(new MoveStageEvent(0, At(day, 8, 30).AddMinutes(random.Next(0, 8 * 60)), rep, deal.Key, Opportunity.SalesStageOption.Close, null));
                deal.Stage = Opportunity.SalesStageOption.Close;
            }
        }

        private void PlayClose(Deal deal, int day)
        {
            var manager = deal.Rep.Manager;
            var at = At(day, 17, random.Next(0, 50));
            if (deal.TakenOver || (manager.OverInvolved && Chance(0.35)))
            {
                Add(new CloseDealEvent(0, at, manager.Key, deal.Key, Won: Chance(0.6)));
            }
            else
            {
                Add(new CloseDealEvent(0, at, deal.Rep.Key, deal.Key, Won: Chance(0.6)));
            }
        }

        private void PlayHelpRequest(Rep rep, int day, List<Deal> active)
        {
            var key = $"hr{++requestNumber}";
            var at = WorkTime(day);
            var deal = active.Count > 0 ? active[random.Next(active.Count)].Key : null;
            var kind = random.NextDouble();
            var manager = rep.Manager;
            HelpRequestEvent request;
            if (kind < 0.65)
            {
                var options = new[] { "Offer a 3-month pilot", "Bundle onboarding at cost", "Hold price, extend payment terms" }.Take(random.Next(1, 4)).ToList();
                request = new HelpRequestEvent(0, at, rep.Key, key, deal, "Customer pushes back on price", false, null,
                    "The buyer wants 20% off before signing this quarter", "Re-explained the ROI case with their CFO", options, options[0], null, null);
            }
            else if (kind < 0.75)
            {
                // Incomplete: no options, no recommendation. The plugin refuses it.
                request = new HelpRequestEvent(0, at, rep.Key, key, deal, "What should I do with this deal?", false, null,
                    "Deal is stuck", null, Array.Empty<string>(), null, null, null);
            }
            else if (kind < 0.9)
            {
                request = new HelpRequestEvent(0, at, rep.Key, key, deal, "Legal blocks the contract today", true,
                    "Signature deadline is end of day", null, null, Array.Empty<string>(), null, null, null);
            }
            else
            {
                // A decision inside the rep's authority: the suite answers "yours to decide".
                request = new HelpRequestEvent(0, at, rep.Key, key, deal, "May I give 5% discount?", false, null,
                    "Customer asks for 5% to sign this week", "Checked the margin, it holds", new[] { "Give 5%" }, "Give 5%",
                    HelpRequest.DecisionTypeOption.DiscountPercent, 5m);
            }

            Add(request);
            if (kind >= 0.65 && kind < 0.75 && Chance(0.6))
            {
                // Refused as incomplete, the rep files it again an hour or few later with what they tried, options and a recommendation.
                at = at.AddMinutes(random.Next(60, 240));
                key = $"hr{++requestNumber}";
                request = new HelpRequestEvent(0, at, rep.Key, key, deal, request.Subject, false, null,
                    "Deal is stuck: the buyer stopped answering after the demo", "Sent a recap and called their assistant",
                    new[] { "Offer a workshop with their team", "Ask our sponsor to reconnect us" }, "Offer a workshop with their team", null, null);
                Add(request);
            }
            else if (kind >= 0.65 && kind < 0.75 || kind >= 0.9)
            {
                return;
            }

            var urgent = request.Urgent;
            int? minutes = manager.OverInvolved
                ? (Chance(0.9) ? random.Next(4, 40) : null)
                : urgent ? random.Next(10, 45) : (Chance(0.6) ? random.Next(75, 300) : null);
            if (minutes.HasValue)
            {
                Add(new AnswerEvent(0, at.AddMinutes(minutes.Value), manager.Key, key,
                    manager.OverInvolved ? "Let me handle it. I'll call them myself." : "Your recommendation works. Go with it."));
            }
        }

        private void PlayCoaching(Rep rep, int day)
        {
            var manager = rep.Manager;
            var at = At(day, 15, random.Next(0, 60));
            var roll = random.NextDouble();
            if (manager.OverInvolved ? roll < 0.5 : roll < 0.85)
            {
                // A hands-off manager works through the whole agenda; an over-involved one gets through the oldest few.
                Add(new CoachingEvent(0, at, manager.Key, rep.Key, CoachingSession.SessionStatusOption.Held, null, null, "Went through the agenda; rep owns the next steps.",
                    manager.OverInvolved ? OverInvolvedTopicsPerSession : CoachingEvent.AllTopics));
            }
            else if (manager.OverInvolved ? roll < 0.85 : roll < 0.95)
            {
                var status = manager.OverInvolved ? CoachingSession.SessionStatusOption.Skipped : CoachingSession.SessionStatusOption.Rescheduled;
                Add(new CoachingEvent(0, at, manager.Key, rep.Key, status, manager.OverInvolved ? "Customer escalation took the afternoon" : "Rep at customer site",
                    At(day + random.Next(2, 6), 10, 0), null));
            }
            else
            {
                // Skipped without a reason or a new date: the plugin refuses it.
                Add(new CoachingEvent(0, at, manager.Key, rep.Key, CoachingSession.SessionStatusOption.Skipped, null, null, null));
            }
        }

        private T Pick<T>(IReadOnlyList<T> items, Func<T, int> weight)
        {
            var total = items.Sum(weight);
            var roll = random.Next(total);
            foreach (var item in items)
            {
                roll -= weight(item);
                if (roll < 0)
                {
                    return item;
                }
            }

            return items[^1];
        }

        private sealed record Manager(string Key, bool OverInvolved);

        private sealed record Rep(string Key, Manager Manager, int CoachingWeekday);

        private sealed class Deal
        {
            public Deal(string key, Rep rep, int open, int close, decimal value)
            {
                Key = key;
                Rep = rep;
                Open = open;
                Close = close;
                Value = value;
            }

            public string Key { get; }

            public Rep Rep { get; }

            public int Open { get; }

            public int Close { get; }

            public decimal Value { get; }

            public int Stage { get; set; } = Opportunity.SalesStageOption.Qualify;

            public bool TakenOver { get; set; }
        }
    }
}
