using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Solution.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.SolutionPackage
{
    /// <summary>
    /// Every view's and chart's FetchXml runs on the emulator against a sample org (two managers,
    /// each with two reps, over the metadata loaded from the solution source) and returns for a manager exactly
    /// their team's records.
    /// </summary>
    [TestClass]
    public sealed class ViewQueryTests
    {
        private static readonly DateTime Now = new(2025, 3, 12, 12, 0, 0, DateTimeKind.Utc); // a Wednesday

        [TestMethod]
        public void Every_view_and_chart_runs_on_the_emulator()
        {
            var org = SampleOrg.Create(Now);
            var failures = new List<string>();
            foreach (var entity in SolutionTestLayout.Source.Entities)
            {
                foreach (var fetch in entity.SavedQueries.Select(v => (Name: Name(v), Fetch: v.Element("fetchxml")!.Element("fetch")!))
                    .Concat(entity.Visualizations.Select(c => (Name: Name(c), Fetch: c.Descendants("fetch").Single()))))
                {
                    try
                    {
                        org.Run(org.Manager1, fetch.Fetch.ToString().Replace("{0}", "%", StringComparison.Ordinal));
                    }
                    catch (Exception error)
                    {
                        failures.Add($"{entity.LogicalName} '{fetch.Name}': {error.Message}");
                    }
                }
            }

            Assert.AreEqual(0, failures.Count, string.Join(Environment.NewLine, failures));
        }

        [TestMethod]
        public void Every_manager_view_and_chart_returns_exactly_the_manager_s_team()
        {
            var org = SampleOrg.Create(Now);
            var checkedViews = 0;
            foreach (var entity in SolutionTestLayout.Source.Entities)
            {
                foreach (var view in entity.SavedQueries.Where(v => v.ToString().Contains("eq-useroruserhierarchy", StringComparison.Ordinal)))
                {
                    foreach (var manager in new[] { org.Manager1, org.Manager2 })
                    {
                        var rows = org.Run(manager, view.Element("fetchxml")!.Element("fetch")!.ToString()).Entities;
                        Assert.IsTrue(rows.Count > 0, $"'{Name(view)}' finds the sample rows made for it");
                        foreach (var row in rows)
                        {
                            var owner = org.RepOf(row);
                            Assert.IsTrue(org.TeamOf(manager).Contains(owner), $"'{Name(view)}' for {org.NameOf(manager)} returned a row of {org.NameOf(owner)}");
                        }

                        var expected = org.ExpectedFor(Name(view), manager);
                        Assert.AreEqual(expected.Count, rows.Select(r => r.Id).Distinct().Count(), $"'{Name(view)}' for {org.NameOf(manager)}");
                        CollectionAssert.AreEquivalent(expected, rows.Select(r => r.Id).Distinct().ToList(), $"'{Name(view)}' for {org.NameOf(manager)}");
                    }

                    checkedViews++;
                }

                foreach (var chart in entity.Visualizations)
                {
                    var result = org.Run(org.Manager1, chart.Descendants("fetch").Single().ToString()).Entities;
                    Assert.IsTrue(result.Count > 0, $"chart '{Name(chart)}' has data");
                }
            }

            Assert.AreEqual(8, checkedViews, "the eight manager views");
        }

        private static string Name(XElement element) => element.Element("LocalizedNames")!.Element("LocalizedName")!.Attribute("description")!.Value;
    }

    /// <summary>
    /// A small emulated org: the standard tables plus the solution's (loaded from the source), two managers with
    /// two reps each, and for every manager view rows that match it and rows that must not (another team's, wrong
    /// status, outside the period). Rows are seeded (validated against the metadata, no plug-ins run).
    /// </summary>
    public sealed class SampleOrg
    {
        private readonly Org org;
        private readonly Dictionary<Guid, User> users = new();
        private readonly Dictionary<string, Dictionary<Guid, HashSet<Guid>>> expected = new(StringComparer.Ordinal);

        private SampleOrg(DateTime now)
        {
            org = Org.Create(new SimulatedClock(now), metadata: SolutionTables.CreateCatalog(SolutionTestLayout.SourceFolder));
            UtcNow = now;
        }

        public Guid Director { get; private set; }

        public Guid Manager1 { get; private set; }

        public Guid Manager2 { get; private set; }

        public Dictionary<Guid, List<Guid>> Teams { get; } = new();

        public DateTime UtcNow { get; }

        public static SampleOrg Create(DateTime now)
        {
            var org = new SampleOrg(now);
            org.Seed();
            return org;
        }

        /// <summary>Runs a view's FetchXml as <paramref name="user"/> (no plug-ins run).</summary>
        public EntityCollection Run(Guid user, string fetchXml) => org.Query(new FetchExpression(fetchXml), users[user]);

        public List<Guid> TeamOf(Guid manager) => Teams[manager].Append(manager).ToList();

        public string NameOf(Guid user) => users.TryGetValue(user, out var found) ? found.FullName : user.ToString();

        public List<Guid> ExpectedFor(string view, Guid manager) =>
            expected.TryGetValue(view, out var byManager) && byManager.TryGetValue(manager, out var ids) ? ids.ToList() : new List<Guid>();

        /// <summary>The rep a row belongs to: cri_repid, else the owner.</summary>
        public Guid RepOf(Entity row)
        {
            var reference = row.GetAttributeValue<EntityReference>("cri_repid") ?? row.GetAttributeValue<EntityReference>("ownerid");
            return reference!.Id;
        }

        private Guid Add(string table, Action<Entity> fill, Guid? owner = null)
        {
            var entity = new Entity(table);
            if (owner != null && org.Metadata.Table(table).HasColumn("ownerid"))
            {
                entity["ownerid"] = new EntityReference("systemuser", owner.Value);
            }

            entity["createdon"] = UtcNow.AddDays(-1);
            fill(entity);
            return org.Seed(entity, owner == null ? null : users[owner.Value]);
        }

        private Guid User(string name, Guid? parent)
        {
            var user = org.Users.Add(name, reportsTo: parent == null ? null : users[parent.Value]);
            users[user.Id] = user;
            return user.Id;
        }

        private void Expect(string view, Guid manager, Guid id)
        {
            if (!expected.TryGetValue(view, out var byManager))
            {
                expected[view] = byManager = new Dictionary<Guid, HashSet<Guid>>();
            }

            if (!byManager.TryGetValue(manager, out var ids))
            {
                byManager[manager] = ids = new HashSet<Guid>();
            }

            ids.Add(id);
        }

        private static EntityReference User(Guid id) => new("systemuser", id);

        private void Seed()
        {
            Director = User("Dana Director", null);
            Manager1 = User("Mia Manager", Director);
            Manager2 = User("Max Manager", Director);
            Teams[Manager1] = new List<Guid> { User("Rita Rep", Manager1), User("Rob Rep", Manager1) };
            Teams[Manager2] = new List<Guid> { User("Ria Rep", Manager2), User("Ron Rep", Manager2) };
            var week = UtcNow.AddDays(-1);
            var lastMonth = UtcNow.AddMonths(-2);

            foreach (var manager in new[] { Manager1, Manager2 })
            {
                // The manager's own week (for the "My habits" charts), as the suite writes it: owned by the manager.
                var managersMonday = UtcNow.Date.AddDays(-((7 + (int)UtcNow.DayOfWeek - 1) % 7));
                Add("cri_managerweek", w =>
                {
                    w["cri_name"] = NameOf(manager); w["cri_managerid"] = User(manager); w["cri_directorid"] = User(Director); w["cri_weekstart"] = managersMonday;
                    w["cri_answered"] = 3; w["cri_shareinsidedelay"] = 67; w["cri_targetshare"] = 50; w["cri_interventions"] = 2; w["cri_sessionsheld"] = 1; w["cri_sessionsskipped"] = 1;
                }, manager);

                foreach (var rep in Teams[manager])
                {
                    var deal = Add("opportunity", o => { o["name"] = "Deal of " + NameOf(rep); }, rep);
                    var other = Add("opportunity", o => { o["name"] = "Quiet deal of " + NameOf(rep); }, rep);

                    // Help requests: one ready, one not yet due, one parked, one answered.
                    Expect("Help Requests Ready for My Response", manager, Add("cri_helprequest", h =>
                    {
                        h["subject"] = "Ready"; h["cri_disposition"] = new OptionSetValue(100000001); h["cri_respondafter"] = UtcNow.AddHours(-2);
                        h["regardingobjectid"] = new EntityReference("opportunity", deal);
                    }, rep));
                    Add("cri_helprequest", h => { h["subject"] = "Not yet"; h["cri_disposition"] = new OptionSetValue(100000001); h["cri_respondafter"] = UtcNow.AddHours(2); }, rep);
                    Expect("Help Requests Parked for Coaching", manager, Add("cri_helprequest", h => { h["subject"] = "Parked"; h["cri_disposition"] = new OptionSetValue(100000000); }, rep));
                    Add("cri_helprequest", h => { h["subject"] = "Answered"; h["cri_disposition"] = new OptionSetValue(100000002); h["cri_respondafter"] = UtcNow.AddHours(-5); }, rep);

                    // Signals: this week (one a stage-gate block), and two months ago.
                    Guid Signal(int kind, DateTime when, Guid? opportunity) => Add("cri_dependencysignal", s =>
                    {
                        s["cri_name"] = "Signal"; s["cri_kind"] = new OptionSetValue(kind); s["cri_repid"] = User(rep); s["cri_managerid"] = User(manager);
                        s["cri_occurredon"] = when; s["cri_weight"] = 1m; s["cri_idempotencykey"] = Guid.NewGuid().ToString("N");
                        if (opportunity != null)
                        {
                            s["cri_opportunityid"] = new EntityReference("opportunity", opportunity.Value);
                        }
                    }, manager);
                    var edited = Signal(100000000, week, deal);
                    Expect("Dependency Signals on My Team This Week", manager, edited);
                    var blocked = Signal(100000008, week, null);
                    Expect("Dependency Signals on My Team This Week", manager, blocked);
                    Expect("Stage-Gate Blocks This Month", manager, blocked);
                    Signal(100000008, lastMonth, other);
                    Expect("Deals Where I Am Over-Involved", manager, deal);

                    // Scores: this week below and above the threshold, last month below.
                    var monday = UtcNow.Date.AddDays(-((7 + (int)UtcNow.DayOfWeek - 1) % 7));
                    Guid Score(int score, DateTime weekStart) => Add("cri_independencescore", s =>
                    {
                        s["cri_name"] = NameOf(rep); s["cri_repid"] = User(rep); s["cri_weekstart"] = weekStart; s["cri_score"] = score;
                    }, rep);
                    var low = Score(rep == Teams[manager][0] ? 30 : 80, monday);
                    if (rep == Teams[manager][0])
                    {
                        Expect("Reps Above the Dependency Threshold", manager, low);
                    }

                    Score(20, monday.AddDays(-28));

                    // Coaching: this week planned, skipped last month, planned and overdue, planned next month.
                    Guid Session(int status, DateTime start) => Add("cri_coachingsession", s =>
                    {
                        s["cri_name"] = "Coaching " + NameOf(rep); s["cri_repid"] = User(rep); s["cri_managerid"] = User(manager);
                        s["cri_scheduledstart"] = start; s["cri_sessionstatus"] = new OptionSetValue(status);
                    }, manager);
                    var thisWeek = Session(100000001, UtcNow.AddHours(-3));
                    Expect("Coaching Sessions This Week", manager, thisWeek);
                    Expect("Skipped or Overdue Coaching", manager, Session(100000002, lastMonth));
                    Expect("Skipped or Overdue Coaching", manager, Session(100000000, lastMonth.AddDays(3)));
                    Session(100000000, UtcNow.AddMonths(1));
                }
            }
        }
    }
}
