using System.Linq;
using CrmIndependence.Plugins.Coaching;
using CrmIndependence.Plugins.Signals;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Domain.Coaching
{
    [TestClass]
    public sealed class CoachingSignalsTests
    {
        [TestMethod]
        public void A_win_without_approval_is_a_coaching_topic_but_not_manager_involvement()
        {
            Assert.IsTrue(CoachingSignals.IsTopic(SignalKind.WonWithoutApproval));
            Assert.IsFalse(CoachingSignals.CountsAsInvolvement(SignalKind.WonWithoutApproval), "the rep went past their authority; nobody stepped in");
            Assert.IsTrue(CoachingSignals.IsBeyondAuthority(SignalKind.WonWithoutApproval));
            Assert.AreEqual(TopicSource.Signal, CoachingSignals.SourceOf(SignalKind.WonWithoutApproval));
        }

        [TestMethod]
        public void Involvement_and_stage_gates_stay_topics_and_only_involvement_counts_as_involvement()
        {
            foreach (var kind in SignalKinds.ManagerInvolvement)
            {
                Assert.IsTrue(CoachingSignals.IsTopic(kind), kind.ToString());
                Assert.IsTrue(CoachingSignals.CountsAsInvolvement(kind), kind.ToString());
                Assert.IsFalse(CoachingSignals.IsBeyondAuthority(kind), kind.ToString());
                Assert.AreEqual(TopicSource.Signal, CoachingSignals.SourceOf(kind));
            }

            Assert.IsTrue(CoachingSignals.IsTopic(SignalKind.StageGateBlocked));
            Assert.IsFalse(CoachingSignals.CountsAsInvolvement(SignalKind.StageGateBlocked));
            Assert.AreEqual(TopicSource.StageGateFailure, CoachingSignals.SourceOf(SignalKind.StageGateBlocked));
            Assert.IsFalse(CoachingSignals.IsBeyondAuthority(null));
        }

        [TestMethod]
        public void Fast_responses_escalations_and_skipped_sessions_are_not_agenda_items()
        {
            CollectionAssert.AreEquivalent(
                new[] { SignalKind.FastResponse, SignalKind.UnnecessaryEscalation, SignalKind.CoachingSkipped },
                SignalKinds.All.Where(kind => !CoachingSignals.IsTopic(kind)).ToArray());
        }
    }
}
