using System;
using System.Collections.Generic;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.Coaching;
using CrmIndependence.Plugins.Tests.Product.HelpRequests;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Views
{
    /// <summary>
    /// The coaching views and chart, on sessions managers plan, hold, skip and cancel through the service (and the
    /// sessions the plugins plan after them), run as the manager they are for.
    /// </summary>
    [TestClass]
    public sealed class CoachingViewsTests
    {
        private const string ThisWeek = "Coaching Sessions This Week";
        private const string SkippedOrOverdue = "Skipped or Overdue Coaching";
        private const string Closed = "My Closed Coaching Sessions, Last 90 Days";
        private const string HeldVsSkipped = "Coaching Held vs Skipped";

        [TestMethod]
        [ShippedView(ThisWeek)]
        public void This_week_s_sessions_are_the_manager_s_whatever_their_status()
        {
            var org = new SalesOrg();                                                    // Monday 6 January, 09:00
            var rileys = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(2));    // Wednesday
            org.PlanSession(org.Max, org.Sam, org.Org.Now.AddDays(8));                   // next Tuesday
            var toms = org.PlanSession(org.Olive, org.Tom, org.Org.Now.AddDays(3));      // Thursday

            org.AssertView(org.Max, ThisWeek, new[] { rileys });
            org.AssertView(org.Olive, ThisWeek, new[] { toms });

            org.Clock.Advance(TimeSpan.FromDays(2));
            org.SetStatus(org.Max, rileys, CoachingSession.SessionStatusOption.Held);   // the next one is planned a week later
            org.AssertView(org.Max, ThisWeek, new[] { rileys }, "held this week, still this week's session");
            org.NoAsyncFailures();
        }

        [TestMethod]
        [ShippedView(SkippedOrOverdue)]
        public void Skipped_or_overdue_lists_sessions_skipped_in_the_last_30_days_and_planned_ones_an_hour_past_their_start()
        {
            var org = new SalesOrg();
            var rileys = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddHours(1));
            var sams = org.PlanSession(org.Max, org.Sam, org.Org.Now.AddHours(1));
            var toms = org.PlanSession(org.Olive, org.Tom, org.Org.Now.AddHours(1));
            org.SetStatus(org.Max, sams, CoachingSession.SessionStatusOption.Skipped, "Quarter-end forecast call", org.Org.Now.AddDays(3));
            var samsNext = org.OnlyOpenSessionOf(org.Sam).Id;

            org.AssertView(org.Max, SkippedOrOverdue, new[] { sams }, "Riley's session has not started yet");

            org.Clock.Advance(TimeSpan.FromHours(2.5));                                   // an hour and a half past the start
            org.AssertView(org.Max, SkippedOrOverdue, new[] { rileys, sams });
            org.AssertView(org.Olive, SkippedOrOverdue, new[] { toms });

            org.SetStatus(org.Max, rileys, CoachingSession.SessionStatusOption.Held);
            org.Clock.Advance(TimeSpan.FromDays(31));
            org.SetStatus(org.Max, samsNext, CoachingSession.SessionStatusOption.Held);
            var rileysNext = org.OnlyOpenSessionOf(org.Riley).Id;
            var samsThird = org.OnlyOpenSessionOf(org.Sam).Id;
            org.SetStatus(org.Max, samsThird, CoachingSession.SessionStatusOption.Held);
            org.AssertView(org.Max, SkippedOrOverdue, new[] { rileysNext }, "the skip is more than 30 days old; Riley's next session is overdue; the held ones are not listed");
            org.NoAsyncFailures();
        }

        [TestMethod]
        [ShippedView(Closed)]
        [ShippedView(HeldVsSkipped)]
        public void Closed_sessions_of_the_last_90_days_and_the_chart_of_held_versus_skipped()
        {
            var org = new SalesOrg();
            var rileys = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddHours(1));
            var sams = org.PlanSession(org.Max, org.Sam, org.Org.Now.AddHours(1));
            var toms = org.PlanSession(org.Olive, org.Tom, org.Org.Now.AddHours(1));
            org.Clock.Advance(TimeSpan.FromHours(2));
            org.SetStatus(org.Max, rileys, CoachingSession.SessionStatusOption.Held);
            org.SetStatus(org.Max, sams, CoachingSession.SessionStatusOption.Skipped, "Customer visit", org.Org.Now.AddDays(1));
            org.SetStatus(org.Olive, toms, CoachingSession.SessionStatusOption.Held);
            var samsNext = org.OnlyOpenSessionOf(org.Sam).Id;
            org.SetStatus(org.Max, samsNext, CoachingSession.SessionStatusOption.Cancelled, "Rep on leave", org.Org.Now.AddDays(10));

            org.AssertView(org.Max, Closed, new[] { rileys, sams, samsNext }, "held, skipped and cancelled; the planned follow-ups are open");
            CollectionAssert.AreEquivalent(
                new Dictionary<object, decimal> { [CoachingSession.SessionStatusOption.Held] = 1, [CoachingSession.SessionStatusOption.Skipped] = 1 }.ToList(),
                org.RunChart(org.Max, HeldVsSkipped).ToList(),
                "the chart counts held and skipped sessions; a cancelled one is neither");
            CollectionAssert.AreEquivalent(new Dictionary<object, decimal> { [CoachingSession.SessionStatusOption.Held] = 1 }.ToList(), org.RunChart(org.Olive, HeldVsSkipped).ToList());

            org.Clock.Advance(TimeSpan.FromDays(92));
            org.AssertView(org.Max, Closed, Array.Empty<Guid>(), "older than 90 days");
            Assert.AreEqual(0, org.RunChart(org.Max, HeldVsSkipped).Count);
            org.NoAsyncFailures();
        }

        [TestMethod]
        [ShippedView("Active Coaching Sessions")]
        [ShippedView("Inactive Coaching Sessions")]
        [ShippedView("Coaching Session Advanced Find View")]
        [ShippedView("Coaching Session Associated View")]
        [ShippedView("Quick Find Active Coaching Sessions")]
        [ShippedView("Coaching Session Lookup View")]
        public void The_standard_session_views_list_planned_sessions_and_the_closed_ones_apart()
        {
            var org = new SalesOrg();
            var rileys = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddHours(1));
            var sams = org.PlanSession(org.Max, org.Sam, org.Org.Now.AddDays(1));
            org.Clock.Advance(TimeSpan.FromHours(1));
            org.SetStatus(org.Max, rileys, CoachingSession.SessionStatusOption.Held);
            var rileysNext = org.OnlyOpenSessionOf(org.Riley).Id;

            var active = new[] { sams, rileysNext };
            org.AssertView(org.Max, "Active Coaching Sessions", active);
            org.AssertView(org.Max, "Coaching Session Advanced Find View", active);
            org.AssertView(org.Max, "Coaching Session Associated View", active);
            org.AssertView(org.Max, "Coaching Session Lookup View", active);
            org.AssertView(org.Max, "Inactive Coaching Sessions", new[] { rileys });
            org.AssertView(org.Max, "Quick Find Active Coaching Sessions", new[] { rileysNext }, search: "Coaching: Riley");
            org.NoAsyncFailures();
        }

        [TestMethod]
        [ShippedView("Active Coaching Topics")]
        [ShippedView("Inactive Coaching Topics")]
        [ShippedView("Coaching Topic Advanced Find View")]
        [ShippedView("Coaching Topic Associated View")]
        [ShippedView("Quick Find Active Coaching Topics")]
        [ShippedView("Coaching Topic Lookup View")]
        public void The_standard_topic_views_list_the_agenda_items_and_the_deactivated_ones_apart()
        {
            var org = new SalesOrg();
            var session = org.PlanSession(org.Max, org.Riley, org.Org.Now.AddDays(1));
            org.File(org.Riley, HelpRequestDesk.NonUrgent("Pricing for Contoso"));
            org.File(org.Riley, HelpRequestDesk.NonUrgent("Legal terms for Fabrikam"));
            var topics = org.TopicsOf(session);
            var pricing = topics.Single(t => t.GetAttributeValue<string>(CoachingTopic.PrimaryName) == "Pricing for Contoso").Id;
            var legal = topics.Single(t => t.GetAttributeValue<string>(CoachingTopic.PrimaryName) == "Legal terms for Fabrikam").Id;
            org.As(org.Max).Update(new Entity(CoachingTopic.EntityName, legal) { [CoachingTopic.StateCode] = new OptionSetValue(1) });

            org.AssertView(org.Max, "Active Coaching Topics", new[] { pricing });
            org.AssertView(org.Max, "Coaching Topic Advanced Find View", new[] { pricing });
            org.AssertView(org.Max, "Coaching Topic Associated View", new[] { pricing });
            org.AssertView(org.Max, "Coaching Topic Lookup View", new[] { pricing });
            org.AssertView(org.Max, "Inactive Coaching Topics", new[] { legal });
            org.AssertView(org.Max, "Quick Find Active Coaching Topics", new[] { pricing }, search: "Pricing");
            org.AssertView(org.Max, "Quick Find Active Coaching Topics", Array.Empty<Guid>(), search: "Legal");
            org.NoAsyncFailures();
        }
    }
}
