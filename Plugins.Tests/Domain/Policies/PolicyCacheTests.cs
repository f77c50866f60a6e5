using System;
using System.Threading;
using System.Threading.Tasks;
using CrmIndependence.Plugins.Platform;
using CrmIndependence.Plugins.Policies;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Domain.Policies
{
    [TestClass]
    public sealed class PolicyCacheTests
    {
        private static readonly DateTime Start = new DateTime(2024, 5, 13, 9, 0, 0, DateTimeKind.Utc);

        private DateTime _now = Start;
        private int _loads;

        [TestMethod]
        public void Within_the_time_to_live_the_policy_is_loaded_once()
        {
            var cache = NewCache();

            cache.Get(Load("{\"mode\":\"enforce\"}"));
            _now = Start.AddSeconds(59);
            var reading = cache.Get(Load("{\"mode\":\"observe\"}"));

            Assert.AreEqual(1, _loads);
            Assert.AreEqual(EnforcementMode.Enforce, reading.Policy.Mode);
        }

        [TestMethod]
        public void After_the_time_to_live_the_policy_is_loaded_again()
        {
            var cache = NewCache();
            cache.Get(Load("{\"mode\":\"enforce\"}"));

            _now = Start.AddSeconds(60);
            var reading = cache.Get(Load("{\"mode\":\"observe\"}"));

            Assert.AreEqual(2, _loads);
            Assert.AreEqual(EnforcementMode.Observe, reading.Policy.Mode);
            Assert.AreEqual(_now, reading.LoadedAtUtc);
        }

        [TestMethod]
        public void The_default_time_to_live_is_sixty_seconds()
        {
            Assert.AreEqual(TimeSpan.FromSeconds(60), PolicyCache.DefaultTimeToLive);
        }

        [TestMethod]
        public void A_clock_that_moves_backwards_counts_as_expiry()
        {
            var cache = NewCache();
            cache.Get(Load("{}"));

            _now = Start.AddMinutes(-5);
            cache.Get(Load("{}"));

            Assert.AreEqual(2, _loads);
        }

        [TestMethod]
        public void An_absent_variable_gives_the_defaults()
        {
            var reading = NewCache().Get(Load(null));

            Assert.AreEqual(PolicySource.Defaults, reading.Source);
            Assert.AreSame(SuitePolicy.Default, reading.Policy);
            StringAssert.Contains(reading.Describe(), "cri_policy has no value; defaults apply (Observe mode)");
        }

        [TestMethod]
        public void An_invalid_stored_policy_falls_back_to_observe_mode_and_says_why()
        {
            var reading = NewCache().Get(Load("{\"mode\":\"enforce\",\"managerChainDepth\":0}"));

            Assert.AreEqual(PolicySource.DefaultsBecauseInvalid, reading.Source);
            Assert.AreEqual(EnforcementMode.Observe, reading.Policy.Mode);
            Assert.HasCount(1, reading.Errors);
            StringAssert.Contains(reading.Describe(), "managerChainDepth must be a whole number from 1 to 10");
        }

        [TestMethod]
        public void A_valid_stored_policy_is_used()
        {
            var reading = NewCache().Get(Load("{\"mode\":\"enforce\"}"));

            Assert.AreEqual(PolicySource.Variable, reading.Source);
            StringAssert.Contains(reading.Describe(), "Enforce mode, from cri_policy");
        }

        [TestMethod]
        public void A_loader_that_fails_caches_nothing_and_its_error_reaches_the_caller()
        {
            var cache = NewCache();

            Assert.ThrowsExactly<InvalidOperationException>(() => cache.Get(() => throw new InvalidOperationException("service unavailable")));
            cache.Get(Load("{}"));

            Assert.AreEqual(1, _loads);
        }

        [TestMethod]
        public void Invalidating_makes_the_next_read_load()
        {
            var cache = NewCache();
            cache.Get(Load("{}"));

            cache.Invalidate();
            cache.Get(Load("{}"));

            Assert.AreEqual(2, _loads);
        }

        [TestMethod]
        public void Many_threads_reading_an_expired_policy_load_it_once()
        {
            var cache = NewCache();
            cache.Get(Load("{\"mode\":\"observe\"}"));
            _now = Start.AddMinutes(2);
            var refreshes = 0;
            using (var ready = new Barrier(32))
            {
                var readers = new Task[32];
                for (var index = 0; index < readers.Length; index++)
                {
                    readers[index] = Task.Factory.StartNew(
                        () =>
                        {
                            ready.SignalAndWait();
                            cache.Get(() =>
                            {
                                Interlocked.Increment(ref refreshes);
                                Thread.Sleep(50);
                                return "{\"mode\":\"enforce\"}";
                            });
                        },
                        TaskCreationOptions.LongRunning);
                }

                Task.WaitAll(readers);
            }

            Assert.AreEqual(1, refreshes);
            Assert.AreEqual(EnforcementMode.Enforce, cache.Get(Load("{}")).Policy.Mode);
        }

        [TestMethod]
        public void Bad_arguments_are_refused()
        {
            Assert.ThrowsExactly<ArgumentNullException>(() => new PolicyCache(null!));
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new PolicyCache(() => Start, TimeSpan.FromSeconds(-1)));
            Assert.ThrowsExactly<ArgumentNullException>(() => NewCache().Get(null!));
        }

        private PolicyCache NewCache() => new PolicyCache(() => _now);

        private Func<string?> Load(string? json) => () =>
        {
            _loads++;
            return json;
        };
    }
}
