using System;
using System.Linq;
using CrmIndependence.Plugins.Involvement.Steps;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Scoring;
using CrmIndependence.Plugins.Scoring.Steps;
using CrmIndependence.Plugins.Signals;
using CrmIndependence.Plugins.Signals.Platform;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Scoring
{
    /// <summary>Every new signal updates the rep's weekly score row: 100 minus the week's weights, one row per rep per week, counted once.</summary>
    [TestClass]
    public sealed class IndependenceScoreRowTests
    {
        [TestMethod]
        public void The_weekly_score_is_100_minus_the_weights_of_the_weeks_signals()
        {
            var org = new SalesOrg();

            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);       // 5
            org.LogActivity(org.Max, org.RileysDeal);                       // 3
            org.AssignToSelf(org.Max, org.RileysDeal);                      // 20

            var row = ScoreRows(org, org.Riley).Single();
            Assert.AreEqual(100 - 5 - 3 - 20, row.GetAttributeValue<int>(IndependenceScore.Score));
            Assert.AreEqual(1, row.GetAttributeValue<int>(IndependenceScore.ManagerEdits));
            Assert.AreEqual(1, row.GetAttributeValue<int>(IndependenceScore.ManagerActivities));
            Assert.AreEqual(1, row.GetAttributeValue<int>(IndependenceScore.ManagerTakeovers));
            Assert.AreEqual(3, row.GetAttributeValue<int>(IndependenceScore.SignalCount));
            Assert.AreEqual(IndependenceScoring.WeekStart(org.Org.Now), row.GetAttributeValue<DateTime>(IndependenceScore.WeekStart));
            Assert.AreEqual(0, org.Org.AsyncFailures.Count, org.AsyncFailureText());
        }

        [TestMethod]
        public void The_signal_and_the_weekly_row_belong_to_the_rep_they_are_about_not_to_the_manager_or_system()
        {
            var org = new SalesOrg();

            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);

            // Owned by the rep: the rep reads them at user depth; Max reaches them through the manager hierarchy.
            var signal = org.Signals().Single();
            Assert.AreEqual(org.Riley.Id, signal.GetAttributeValue<EntityReference>(DependencySignal.OwnerId).Id);
            var row = ScoreRows(org, org.Riley).Single();
            Assert.AreEqual(org.Riley.Id, row.GetAttributeValue<EntityReference>(IndependenceScore.OwnerId).Id);
            Assert.AreEqual(0, org.Org.AsyncFailures.Count, org.AsyncFailureText());
        }

        [TestMethod]
        public void Signals_in_different_weeks_make_two_rows()
        {
            var org = new SalesOrg();
            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);

            org.Clock.Advance(TimeSpan.FromDays(7));
            org.Win(org.Max, org.RileysDeal);

            var rows = ScoreRows(org, org.Riley).OrderBy(row => row.GetAttributeValue<DateTime>(IndependenceScore.WeekStart)).ToArray();
            Assert.AreEqual(2, rows.Length);
            Assert.AreEqual(95, rows[0].GetAttributeValue<int>(IndependenceScore.Score));
            Assert.AreEqual(85, rows[1].GetAttributeValue<int>(IndependenceScore.Score));
            Assert.AreEqual(7, (rows[1].GetAttributeValue<DateTime>(IndependenceScore.WeekStart) - rows[0].GetAttributeValue<DateTime>(IndependenceScore.WeekStart)).TotalDays);
        }

        [TestMethod]
        public void Each_rep_has_their_own_row()
        {
            var org = new SalesOrg();

            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);
            org.Edit(org.Max, org.SamsDeal, Opportunity.SalesStage);
            org.Edit(org.Olive, org.TomsDeal, Opportunity.SalesStage);

            Assert.AreEqual(1, ScoreRows(org, org.Riley).Count());
            Assert.AreEqual(1, ScoreRows(org, org.Sam).Count());
            Assert.AreEqual(1, ScoreRows(org, org.Tom).Count());
        }

        [TestMethod]
        public void Recording_the_same_signal_twice_counts_it_once()
        {
            var org = new SalesOrg();
            var signal = new Signal(SignalKind.FastResponse, org.Riley.Id, org.Org.Now, "Max answered within 5 minutes.", IdempotencyKey.For(SignalKind.FastResponse, Guid.NewGuid()));

            var first = SignalRecorder.Record(org.Org.AsSystem, signal);
            var second = SignalRecorder.Record(org.Org.AsSystem, signal);

            Assert.IsTrue(first);
            Assert.IsFalse(second);
            Assert.AreEqual(1, org.Signals().Length);
            var row = ScoreRows(org, org.Riley).Single();
            Assert.AreEqual(1, row.GetAttributeValue<int>(IndependenceScore.FastResponses));
            Assert.AreEqual(97, row.GetAttributeValue<int>(IndependenceScore.Score));
        }

        [TestMethod]
        public void Running_the_score_step_twice_for_the_same_signal_is_what_the_idempotency_key_prevents()
        {
            var org = new SalesOrg();
            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);
            var edit = org.Org.LastOperation!.RunsOf<DetectManagerDealChanges>().Single();

            PluginHarness.Replay(org, edit);

            Assert.AreEqual(1, ScoreRows(org, org.Riley).Single().GetAttributeValue<int>(IndependenceScore.ManagerEdits), "the retried recording found its signal: no new Create, no second count");
        }

        [TestMethod]
        public void Two_first_signals_of_a_week_racing_to_create_the_row_are_both_counted()
        {
            var org = new SalesOrg();
            var (context, _) = SeededSignal(org, SignalKind.ManagerEditedDeal);
            var interleaved = false;

            var trace = PluginHarness.Execute(org, typeof(ApplySignalToWeeklyScore), context, service => new ScoreReadHook(service)
            {
                AfterRetrieveScore = () =>
                {
                    if (!interleaved)
                    {
                        interleaved = true;
                        org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage); // another signal's step creates the week's row first
                    }
                },
            });

            StringAssert.Contains(string.Join("\n", trace), "lost a race");
            var row = ScoreRows(org, org.Riley).Single();
            Assert.AreEqual(2, row.GetAttributeValue<int>(IndependenceScore.ManagerEdits));
            Assert.AreEqual(90, row.GetAttributeValue<int>(IndependenceScore.Score));
        }

        [TestMethod]
        public void A_signal_updated_between_the_read_and_the_write_is_not_lost()
        {
            var org = new SalesOrg();
            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);
            var (context, _) = SeededSignal(org, SignalKind.ManagerClosedDeal);
            var interleaved = false;

            PluginHarness.Execute(org, typeof(ApplySignalToWeeklyScore), context, service => new ScoreReadHook(service)
            {
                AfterRetrieveScore = () =>
                {
                    if (!interleaved)
                    {
                        interleaved = true;
                        org.LogActivity(org.Max, org.RileysDeal);
                    }
                },
            });

            var row = ScoreRows(org, org.Riley).Single();
            Assert.AreEqual(3, row.GetAttributeValue<int>(IndependenceScore.SignalCount));
            Assert.AreEqual(100 - 5 - 15 - 3, row.GetAttributeValue<int>(IndependenceScore.Score));
        }

        [TestMethod]
        public void A_signal_without_a_rep_is_traced_and_not_scored()
        {
            var org = new SalesOrg();

            org.Org.AsSystem.Create(new Entity(DependencySignal.EntityName)
            {
                [DependencySignal.PrimaryName] = "hand-made",
                [DependencySignal.Kind] = new OptionSetValue((int)SignalKind.CoachingSkipped),
                [DependencySignal.IdempotencyKey] = "manual-1",
            });

            Assert.AreEqual(0, org.Org.Rows(IndependenceScore.EntityName).Count);
            Assert.AreEqual(0, org.Org.AsyncFailures.Count);
            StringAssert.Contains(string.Join("\n", org.Org.LastOperation!.Trace), "names no rep");
        }

        /// <summary>Runs <see cref="AfterRetrieveScore"/> each time the step has read (or failed to find) the week's score row.</summary>
        private sealed class ScoreReadHook : IOrganizationService
        {
            private readonly IOrganizationService inner;

            public ScoreReadHook(IOrganizationService service)
            {
                inner = service;
            }

            public Action? AfterRetrieveScore { get; set; }

            public Guid Create(Entity entity) => inner.Create(entity);

            public Entity Retrieve(string entityName, Guid id, Microsoft.Xrm.Sdk.Query.ColumnSet columnSet) => inner.Retrieve(entityName, id, columnSet);

            public void Update(Entity entity) => inner.Update(entity);

            public void Delete(string entityName, Guid id) => inner.Delete(entityName, id);

            public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => inner.Associate(entityName, entityId, relationship, relatedEntities);

            public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => inner.Disassociate(entityName, entityId, relationship, relatedEntities);

            public EntityCollection RetrieveMultiple(Microsoft.Xrm.Sdk.Query.QueryBase query) => inner.RetrieveMultiple(query);

            public OrganizationResponse Execute(OrganizationRequest request)
            {
                var isScoreRead = request is Microsoft.Xrm.Sdk.Messages.RetrieveRequest { Target.LogicalName: IndependenceScore.EntityName };
                try
                {
                    return inner.Execute(request);
                }
                finally
                {
                    if (isScoreRead)
                    {
                        AfterRetrieveScore?.Invoke();
                    }
                }
            }
        }

        private static System.Collections.Generic.IEnumerable<Entity> ScoreRows(SalesOrg org, CrmIndependence.Emulator.Identity.User rep) =>
            org.Org.Rows(IndependenceScore.EntityName).Where(row => row.GetAttributeValue<EntityReference>(IndependenceScore.RepId)?.Id == rep.Id);

        /// <summary>A signal about Riley stored without running any step, and the context its score step would get.</summary>
        private static (HandMadeContext Context, Guid SignalId) SeededSignal(SalesOrg org, SignalKind kind)
        {
            var row = new Entity(DependencySignal.EntityName)
            {
                [DependencySignal.PrimaryName] = SignalKinds.Label(kind),
                [DependencySignal.Kind] = new OptionSetValue((int)kind),
                [DependencySignal.RepId] = org.Riley.ToEntityReference(),
                [DependencySignal.OccurredOn] = org.Org.Now,
                [DependencySignal.Details] = "seeded for a race",
                [DependencySignal.IdempotencyKey] = IdempotencyKey.For(kind, Guid.NewGuid()),
            };
            row.Id = org.Org.Seed(row);
            return (HandMadeContext.AsyncCreate(org, row, org.Org.SystemUser.Id), row.Id);
        }
    }
}
