using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Emulator;
using CrmIndependence.Emulator.Identity;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Scoring.Steps;
using CrmIndependence.Plugins.Signals;
using CrmIndependence.Plugins.Signals.Platform;
using CrmIndependence.Plugins.Tests.Product.Involvement;
using CrmIndependence.Plugins.Tests.SolutionPackage;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmIndependence.Plugins.Tests.Product.Scoring
{
    /// <summary>
    /// The weekly score counts each signal once, whatever runs twice, and a deleted signal's points come off its week.
    /// Dataverse may run an asynchronous job more than once
    /// (https://learn.microsoft.com/power-apps/developer/data-platform/asynchronous-service): the score job re-runs here
    /// with the very context it received.
    /// </summary>
    [TestClass]
    public sealed class CountedOnceTests
    {
        [TestMethod]
        public void The_score_job_run_twice_counts_its_signal_once()
        {
            var org = new SalesOrg();
            org.AssignToSelf(org.Max, org.RileysDeal);
            var job = org.Org.LastOperation!.RunsOf<ApplySignalToWeeklyScore>().Single();

            var trace = PluginHarness.Replay(org, job);

            var week = WeekRowOf(org, org.Riley);
            Assert.AreEqual(1, week.GetAttributeValue<int>(IndependenceScore.ManagerTakeovers));
            Assert.AreEqual(1, week.GetAttributeValue<int>(IndependenceScore.SignalCount));
            Assert.AreEqual(80, week.GetAttributeValue<int>(IndependenceScore.Score));
            Assert.AreEqual(true, org.Signals().Single().GetAttributeValue<bool?>(DependencySignal.CountedInScore));
            StringAssert.Contains(string.Join("\n", trace), "an earlier run of this job counted it");
        }

        [TestMethod]
        public void Scoring_a_signal_costs_three_service_calls_the_row_the_mark_and_the_transaction_and_a_repeated_run_two()
        {
            var org = new SalesOrg();

            // Each edit's synchronous step reads the policy first, so the score job finds it cached, as in a live org.
            org.Edit(org.Max, org.RileysDeal, Opportunity.CloseProbability, 40);
            var first = org.Org.LastOperation!.RunsOf<ApplySignalToWeeklyScore>().Single();
            org.Edit(org.Max, org.RileysDeal, Opportunity.CloseProbability, 60);
            var next = org.Org.LastOperation!.RunsOf<ApplySignalToWeeklyScore>().Single();

            Assert.AreEqual(2, WeekRowOf(org, org.Riley).GetAttributeValue<int>(IndependenceScore.SignalCount));
            foreach (var run in new[] { first, next })
            {
                Assert.AreEqual(
                    "ExecuteTransaction 1, Retrieve 2",
                    string.Join(", ", run.ServiceCallsByMessage.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} {pair.Value}")),
                    "Retrieve: the week's row by its key, the signal's mark; ExecuteTransaction: the row's Create (first signal of the week) or conditional Update, with the mark");
                Assert.AreEqual(3, run.ServiceCalls);
            }

            var calls = new List<string>();
            PluginHarness.Replay(org, first, service => new InterceptingService(service)
            {
                AfterRetrieve = (table, id) => calls.Add("Retrieve " + table),
                BeforeRetrieveMultiple = query => calls.Add("RetrieveMultiple"),
                BeforeCreate = row => calls.Add("Create " + row.LogicalName),
                BeforeUpdate = row => calls.Add("Update " + row.LogicalName),
                BeforeExecute = request => calls.Add(request.RequestName + (request is RetrieveRequest retrieve ? " " + retrieve.Target.LogicalName : string.Empty)),
            });
            Assert.AreEqual(
                $"Retrieve {IndependenceScore.EntityName}, Retrieve {DependencySignal.EntityName}",
                string.Join(", ", calls),
                "a repeated run reads the row and finds the signal's mark: it stops after two calls");
            Assert.AreEqual(2, WeekRowOf(org, org.Riley).GetAttributeValue<int>(IndependenceScore.SignalCount));
        }

        [TestMethod]
        public void Two_runs_of_the_score_job_at_the_same_moment_count_the_signal_once()
        {
            var org = new SalesOrg();
            org.Org.Options.AsyncMode = AsyncMode.Manual;
            SignalRecorder.Record(org.Org.AsSystem, TakeOver(org, "take-over-1"));
            var signal = org.Signals().Single();
            var interleaved = false;

            // One run of the signal's job reads the week and the signal; before it writes, the queued run (the same job
            // started twice) runs to the end. The first run's conditional write then fails and its retry finds the mark.
            var trace = PluginHarness.Execute(org, typeof(ApplySignalToWeeklyScore), HandMadeContext.AsyncCreate(org, signal, org.Org.SystemUser.Id),
                service => new ScoreRowHook(service)
                {
                    AfterSignalRead = () =>
                    {
                        if (!interleaved)
                        {
                            interleaved = true;
                            org.Org.RunAsyncSteps();
                        }
                    },
                });

            Assert.IsTrue(interleaved);
            var week = WeekRowOf(org, org.Riley);
            Assert.AreEqual(1, week.GetAttributeValue<int>(IndependenceScore.ManagerTakeovers));
            Assert.AreEqual(1, week.GetAttributeValue<int>(IndependenceScore.SignalCount));
            Assert.AreEqual(80, week.GetAttributeValue<int>(IndependenceScore.Score));
            var lines = string.Join("\n", trace);
            StringAssert.Contains(lines, "lost a race");
            StringAssert.Contains(lines, "an earlier run of this job counted it");
        }

        [TestMethod]
        public void A_retry_after_a_concurrency_failure_counts_the_signal_once_and_loses_no_other()
        {
            var org = new SalesOrg();
            var row = new Entity(DependencySignal.EntityName)
            {
                [DependencySignal.PrimaryName] = "Manager took over deal",
                [DependencySignal.Kind] = new OptionSetValue(DependencySignal.KindOption.ManagerTookOverDeal),
                [DependencySignal.RepId] = org.Riley.ToEntityReference(),
                [DependencySignal.OccurredOn] = org.Org.Now,
                [DependencySignal.IdempotencyKey] = "take-over-2",
            };
            row.Id = org.Org.Seed(row);   // recorded, its score job not run yet
            var interleaved = false;

            // Between the job's reads and its write another signal of the week is counted: the write loses the race,
            // the transaction saves nothing, and the retry counts the take-over on the fresh row.
            var trace = PluginHarness.Execute(org, typeof(ApplySignalToWeeklyScore), HandMadeContext.AsyncCreate(org, row, org.Org.SystemUser.Id),
                service => new ScoreRowHook(service)
                {
                    AfterSignalRead = () =>
                    {
                        if (!interleaved)
                        {
                            interleaved = true;
                            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);
                        }
                    },
                });
            var again = PluginHarness.Execute(org, typeof(ApplySignalToWeeklyScore), HandMadeContext.AsyncCreate(org, row, org.Org.SystemUser.Id));

            var week = WeekRowOf(org, org.Riley);
            Assert.AreEqual(1, week.GetAttributeValue<int>(IndependenceScore.ManagerTakeovers));
            Assert.AreEqual(1, week.GetAttributeValue<int>(IndependenceScore.ManagerEdits));
            Assert.AreEqual(2, week.GetAttributeValue<int>(IndependenceScore.SignalCount));
            Assert.AreEqual(75, week.GetAttributeValue<int>(IndependenceScore.Score));
            Assert.AreEqual(true, org.Read(DependencySignal.EntityName, row.Id).GetAttributeValue<bool?>(DependencySignal.CountedInScore));
            StringAssert.Contains(string.Join("\n", trace), "lost a race");
            StringAssert.Contains(string.Join("\n", again), "an earlier run of this job counted it");
            Assert.AreEqual(0, org.Org.AsyncFailures.Count, org.AsyncFailureText());
        }

        [TestMethod]
        public void Deleting_a_counted_signal_takes_its_points_off_the_week()
        {
            var org = new SalesOrg();
            var admin = org.SystemAdministrator;
            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);    // 5
            org.AssignToSelf(org.Max, org.RileysDeal);                    // 20
            var takeOver = org.SignalsOf(DependencySignal.KindOption.ManagerTookOverDeal).Single();

            org.As(admin).Delete(DependencySignal.EntityName, takeOver.Id);

            var week = WeekRowOf(org, org.Riley);
            Assert.AreEqual(0, week.GetAttributeValue<int>(IndependenceScore.ManagerTakeovers));
            Assert.AreEqual(1, week.GetAttributeValue<int>(IndependenceScore.ManagerEdits));
            Assert.AreEqual(1, week.GetAttributeValue<int>(IndependenceScore.SignalCount));
            Assert.AreEqual(95, week.GetAttributeValue<int>(IndependenceScore.Score));
            Assert.AreEqual(1, org.Signals().Length);
        }

        [TestMethod]
        public void Deleting_the_signal_that_made_a_rep_dependent_clears_the_flag()
        {
            var org = new SalesOrg();
            var admin = org.SystemAdministrator;
            org.AssignToSelf(org.Max, org.RileysDeal);
            org.AssignToSelf(org.Max, org.Deal("Tailspin upgrade", org.Riley));
            org.AssignToSelf(org.Max, org.Deal("Litware upgrade", org.Riley));   // three take-overs: 60 points, score 40
            Assert.AreEqual(true, WeekRowOf(org, org.Riley).GetAttributeValue<bool?>(IndependenceScore.Dependent));

            var last = org.SignalsOf(DependencySignal.KindOption.ManagerTookOverDeal).Last(signal => DealWork.RepOf(signal) == org.Riley.Id);
            org.As(admin).Delete(DependencySignal.EntityName, last.Id);

            var week = WeekRowOf(org, org.Riley);
            Assert.AreEqual(60, week.GetAttributeValue<int>(IndependenceScore.Score));
            Assert.AreEqual(false, week.GetAttributeValue<bool?>(IndependenceScore.Dependent), "60 is not below the threshold of 60");
        }

        [TestMethod]
        public void A_score_job_that_runs_after_its_signal_was_deleted_counts_nothing()
        {
            var org = new SalesOrg();
            var admin = org.SystemAdministrator;
            org.AssignToSelf(org.Max, org.RileysDeal);
            var job = org.Org.LastOperation!.RunsOf<ApplySignalToWeeklyScore>().Single();
            org.As(admin).Delete(DependencySignal.EntityName, org.Signals().Single().Id);

            var trace = PluginHarness.Replay(org, job);

            var week = WeekRowOf(org, org.Riley);
            Assert.AreEqual(0, week.GetAttributeValue<int>(IndependenceScore.SignalCount));
            Assert.AreEqual(100, week.GetAttributeValue<int>(IndependenceScore.Score));
            StringAssert.Contains(string.Join("\n", trace), "was deleted before its score job ran");
        }

        [TestMethod]
        public void A_delete_racing_a_score_update_is_refused_with_a_message_to_delete_again()
        {
            var org = new SalesOrg();
            var admin = org.SystemAdministrator;
            org.Edit(org.Max, org.RileysDeal, Opportunity.SalesStage);
            org.AssignToSelf(org.Max, org.RileysDeal);
            org.As(admin).Delete(DependencySignal.EntityName, org.SignalsOf(DependencySignal.KindOption.ManagerEditedDeal).Single().Id);
            var deletion = org.Org.LastOperation!.RunsOf<TakeDeletedSignalOffScore>().Single();
            var another = org.Deal("Tailspin upgrade", org.Riley);
            var interleaved = false;

            // The same deletion's step, with another signal of the week counted between its read of the row and its write.
            var refused = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => PluginHarness.Replay(org, deletion, service => new ScoreRowHook(service)
            {
                AfterScoreRead = () =>
                {
                    if (!interleaved)
                    {
                        interleaved = true;
                        org.LogActivity(org.Max, another);
                    }
                },
            }));
            var message = refused.Message;

            StringAssert.StartsWith(message, "The signal was not deleted: the weekly score it counts on");
            StringAssert.EndsWith(message, "Delete the signal again.");
            Assert.AreEqual(100 - 20 - 3, WeekRowOf(org, org.Riley).GetAttributeValue<int>(IndependenceScore.Score), "the failed step changed nothing");
        }

        [TestMethod]
        public void Nobody_can_mark_a_signal_counted_or_uncounted_by_hand()
        {
            var org = new SalesOrg();
            org.AssignToSelf(org.Max, org.RileysDeal);

            var message = SalesOrg.Refusal(() => org.As(org.Max).Update(
                new Entity(DependencySignal.EntityName, org.Signals().Single().Id) { [DependencySignal.CountedInScore] = false }));

            StringAssert.Contains(message, "Counted in weekly score (cri_countedinscore) is set by the suite");
        }

        [TestMethod]
        public void No_shipped_role_may_delete_signals()
        {
            var roles = System.IO.Directory.GetFiles(System.IO.Path.Combine(SolutionTestLayout.SourceFolder, "Roles"), "*.xml");

            Assert.IsTrue(roles.Length >= 3);
            foreach (var role in roles)
            {
                Assert.IsFalse(System.IO.File.ReadAllText(role).Contains("prvDeletecri_DependencySignal", StringComparison.OrdinalIgnoreCase), role);
            }
        }

        private static Signal TakeOver(SalesOrg org, string key) =>
            new Signal(SignalKind.ManagerTookOverDeal, org.Riley.Id, org.Org.Now, "Max assigned Riley's deal to himself.", key) { ManagerId = org.Max.Id };

        private static Entity WeekRowOf(SalesOrg org, User rep) =>
            org.Org.Rows(IndependenceScore.EntityName).Single(row => row.GetAttributeValue<EntityReference>(IndependenceScore.RepId)?.Id == rep.Id);

        /// <summary>Runs <see cref="AfterScoreRead"/> after each read of a week's score row, <see cref="AfterSignalRead"/> after each read of a signal.</summary>
        private sealed class ScoreRowHook : IOrganizationService
        {
            private readonly IOrganizationService inner;

            public ScoreRowHook(IOrganizationService service)
            {
                inner = service;
            }

            public Action? AfterScoreRead { get; set; }

            public Action? AfterSignalRead { get; set; }

            public Guid Create(Entity entity) => inner.Create(entity);

            public Entity Retrieve(string entityName, Guid id, Microsoft.Xrm.Sdk.Query.ColumnSet columnSet)
            {
                try
                {
                    return inner.Retrieve(entityName, id, columnSet);
                }
                finally
                {
                    if (entityName == DependencySignal.EntityName)
                    {
                        AfterSignalRead?.Invoke();
                    }
                }
            }

            public void Update(Entity entity) => inner.Update(entity);

            public void Delete(string entityName, Guid id) => inner.Delete(entityName, id);

            public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => inner.Associate(entityName, entityId, relationship, relatedEntities);

            public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => inner.Disassociate(entityName, entityId, relationship, relatedEntities);

            public EntityCollection RetrieveMultiple(Microsoft.Xrm.Sdk.Query.QueryBase query) => inner.RetrieveMultiple(query);

            public OrganizationResponse Execute(OrganizationRequest request)
            {
                var isScoreRead = request is RetrieveRequest { Target.LogicalName: IndependenceScore.EntityName };
                try
                {
                    return inner.Execute(request);
                }
                finally
                {
                    if (isScoreRead)
                    {
                        AfterScoreRead?.Invoke();
                    }
                }
            }
        }
    }
}
