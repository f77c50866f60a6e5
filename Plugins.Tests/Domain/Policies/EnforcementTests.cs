using System;
using CrmIndependence.Plugins.Policies;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Domain.Policies
{
    [TestClass]
    public sealed class EnforcementTests
    {
        [TestMethod]
        public void In_observe_mode_a_violation_is_recorded_and_allowed()
        {
            Assert.AreEqual(ViolationResponse.RecordAndAllow, Enforcement.Decide(EnforcementMode.Observe));
            Assert.AreEqual(ViolationResponse.RecordAndAllow, SuitePolicy.Default.ResponseToViolation);
        }

        [TestMethod]
        public void In_enforce_mode_a_violation_is_blocked()
        {
            Assert.AreEqual(ViolationResponse.Block, Enforcement.Decide(EnforcementMode.Enforce));
            Assert.AreEqual(ViolationResponse.Block, new SuitePolicy { Mode = EnforcementMode.Enforce }.ResponseToViolation);
        }

        [TestMethod]
        public void The_trace_says_what_was_decided_and_why()
        {
            Assert.AreEqual(
                "Observe mode: allowed and recorded as a signal; enforce mode would have refused it. Budget is missing.",
                Enforcement.Describe(EnforcementMode.Observe, "Budget is missing."));
            Assert.AreEqual("Enforce mode: refused. Budget is missing.", Enforcement.Describe(EnforcementMode.Enforce, "Budget is missing."));
        }

        [TestMethod]
        [DataRow(59, true)]
        [DataRow(0, true)]
        [DataRow(60, false)]
        [DataRow(100, false)]
        public void A_rep_scoring_below_the_threshold_is_above_the_dependency_threshold(int score, bool dependent)
        {
            Assert.AreEqual(dependent, SuitePolicy.Default.IsDependent(score));
        }

        [TestMethod]
        public void A_threshold_of_zero_flags_nobody()
        {
            Assert.IsFalse(new SuitePolicy { DependencyScoreThreshold = 0 }.IsDependent(0));
        }

        [TestMethod]
        public void A_policy_built_in_code_refuses_values_outside_the_documented_ranges()
        {
            var depth = Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new SuitePolicy { ManagerChainDepth = 0 });
            StringAssert.Contains(depth.Message, "managerChainDepth must be a whole number from 1 to 10.");
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new SuitePolicy { ResponseDelayMinutes = -1 });
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new SuitePolicy { FastResponseShare = 1.01m });
        }
    }
}
