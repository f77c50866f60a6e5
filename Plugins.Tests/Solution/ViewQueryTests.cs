using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Querying;
using CrmIndependence.Solution.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.SolutionPackage
{
    /// <summary>
    /// Every view's and chart's FetchXml runs on the emulator's query engine against a sample org (two managers,
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
    /// A small org on the emulator's query engine: the standard tables plus the solution's (loaded from the
    /// source), two managers with two reps each, and for every manager view rows that match it and rows that
    /// must not (another team's, wrong status, outside the period).
    /// </summary>
    public sealed class SampleOrg : IQuerySource
    {
        private readonly MetadataCatalog catalog;
        private readonly Dictionary<string, List<Entity>> rows = new(StringComparer.Ordinal);
        private readonly Dictionary<Guid, string> names = new();
        private readonly Dictionary<string, Dictionary<Guid, HashSet<Guid>>> expected = new(StringComparer.Ordinal);
        private Guid caller;

        private SampleOrg(MetadataCatalog catalog, DateTime now)
        {
            this.catalog = catalog;
            UtcNow = now;
        }

        public Guid Director { get; private set; }

        public Guid Manager1 { get; private set; }

        public Guid Manager2 { get; private set; }

        public Dictionary<Guid, List<Guid>> Teams { get; } = new();

        public DateTime UtcNow { get; }

        public Guid CallerId => caller;

        public Guid CallerBusinessUnitId { get; } = Guid.NewGuid();

        public static SampleOrg Create(DateTime now)
        {
            var org = new SampleOrg(SolutionTables.CreateCatalog(SolutionTestLayout.SourceFolder), now);
            org.Seed();
            return org;
        }

        public EntityCollection Run(Guid user, string fetchXml)
        {
            caller = user;
            return new QueryEngine(this).RetrieveMultiple(new FetchExpression(fetchXml));
        }

        public List<Guid> TeamOf(Guid manager) => Teams[manager].Append(manager).ToList();

        public string NameOf(Guid user) => names.TryGetValue(user, out var name) ? name : user.ToString();

        public List<Guid> ExpectedFor(string view, Guid manager) =>
            expected.TryGetValue(view, out var byManager) && byManager.TryGetValue(manager, out var ids) ? ids.ToList() : new List<Guid>();

        /// <summary>The rep a row belongs to: cri_repid, else the owner.</summary>
        public Guid RepOf(Entity row)
        {
            var reference = row.GetAttributeValue<EntityReference>("cri_repid") ?? row.GetAttributeValue<EntityReference>("ownerid");
            return reference!.Id;
        }

        public IQueryTable Table(string logicalName) => new SampleTable(this, catalog.Table(logicalName));

        public string? PrimaryNameOf(string logicalName, Guid id)
        {
            var table = catalog.FindTable(logicalName);
            var row = table == null ? null : RowsOf(logicalName).FirstOrDefault(r => r.Id == id);
            return row == null || table!.PrimaryNameAttribute == null ? null : row.GetAttributeValue<string>(table.PrimaryNameAttribute);
        }

        private List<Entity> RowsOf(string table) => rows.TryGetValue(table, out var list) ? list : rows[table] = new List<Entity>();

        private Guid Add(string table, Action<Entity> fill, Guid? owner = null)
        {
            var definition = catalog.Table(table);
            var entity = new Entity(table, Guid.NewGuid());
            entity[definition.PrimaryIdAttribute] = entity.Id;
            if (definition.HasColumn("statecode"))
            {
                entity["statecode"] = new OptionSetValue(0);
                entity["statuscode"] = new OptionSetValue(definition.States.Count > 0 ? definition.States[0].DefaultStatus : 1);
            }

            if (owner != null && definition.HasColumn("ownerid"))
            {
                entity["ownerid"] = new EntityReference("systemuser", owner.Value);
            }

            entity["createdon"] = UtcNow.AddDays(-1);
            fill(entity);
            RowsOf(table).Add(entity);
            return entity.Id;
        }

        private Guid User(string name, Guid? parent)
        {
            var id = Add("systemuser", user =>
            {
                user["fullname"] = name;
                if (parent != null)
                {
                    user["parentsystemuserid"] = new EntityReference("systemuser", parent.Value);
                }
            });
            names[id] = name;
            return id;
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
                foreach (var rep in Teams[manager])
                {
                    var deal = Add("opportunity", o => { o["name"] = "Deal of " + names[rep]; }, rep);
                    var other = Add("opportunity", o => { o["name"] = "Quiet deal of " + names[rep]; }, rep);

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
                        s["cri_name"] = names[rep]; s["cri_repid"] = User(rep); s["cri_weekstart"] = weekStart; s["cri_score"] = score;
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
                        s["cri_name"] = "Coaching " + names[rep]; s["cri_repid"] = User(rep); s["cri_managerid"] = User(manager);
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

        private sealed class SampleTable : IQueryTable
        {
            private readonly SampleOrg org;
            private readonly TableDefinition table;

            public SampleTable(SampleOrg org, TableDefinition table)
            {
                this.org = org;
                this.table = table;
            }

            public string LogicalName => table.LogicalName;

            public string PrimaryIdAttribute => table.PrimaryIdAttribute;

            public string? PrimaryNameAttribute => table.PrimaryNameAttribute;

            public string? HierarchyParentAttribute => table.HierarchyParentAttribute;

            public QueryColumnKind? KindOf(string column) => table.FindColumn(column)?.Kind switch
            {
                null => null,
                ColumnKind.Text => QueryColumnKind.Text,
                ColumnKind.MultilineText => QueryColumnKind.Memo,
                ColumnKind.WholeNumber => QueryColumnKind.WholeNumber,
                ColumnKind.BigInt => QueryColumnKind.BigInt,
                ColumnKind.Decimal => QueryColumnKind.Decimal,
                ColumnKind.Float => QueryColumnKind.Double,
                ColumnKind.Money => QueryColumnKind.Money,
                ColumnKind.YesNo => QueryColumnKind.Boolean,
                ColumnKind.DateTime => QueryColumnKind.DateTime,
                ColumnKind.Choice => QueryColumnKind.Choice,
                ColumnKind.Lookup => QueryColumnKind.Lookup,
                ColumnKind.Customer => QueryColumnKind.Customer,
                ColumnKind.Owner => QueryColumnKind.Owner,
                ColumnKind.State => QueryColumnKind.State,
                ColumnKind.Status => QueryColumnKind.Status,
                _ => QueryColumnKind.UniqueIdentifier,
            };

            public string? OptionLabel(string column, int value) => table.FindColumn(column)?.LabelOf(value);

            public IEnumerable<Entity> Rows() => org.RowsOf(table.LogicalName);

            public IEnumerable<Entity> RowsWhereEqual(string column, object key) =>
                Rows().Where(row => row.Attributes.TryGetValue(column, out var value) && Matches(value, key));

            private static bool Matches(object? value, object key) => value switch
            {
                EntityReference reference => key is Guid id && reference.Id == id,
                OptionSetValue option => key is int number && option.Value == number,
                Money money => key is decimal amount && money.Value == amount,
                string text => key is string other && string.Equals(text, other, StringComparison.OrdinalIgnoreCase),
                null => false,
                _ => Equals(value, key),
            };
        }
    }
}
